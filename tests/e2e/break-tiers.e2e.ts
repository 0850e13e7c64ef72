// Break tiers in real Chromium: with "micro-pause after" at its minimum, typing for that long and
// then pausing brings a quiet micro-pause notification and the badge's micro-pause mark (not a
// due rest break), and once the pause lasted its length the notification turns into "Micro-pause
// done", which goes by itself. The
// options page's presets fill and store the break settings.
import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../utils/settings/settings';
import { presetOf, PRESETS } from '../../utils/settings/presets';
import { SETTING_FIELDS } from '../../utils/settings/setting-fields';
import { MINUTE, SECOND } from '../../utils/helpers/time';
import { TICK_ALARM, TICK_PERIOD_MIN } from '../../utils/tracker/wake-schedule';
import { streakState } from '../support/fixtures';
import { chromiumWithTestPageForFile } from './support/chromium';
import { badgeText, fireAlarmSoon, notificationIds } from './support/extension-api';
import { pollUntil } from './support/poll';
import { typingAfter } from './support/streak';
import { typeSteadily } from './support/typing';

const chromium = chromiumWithTestPageForFile();
const MICRO_PAUSE_AFTER_MIN = (SETTING_FIELDS.microPauseAfterMin as { min: number }).min;
const MICRO_PAUSE_ID = 'handrest-micro-pause';

describe('Break tiers in Chromium', () => {
  test('typing for "micro-pause after" then pausing brings a quiet micro-pause, not a rest break; it goes by itself', async () => {
    const settings = { ...defaultSettings(), microPauseAfterMin: MICRO_PAUSE_AFTER_MIN, hydrationEnabled: false };
    // Most of the interval typed before this test (as the other tests seed a long streak); the rest for real.
    const typedBefore = MICRO_PAUSE_AFTER_MIN * MINUTE - 8 * SECOND;
    await chromium.session.writeStorage({ settings, typing: streakState(typedBefore, Date.now(), { microStreakMs: typedBefore }) });
    const worker = await chromium.session.runningWorker();
    await chromium.webPage.bringToFront();
    await chromium.webPage.click('#text');
    const span = await typeSteadily(chromium.webPage.keyboard, 50, { everyMs: 200 });
    const typing = await typingAfter(async () => (await chromium.session.readStorage(['typing'])).typing, span, 'up to the micro-pause');
    expect(typing.microStreakMs).toBeGreaterThanOrEqual(MICRO_PAUSE_AFTER_MIN * MINUTE);

    await pollUntil(() => worker.evaluate(notificationIds), (ids) => ids.includes(MICRO_PAUSE_ID), {
      what: 'the micro-pause notification after a typing pause',
      timeoutMs: 20_000,
    });
    const badge = await worker.evaluate(badgeText);
    expect(badge).toMatch(/~$/);
    expect(badge).not.toMatch(/!$/);
    const { today } = await chromium.session.readStorage(['today']);
    expect(today?.microPausesPrompted).toBe(1);

    await worker.evaluate(fireAlarmSoon, { name: TICK_ALARM, periodInMinutes: TICK_PERIOD_MIN });
    await pollUntil(async () => (await chromium.session.readStorage(['today'])).today?.microPausesTaken, (taken) => taken === 1, {
      what: 'the micro-pause to count as taken once the pause lasted its length',
      timeoutMs: 45_000,
    });
    expect(await worker.evaluate(badgeText)).not.toMatch(/[~!]$/);
    // Its place is taken by "Micro-pause done" (its words: tests/unit/break-over.test.ts), which goes by itself.
    await pollUntil(() => worker.evaluate(notificationIds), (ids) => !ids.includes(MICRO_PAUSE_ID), {
      what: '"Micro-pause done" to go by itself',
      timeoutMs: 20_000,
    });
  });

  test('the options page fills and stores a preset, and shows Custom after a change by hand', async () => {
    await chromium.session.writeStorage({ settings: defaultSettings() });
    const options = await chromium.session.openExtensionPage('options.html');
    try {
      await options.getByRole('button', { name: /^Gentle/ }).click();
      const stored = await pollUntil(
        async () => (await chromium.session.readStorage(['settings'])).settings,
        (settings) => settings !== undefined && presetOf(settings) === 'gentle',
        { what: 'the gentle preset to be stored' },
      );
      expect(stored?.breakAfterMin).toBe(PRESETS.gentle.breakAfterMin);
      expect(await options.getByLabel('Break after', { exact: true }).inputValue()).toBe(String(PRESETS.gentle.breakAfterMin));
      await options.getByLabel('Break after', { exact: true }).fill('50');
      await options.getByRole('button', { name: /^Custom/, pressed: true }).waitFor();
    } finally {
      await options.close();
    }
  });
});
