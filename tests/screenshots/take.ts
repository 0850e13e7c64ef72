// `npm run screenshots`: every page of the built extension in real Chromium, light and dark, in the
// states worth looking at, saved to docs/screenshots/. Run after `npm run build`; look at the PNGs.
// Deterministic: the pages and the background read one fixed clock (in UTC, set by the npm
// script), and the tips follow from it, so re-running changes no file unless a page changed.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium';
import { REPO_ROOT } from '../e2e/support/paths';
import { fakeAudibleCallTab, holdAlarm, storageSet, syncReplace, type StoredItems } from '../e2e/support/extension-api';
import { breakSessionOf, computersOf, dayWith, deviceDay, deviceItemOf, exportText, makeNudges, makePolicy, makeSettings, makeSyncState, otherDevice, storedWeek, streakState } from '../support/fixtures';
import { deviceItemKey } from '../../utils/sync/device-summary';
import { dayKeyBefore, localDayKey, HOUR, MINUTE, SECOND } from '../../utils/helpers/time';
import { defaultSettings } from '../../utils/settings/settings';
import { INITIAL_QUIET_STATE, type QuietState } from '../../utils/breaks/quiet-time';
import { TICK_ALARM } from '../../utils/tracker/wake-schedule';

const OUT = `${REPO_ROOT}docs/screenshots`;
/** A Wednesday afternoon. */
const NOW = Date.UTC(2026, 10, 25, 14, 30, 0);
const week = storedWeek(localDayKey(NOW));

/** An export made on another computer a week ago: ten days up to four days ago, two of them here too, and two days older than 90. */
const importedFile = exportText(
  [120, 100, ...Array.from({ length: 10 }, (_, index) => 13 - index)].map((daysAgo, index) => dayWith(dayKeyBefore(localDayKey(NOW), daysAgo), 140 + index * 9)),
  makeSettings({ breakAfterMin: 45, excludedSites: ['mail.example.com'] }),
  NOW - 7 * 24 * HOUR,
);

/** Two other computers: a laptop seen two hours ago that typed most days of the week, and a desk seen three days ago. */
const otherComputers = [
  otherDevice(2, 'Work laptop', NOW - 2 * HOUR, [6, 5, 4, 3, 1, 0].map((daysAgo, index) => deviceDay(dayKeyBefore(localDayKey(NOW), daysAgo), 50 + index * 25))),
  otherDevice(3, 'Home desk', NOW - 3 * 24 * HOUR, [5, 3].map((daysAgo) => deviceDay(dayKeyBefore(localDayKey(NOW), daysAgo), 95, { breaks: 4, glasses: 3 }))),
];
const otherComputersInSync = Object.fromEntries(otherComputers.map((device) => [deviceItemKey(device.id), deviceItemOf(device)]));

/** A streak of `minutes` (and 17 s) still going: its last slice ended 2 s ago. */
const streakOf = (minutes: number, activeMinutes = minutes) =>
  streakState(minutes * MINUTE + 17 * SECOND, NOW - 2 * SECOND, { activeMs: activeMinutes * MINUTE });

interface Shot {
  name: string;
  page: 'popup' | 'break' | 'options' | 'history-page' | 'welcome';
  width: number;
  /** The window's height (560 unless told), for a page whose layout depends on it. */
  height?: number;
  storage: StoredItems;
  /** The browser's sync area (the other computers' items), empty unless told: nothing an earlier shot's computer left there. */
  sync?: Record<string, unknown>;
  /** Something to do on the page before the picture. */
  prepare?: (page: Page) => Promise<void>;
  /** Only this part of the page, rather than the whole page. */
  part?: (page: Page) => Locator;
}

/** Quiet time that began 15 minutes ago, with a break nudge held in it. */
const quietTime = (quiet: Partial<QuietState>, settings = defaultSettings()): StoredItems => ({
  quiet: { ...INITIAL_QUIET_STATE, since: NOW - 15 * MINUTE, ...quiet },
  typing: streakOf(38, 75),
  nudges: makeNudges({ break: { stage: 'held', streakId: streakOf(38, 75).streakStartedAt as number, at: NOW - 8 * MINUTE } }),
  settings,
  ...week,
});

const SHOTS: Shot[] = [
  { name: 'welcome', page: 'welcome', width: 1280, height: 720, storage: {} },
  { name: 'welcome-narrow', page: 'welcome', width: 480, height: 720, storage: {} },
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
    storage: { typing: streakOf(12), nudges: makeNudges({ holds: { pausedUntil: NOW + HOUR } }), ...week },
  },
  { name: 'popup-quiet-meeting', page: 'popup', width: 360, storage: quietTime({ meetingUntil: NOW + 45 * MINUTE }) },
  { name: 'popup-quiet-call', page: 'popup', width: 360, storage: quietTime({ inCall: true }) },
  { name: 'popup-quiet-fullscreen', page: 'popup', width: 360, storage: quietTime({ fullscreen: true }) },
  {
    name: 'popup-quiet-off-hours',
    page: 'popup',
    width: 360,
    storage: quietTime({}, { ...defaultSettings(), workingHoursEnabled: true, workingHours: [[], ...Array.from({ length: 5 }, () => [{ start: 8 * 60, end: 12 * 60 }]), []] }),
  },
  {
    name: 'break-view',
    page: 'break',
    width: 720,
    // The typing stopped just before the break began.
    storage: { typing: streakState(34 * MINUTE, NOW - 96 * SECOND), breakSession: breakSessionOf(NOW - 95 * SECOND, NOW + 205 * SECOND) },
  },
  {
    name: 'break-view-narrow-typing',
    page: 'break',
    width: 480,
    height: 700,
    storage: { typing: streakOf(34), breakSession: breakSessionOf(NOW - 95 * SECOND, NOW + 215 * SECOND, { typedMs: 10 * SECOND }) },
  },
  {
    name: 'break-view-typed-through',
    page: 'break',
    width: 720,
    storage: { typing: streakOf(34), breakSession: breakSessionOf(NOW - 95 * SECOND, NOW + 205 * SECOND) },
    prepare: async (page) => {
      await page.getByRole('timer', { name: /./ }).first().waitFor();
      // The break this view showed running ends typed through, as the background would end it.
      await page.evaluate(storageSet, { breakSession: { stage: 'ended', how: 'typed-through', startedAt: NOW - 95 * SECOND, endedAt: NOW } });
      await page.locator('.break-actions .button.primary').waitFor();
    },
  },
  {
    name: 'options-with-error',
    page: 'options',
    width: 820,
    storage: {},
    prepare: async (page) => {
      await page.locator('#setting-breakAfterMin').fill('200');
      await page.locator('#setting-breakAfterMin[aria-invalid="true"]').waitFor();
    },
  },
  {
    name: 'options-quiet-time',
    page: 'options',
    width: 820,
    storage: { settings: { ...defaultSettings(), workingHoursEnabled: true } },
    prepare: async (page) => {
      await page.getByLabel('Saturday').fill('10:00–12:00, 25:00');
      await page.getByText('Saturday: "25:00" is not a time range like 09:00–17:30.').waitFor();
    },
    part: (page) => page.locator('section', { has: page.getByRole('heading', { name: 'Quiet time' }) }),
  },
  {
    name: 'options-plan-kept',
    page: 'options',
    width: 820,
    storage: { settings: { ...defaultSettings(), breakAfterMin: 25, microPauseAfterMin: 12 } },
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Gentle' }).click();
      await page.getByText('Your own numbers, kept from before: choose this to bring them back.').waitFor();
    },
    part: (page) => page.locator('section', { has: page.getByRole('heading', { name: 'Break plan' }) }),
  },
  {
    name: 'options-micro-pause-warning',
    page: 'options',
    width: 820,
    storage: { settings: { ...defaultSettings(), microPauseAfterMin: 30 } },
    part: (page) => page.locator('section', { has: page.getByRole('heading', { name: 'Breaks' }) }),
  },
  {
    name: 'options-organisation',
    page: 'options',
    width: 820,
    storage: {
      settings: makeSettings({ breakAfterMin: 45, hydrationIntervalMin: 90 }),
      policy: makePolicy({ breakAfterMin: 45, hydrationIntervalMin: 90 }, [
        { name: 'snoozeMin', reason: 'invalid' },
        { name: 'breakEvery', reason: 'unknown' },
      ]),
      sync: makeSyncState({ syncedAt: NOW - 3 * MINUTE }),
    },
  },
  {
    name: 'options-sync',
    page: 'options',
    width: 820,
    storage: { sync: makeSyncState({ deviceName: 'Work laptop', syncedAt: NOW - 3 * MINUTE }) },
    part: (page) => page.locator('section.sync'),
  },
  {
    name: 'options-sync-refused',
    page: 'options',
    width: 820,
    storage: { sync: makeSyncState({ unsent: ['breakAfterMin'], sendAt: NOW + MINUTE, problem: { kind: 'rate', at: NOW } }) },
    prepare: async (page) => {
      await page.locator('#sync-name').fill('A name far too long for the list of computers, on purpose');
      await page.locator('#sync-name[aria-invalid="true"]').waitFor();
    },
    part: (page) => page.locator('section.sync'),
  },
  { name: 'history-week', page: 'history-page', width: 1180, storage: week },
  {
    name: 'history-details',
    page: 'history-page',
    width: 1180,
    storage: week,
    prepare: async (page) => {
      await page.locator('.table-tools .button').click();
      await page.locator('.table-tools .button[aria-pressed="true"]').waitFor();
    },
  },
  {
    name: 'history-month',
    page: 'history-page',
    width: 1180,
    storage: { ...week, pastDays: Array.from({ length: 27 }, (_, index) => dayWith(dayKeyBefore(localDayKey(NOW), 28 - index), 60 + ((index * 37) % 240))) },
    prepare: async (page) => {
      await page.locator('.segmented .button').nth(1).click();
      await page.locator('.segmented .button[aria-pressed="true"]').nth(0).waitFor();
    },
    part: (page) => page.locator('section.card').first(),
  },
  {
    name: 'history-all-computers',
    page: 'history-page',
    width: 1180,
    storage: { ...week, devices: computersOf(otherComputers, 'all') },
    sync: otherComputersInSync,
  },
  {
    name: 'history-import-preview',
    page: 'history-page',
    width: 1180,
    storage: week,
    prepare: async (page) => {
      await page.locator('input[type=file]').setInputFiles({ name: 'handrest-export.json', mimeType: 'application/json', buffer: Buffer.from(importedFile) });
      await page.locator('.import-preview').waitFor();
    },
    part: (page) => page.locator('section.data'),
  },
];

/** The background's clock, pinned like the pages' (it runs in the service worker, where Playwright's clock does not reach). */
function pinBackgroundClock(now: number): void {
  Date.now = () => now;
}

/** The pages worth seeing in other languages (long German words, Japanese, Arabic right to left). */
const SHOTS_IN_LANGUAGES = ['popup-nudge-due', 'popup-quiet-off-hours', 'popup-micro-pause-due', 'break-view', 'break-view-narrow-typing', 'options-with-error', 'options-organisation', 'options-sync', 'history-week', 'history-details', 'history-all-computers', 'history-import-preview', 'welcome'];
const LANGUAGES = ['de', 'ja', 'ar'];

/** Takes each shot light and dark in Chromium started in `language` (English unless told); names end in `suffix`. */
async function photograph(shots: readonly Shot[], language?: string): Promise<void> {
  const suffix = language === undefined ? '' : `-${language}`;
  const session = await launchChromium({ language });
  try {
    // No tick while the pictures are taken: it would look at the tabs and end the quiet time stored for them.
    await (await session.runningWorker()).evaluate(holdAlarm, TICK_ALARM);
    const mainPage = await session.context.newPage();
    await mainPage.clock.setFixedTime(NOW);
    const callPage = await session.context.newPage();
    await callPage.clock.setFixedTime(NOW);
    // Headless Chromium plays no sound, so no tab is ever audible: the call's picture gets one.
    await callPage.addInitScript(fakeAudibleCallTab);
    for (const shot of shots) {
      const page = shot.name === 'popup-quiet-call' ? callPage : mainPage;
      for (const scheme of ['light', 'dark'] as const) {
        const worker = await session.runningWorker();
        await worker.evaluate(pinBackgroundClock, NOW);
        // Each shot starts afresh as a new computer, whose first summary would leave the last one's in the sync area.
        await worker.evaluate(syncReplace, shot.sync ?? {});
        await session.replaceStorage(shot.storage);
        await page.setViewportSize({ width: shot.width, height: shot.height ?? 560 });
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.goto(session.extensionUrl(`${shot.page}.html`));
        await page.locator('main:not([aria-busy])').waitFor();
        // A blinking caret would make the pictures differ from run to run.
        await page.addStyleTag({ content: '* { caret-color: transparent !important; }' });
        await shot.prepare?.(page);
        await page.waitForTimeout(300);
        const path = `${OUT}/${shot.name}${suffix}-${scheme}.png`;
        const part = shot.part?.(page);
        await (part === undefined ? page.screenshot({ path, fullPage: shot.height === undefined }) : part.screenshot({ path }));
        console.log(path);
      }
    }
  } finally {
    await session.close();
  }
}

/** `SHOTS=history,welcome npm run screenshots` takes only the shots whose names begin so. */
const only = process.env.SHOTS?.split(',');
const chosen = SHOTS.filter((shot) => only === undefined || only.some((start) => shot.name.startsWith(start)));

mkdirSync(OUT, { recursive: true });
await photograph(chosen);
for (const language of LANGUAGES) await photograph(chosen.filter((shot) => SHOTS_IN_LANGUAGES.includes(shot.name)), language);
