// `npm run screenshots`: every page of the built extension in real Chromium, light and dark, in the
// states worth looking at, saved to docs/screenshots/. Run after `npm run build`; look at the PNGs.
// Deterministic: the pages and the background read one fixed clock (in UTC, set by the npm
// script), and the tips follow from it, so re-running changes no file unless a page changed.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium';
import { REPO_ROOT } from '../e2e/support/paths';
import type { StoredItems } from '../e2e/support/extension-api';
import { makeNudgeState, storedWeek, streakState } from '../support/fixtures';
import { localDayKey, HOUR, MINUTE, SECOND } from '../../utils/time';
import { defaultSettings } from '../../utils/settings';

const OUT = `${REPO_ROOT}docs/screenshots`;
/** A Wednesday afternoon. */
const NOW = Date.UTC(2026, 10, 25, 14, 30, 0);
const week = storedWeek(localDayKey(NOW));

/** A streak of `minutes` (and 17 s) still going: its last slice ended 2 s ago. */
const streakOf = (minutes: number, activeMinutes = minutes) =>
  streakState(minutes * MINUTE + 17 * SECOND, NOW - 2 * SECOND, { activeMs: activeMinutes * MINUTE });

interface Shot {
  name: string;
  page: 'popup' | 'break' | 'options' | 'history-page' | 'welcome';
  width: number;
  storage: StoredItems;
  /** Something to do on the page before the picture. */
  prepare?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'welcome', page: 'welcome', width: 820, storage: {} },
  { name: 'popup-new-install', page: 'popup', width: 360, storage: {} },
  {
    name: 'popup-micro-pause-due',
    page: 'popup',
    width: 360,
    storage: {
      typing: streakState(16 * MINUTE, NOW - 2 * SECOND, { microStreakMs: 16 * MINUTE }),
      settings: { ...defaultSettings(), dailyLimitEnabled: true },
      ...week,
    },
  },
  { name: 'popup-nudge-due', page: 'popup', width: 360, storage: { typing: streakOf(32, 75), ...week } },
  {
    name: 'popup-paused',
    page: 'popup',
    width: 360,
    storage: { typing: streakOf(12), nudges: makeNudgeState({ pausedUntil: NOW + HOUR }), ...week },
  },
  {
    name: 'break-view',
    page: 'break',
    width: 720,
    storage: { typing: streakOf(34), breakSession: { startedAt: NOW - 95 * SECOND, endsAt: NOW + 205 * SECOND, typedDuring: false } },
  },
  {
    name: 'options-with-error',
    page: 'options',
    width: 820,
    storage: {},
    prepare: async (page) => {
      await page.getByLabel('Break after', { exact: true }).fill('200');
      await page.getByText('Break after must be from 5 to 180 minutes.').waitFor();
    },
  },
  { name: 'history-week', page: 'history-page', width: 1180, storage: week },
];

/** The background's clock, pinned like the pages' (it runs in the service worker, where Playwright's clock does not reach). */
function pinBackgroundClock(now: number): void {
  Date.now = () => now;
}

const session = await launchChromium();
try {
  mkdirSync(OUT, { recursive: true });
  const page = await session.context.newPage();
  await page.clock.setFixedTime(NOW);
  for (const shot of SHOTS) {
    for (const scheme of ['light', 'dark'] as const) {
      const worker = await session.runningWorker();
      await worker.evaluate(pinBackgroundClock, NOW);
      await session.replaceStorage(shot.storage);
      await page.setViewportSize({ width: shot.width, height: 560 });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(session.extensionUrl(`${shot.page}.html`));
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
