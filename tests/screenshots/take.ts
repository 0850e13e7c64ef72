// `npm run screenshots`: every page of the built extension in real Chromium, light and dark, in the
// states worth looking at, saved to docs/screenshots/. Run after `npm run build`; look at the PNGs.
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../e2e/support/chromium';
import { REPO_ROOT } from '../e2e/support/paths';
import { INITIAL_TRACKER_STATE } from '../../utils/tracker';
import { INITIAL_NUDGE_STATE } from '../../utils/nudge-schedule';
import { dayKeyBefore, emptyDay, type DayTotals } from '../../utils/history';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { HOUR, localDayKey, MINUTE, SECOND } from '../../utils/time';

/** The extension API inside the service worker, where the seeding code runs. */
declare const chrome: { storage: { local: { clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> } } };

const OUT = `${REPO_ROOT}docs/screenshots`;
const now = Date.now();
const today = localDayKey(now);

const streakOf = (minutes: number, activeMinutes = minutes) => ({
  ...INITIAL_TRACKER_STATE.typing,
  lastActivityAt: now - 3 * SECOND,
  coveredUntil: now - 2 * SECOND,
  streakMs: minutes * MINUTE + 17 * SECOND,
  streakStartedAt: now - (minutes + 6) * MINUTE,
  activeMs: activeMinutes * MINUTE,
});

const TYPING_HOURS = [3.2, 4.1, 2.5, 5.2, 3.8, 0.6, 1.9];
const week: DayTotals[] = TYPING_HOURS.map((hours, index) => ({
  ...emptyDay(dayKeyBefore(today, TYPING_HOURS.length - 1 - index)),
  typingMs: hours * HOUR,
  longestStreakMs: (24 + index * 4) * MINUTE,
  breaksNatural: 2 + (index % 3),
  breaksCompleted: index % 2,
  breaksEndedEarly: index % 3 === 0 ? 1 : 0,
  nudgesShown: 3 + (index % 2),
  nudgesSnoozed: index % 2,
  nudgesIgnored: index % 3 === 1 ? 1 : 0,
  glasses: 4 + (index % 4),
}));
const withWeek = { today: week.at(-1) as DayTotals, pastDays: week.slice(0, -1) };

interface Shot {
  name: string;
  page: 'popup' | 'break' | 'options' | 'history-page';
  width: number;
  storage: Record<string, unknown>;
  /** Something to do on the page before the picture. */
  prepare?: (page: import('playwright-core').Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'popup-new-install', page: 'popup', width: 360, storage: {} },
  { name: 'popup-nudge-due', page: 'popup', width: 360, storage: { typing: streakOf(32, 75), ...withWeek } },
  {
    name: 'popup-paused',
    page: 'popup',
    width: 360,
    storage: { typing: streakOf(12), nudges: { ...INITIAL_NUDGE_STATE, pausedUntil: now + HOUR }, ...withWeek },
  },
  {
    name: 'break-view',
    page: 'break',
    width: 720,
    storage: { typing: streakOf(34), breakSession: { startedAt: now - 95 * SECOND, endsAt: now + 205 * SECOND, typedDuring: false } },
  },
  {
    name: 'options-with-error',
    page: 'options',
    width: 820,
    storage: { settings: DEFAULT_SETTINGS },
    prepare: async (page) => {
      await page.getByLabel('Break after').fill('200');
      await page.getByText('Break after must be from 5 to 180 minutes.').waitFor();
    },
  },
  { name: 'history-week', page: 'history-page', width: 820, storage: withWeek },
];

const session = await launchChromium();
try {
  mkdirSync(OUT, { recursive: true });
  const page = await session.context.newPage();
  for (const shot of SHOTS) {
    for (const scheme of ['light', 'dark'] as const) {
      await session.worker.evaluate(async (items) => {
        await chrome.storage.local.clear();
        await chrome.storage.local.set(items);
      }, shot.storage);
      await page.setViewportSize({ width: shot.width, height: 560 });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(`chrome-extension://${session.extensionId}/${shot.page}.html`);
      await page.locator('main:not([aria-busy])').waitFor();
      await shot.prepare?.(page);
      await page.waitForTimeout(300);
      const path = `${OUT}/${shot.name}-${scheme}.png`;
      await page.screenshot({ path, fullPage: true });
      console.log(path);
    }
  }
} finally {
  await session.close();
}
