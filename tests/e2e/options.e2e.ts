// The options page of the built Chrome extension: an out-of-range value is flagged beside its
// field and nothing is saved until the whole form is valid; a saved "Break after" is what the
// background nudges by (the badge's '!'); a site excluded in the form is not counted.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { defaultSettings, type Settings } from '../../utils/settings/settings';
import { REPORT_INTERVAL_MS } from '../../utils/typing/activity-timing';
import { MINUTE } from '../../utils/helpers/time';
import type { TypingState } from '../../utils/typing/typing-model';
import { chromiumWithTestPageForFile } from './support/chromium';
import { badgeText, fireAlarmSoon } from './support/extension-api';
import { TICK_ALARM, TICK_PERIOD_MIN } from '../../utils/tracker/wake-schedule';
import { pollUntil, sleep } from './support/poll';
import { typingAfter } from './support/streak';
import { streakState } from '../support/fixtures';
import { typeSteadily } from './support/typing';

const chromium = chromiumWithTestPageForFile();

async function storedSettings(): Promise<Settings | undefined> {
  return (await chromium.session.readStorage(['settings'])).settings;
}

function settingsSaved(expected: Settings, what: string): Promise<Settings | undefined> {
  return pollUntil(storedSettings, (stored) => isDeepStrictEqual(stored, expected), {
    what: `the settings to be saved with ${what}`,
  });
}

async function readTyping(): Promise<TypingState | undefined> {
  return (await chromium.session.readStorage(['typing'])).typing;
}

/** The texts of the elements a field's aria-describedby names, in order. */
async function descriptions(field: Locator): Promise<string[]> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter((id) => id !== '');
  return Promise.all(ids.map((id) => field.page().locator(`[id="${id}"]`).innerText()));
}

describe('The options page in Chromium', () => {
  test('an out-of-range value is flagged beside its field and nothing is saved until the form is valid', async () => {
    const before = await storedSettings();
    const options = await chromium.session.openExtensionPage('options.html');
    try {
      const breakLength = options.getByLabel('Break length', { exact: true });
      const breakAfter = options.getByLabel('Break after', { exact: true });
      const status = options.getByRole('status');
      expect(await breakLength.getAttribute('aria-invalid')).toBe('false');
      expect(await descriptions(breakLength)).toHaveLength(1);

      await breakLength.fill('45');
      await options.locator('#setting-breakLengthMin[aria-invalid="true"]').waitFor();
      const [message, help] = await descriptions(breakLength);
      expect(message, 'the error is the field\'s first description').toBe('Break length must be from 1 to 30 minutes.');
      expect(help).toContain('How long a break lasts');
      // "Beside the field": the message is in the field's own block, right under its control.
      const besideField = await breakLength.evaluate((input) => {
        const errorId = (input.getAttribute('aria-describedby') ?? '').split(/\s+/)[0] ?? '';
        const error = document.getElementById(errorId);
        return error !== null && error.parentElement === input.closest('.field') && error.checkVisibility();
      });
      expect(besideField).toBe(true);
      expect(await breakAfter.getAttribute('aria-invalid'), 'only the wrong field is flagged').toBe('false');
      expect(await status.innerText()).toBe('Not saved: one field needs fixing.');
      // The page decides before it renders the message: a write from this input would have been
      // sent already, ahead of this read.
      expect(await storedSettings(), 'nothing is saved while a field is invalid').toEqual(before);

      // A valid change elsewhere is not saved either while the form has an error.
      await breakAfter.fill('10');
      expect(await breakAfter.getAttribute('aria-invalid')).toBe('false');
      expect(await status.innerText()).toBe('Not saved: one field needs fixing.');
      expect(await storedSettings()).toEqual(before);

      await breakLength.fill('2');
      await options.locator('#setting-breakLengthMin[aria-invalid="false"]').waitFor();
      expect(await descriptions(breakLength), 'the message is gone').toHaveLength(1);
      expect(await options.locator('#setting-breakLengthMin-error').count()).toBe(0);
      await settingsSaved({ ...defaultSettings(), breakAfterMin: 10, breakLengthMin: 2 }, 'Break after 10 and Break length 2');
      expect(await status.innerText()).toMatch(/^Saved at \d{1,2}:\d\d [AP]M\.$/);
    } finally {
      await options.close();
    }
  });

  test('the background nudges by the saved "Break after": the badge marks a due break', async () => {
    const seeded = streakState(11 * MINUTE + 10_000, Date.now());
    await chromium.session.writeStorage({ settings: defaultSettings(), typing: seeded });
    const worker = await chromium.session.runningWorker();
    await worker.evaluate(fireAlarmSoon, { name: TICK_ALARM, periodInMinutes: TICK_PERIOD_MIN });
    const badgeToBe = (expected: string) =>
      pollUntil(() => worker.evaluate(badgeText), (text) => text === expected, { what: `the badge text to be "${expected}"` });
    // At the next tick: 11 min of a 30 min "Break after", no break due.
    await badgeToBe('11');

    const options = await chromium.session.openExtensionPage('options.html');
    try {
      const breakAfter = options.getByLabel('Break after', { exact: true });
      expect(await breakAfter.inputValue()).toBe(String(defaultSettings().breakAfterMin));
      await breakAfter.fill('10');
      await settingsSaved({ ...defaultSettings(), breakAfterMin: 10 }, 'Break after 10');
      await badgeToBe('11!');

      await breakAfter.fill('45');
      await settingsSaved({ ...defaultSettings(), breakAfterMin: 45 }, 'Break after 45');
      await badgeToBe('11');
      expect((await readTyping())?.streakStartedAt, 'the seeded streak is still the one shown').toBe(seeded.streakStartedAt);
    } finally {
      await options.close();
    }
  });

  test('a site excluded in the form is not counted; removed from the list, it is counted again', async () => {
    const options = await chromium.session.openExtensionPage('options.html');
    try {
      const excluded = options.getByLabel('Excluded sites', { exact: true });
      await excluded.fill(chromium.server.host);
      const saved = await pollUntil(storedSettings, (stored) => stored?.excludedSites.length === 1, {
        what: 'the excluded site to be saved',
      });
      expect(saved?.excludedSites).toEqual(['127.0.0.1']);

      const before = await readTyping();
      await chromium.webPage.bringToFront();
      await chromium.webPage.click('#text');
      await typeSteadily(chromium.webPage.keyboard, 10);
      expect(await chromium.webPage.inputValue('#text')).toContain('a'.repeat(10));
      // A report goes out REPORT_INTERVAL_MS after the first unsent keystroke: leave room for it to arrive.
      await sleep(REPORT_INTERVAL_MS + 1500);
      expect(await readTyping(), 'the typing state is unchanged').toEqual(before);

      await options.bringToFront();
      await excluded.fill('');
      await pollUntil(storedSettings, (stored) => stored?.excludedSites.length === 0, { what: 'the exclusion to be removed' });
      await chromium.webPage.bringToFront();
      await chromium.webPage.click('#text');
      const span = await typeSteadily(chromium.webPage.keyboard, 5);
      const after = await typingAfter(readTyping, span, 'after the exclusion was removed');
      expect(after.streakMs).toBeGreaterThan(before?.streakMs ?? 0);
    } finally {
      await options.close();
    }
  });
});
