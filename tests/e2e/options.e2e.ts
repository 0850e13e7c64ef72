// The options page of the built extension. In Chromium: an out-of-range value is flagged beside its
// field and only that field waits to be saved; a saved "Break after" is what the background nudges
// by (the badge's '!'); a site excluded in the form is not counted. In Chromium and Firefox alike:
// typing in a second field while the first one's save comes back loses nothing; arrow keys in
// the break plans (settings and welcome page) change no setting; Escape cancels a confirmation
// that has the focus, and gives it back to its button.
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
import { leaveFrame, typeSteadily } from './support/typing';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { drivenChromiumPage, drivenFirefoxPage, type DrivenPage } from './support/driven-page';
import { storageGet, storageSet } from './support/extension-api';
import { presetOf } from '../../utils/settings/presets';
import { INITIAL_SYNC_STATE } from '../../utils/sync/sync-state';

const chromium = chromiumWithTestPageForFile();
let firefox: FirefoxSession;

beforeAll(async () => {
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
});

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
  test('an out-of-range value is flagged beside its field; it alone waits, and every other change is saved', async () => {
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
      expect(message, 'the error is the field\'s first description').toBe('A break can last 1 to 30 minutes: type a whole number in that range.');
      expect(help).toContain('How long a break lasts');
      // "Beside the field": the message is in the field's own block, right under its control.
      const besideField = await breakLength.evaluate((input) => {
        const errorId = (input.getAttribute('aria-describedby') ?? '').split(/\s+/)[0] ?? '';
        const error = document.getElementById(errorId);
        return error !== null && error.parentElement === input.closest('.field') && error.checkVisibility();
      });
      expect(besideField).toBe(true);
      expect(await breakAfter.getAttribute('aria-invalid'), 'only the wrong field is flagged').toBe('false');
      expect(await status.innerText()).toBe('Not saved until fixed: Break length');
      // The page decides before it renders the message: a write from this input would have been
      // sent already, ahead of this read.
      expect(await storedSettings(), 'the invalid value is not saved').toEqual(before);

      // A valid change elsewhere is saved all the same; the field in error keeps its text.
      await breakAfter.fill('10');
      await settingsSaved({ ...defaultSettings(), breakAfterMin: 10 }, 'Break after 10 beside Break length in error');
      expect(await breakLength.inputValue()).toBe('45');
      expect(await status.innerText()).toMatch(/^Not saved until fixed: Break length\s+Saved at \d{1,2}:\d\d [AP]M\.$/);

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
      // The page sends what it holds as the focus leaves it: leave room for the report to arrive.
      await leaveFrame(chromium.webPage);
      await sleep(REPORT_INTERVAL_MS + 1500);
      expect(await readTyping(), 'the typing state is unchanged').toEqual(before);

      await options.bringToFront();
      await excluded.fill('');
      await pollUntil(storedSettings, (stored) => stored?.excludedSites.length === 0, { what: 'the exclusion to be removed' });
      await chromium.webPage.bringToFront();
      await chromium.webPage.click('#text');
      const span = await typeSteadily(chromium.webPage.keyboard, 5);
      await leaveFrame(chromium.webPage);
      const after = await typingAfter(readTyping, span, 'after the exclusion was removed');
      expect(after.streakMs).toBeGreaterThan(before?.streakMs ?? 0);
    } finally {
      await options.close();
    }
  });
});

interface BrowserUnderTest {
  name: string;
  open(path: string): Promise<DrivenPage>;
}

const BROWSERS: BrowserUnderTest[] = [
  { name: 'Chromium', open: async (path) => drivenChromiumPage(await chromium.session.openExtensionPage(path)) },
  { name: 'Firefox', open: async (path) => drivenFirefoxPage(await firefox.openExtensionPage(path)) },
];

/** What one field of the page shows: its text, whether it is marked invalid, and its message. */
interface FieldState {
  value: string;
  invalid: string | null;
  error: string | null;
}

function fieldStates(selectors: string[]): FieldState[] {
  return selectors.map((selector) => {
    const input = document.querySelector(selector) as HTMLInputElement;
    const errorId = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).find((id) => id.endsWith('-error'));
    return { value: input.value, invalid: input.getAttribute('aria-invalid'), error: errorId === undefined ? null : (document.getElementById(errorId)?.textContent ?? null) };
  });
}

/** Selects the whole text of a field, so that what is typed next replaces it. */
function selectAll(selector: string): void {
  (document.querySelector(selector) as HTMLInputElement).select();
}

function focusedElement(): { text: string; inConfirmation: boolean } {
  const focused = document.activeElement;
  return { text: focused?.textContent ?? '', inConfirmation: focused?.closest('.confirm') !== null && focused?.closest('.confirm') !== undefined };
}

function focusPlan(index: number): void {
  (document.querySelectorAll('.presets button')[index] as HTMLButtonElement).focus();
}

const pressedPlan = () => document.querySelector('.presets [aria-pressed="true"]')?.textContent ?? '';

async function readSettings(page: DrivenPage): Promise<Settings> {
  return ((await page.run(storageGet, ['settings'])) as { settings: Settings }).settings;
}

/** Opens a page on the given settings: stored first, from a page of its own, so that the page under test starts from them. */
async function openWith(browser: BrowserUnderTest, path: string, settings: Settings): Promise<DrivenPage> {
  const setUp = await browser.open('options.html');
  // Sync as on an install from before it (changedAt null): the settings stored here count as the person's, whatever a run before left in the sync state.
  await setUp.run(storageSet, { settings, customPlan: null, sync: INITIAL_SYNC_STATE });
  await setUp.close();
  return browser.open(path);
}

/** Replaces a field's text by typing, key by key. */
async function typeInto(page: DrivenPage, selector: string, text: string, delayMs = 0): Promise<void> {
  await page.focus(selector);
  await page.run(selectAll, selector);
  await page.type(text, delayMs);
}

describe.each(BROWSERS)('The options page in $name', (browser) => {
  test('typing in a second field while the first one’s save comes back loses nothing: values, messages and working hours stay as typed', async () => {
    const page = await openWith(browser, 'options.html', { ...defaultSettings(), workingHoursEnabled: true });
    try {
      await typeInto(page, '#setting-breakAfterMin', '10');
      // Past the settling time: the save of "10" is on its way while the next fields are typed in.
      await sleep(450);
      await typeInto(page, '#setting-typingGapSec', '1', 40);
      await typeInto(page, '#setting-workingHours-2', '9-17', 60);
      await pollUntil(
        () => readSettings(page),
        (stored) => stored.breakAfterMin === 10 && isDeepStrictEqual(stored.workingHours[2], [{ start: 540, end: 1020 }]),
        { what: 'Break after 10 and Tuesday 9-17 to be saved' },
      );
      // Room for the echoes of both saves to come back to the page.
      await sleep(600);
      expect(await page.run(fieldStates, ['#setting-breakAfterMin', '#setting-typingGapSec', '#setting-workingHours-2'])).toEqual([
        { value: '10', invalid: 'false', error: null },
        { value: '1', invalid: 'true', error: 'The typing gap can be 2 to 30 seconds: type a whole number in that range.' },
        { value: '9-17', invalid: 'false', error: null },
      ]);
      expect((await readSettings(page)).typingGapSec, 'the field in error is not saved').toBe(defaultSettings().typingGapSec);
    } finally {
      await page.close();
    }
  });

  test.each(['options.html', 'welcome.html'])('arrow keys through the break plans on %s change no setting; Enter on one chooses it', async (path) => {
    const page = await openWith(browser, path, defaultSettings());
    try {
      await page.run(focusPlan, 0);
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown', 'End', 'Home']) await page.press(key);
      await sleep(800);
      expect(await readSettings(page)).toEqual(defaultSettings());
      expect(await page.run(pressedPlan, undefined)).toMatch(/^Recommended/);

      await page.run(focusPlan, 2);
      await page.press('Enter');
      await pollUntil(() => readSettings(page), (stored) => presetOf(stored) === 'recovering', { what: 'the plan chosen with Enter to be saved' });
    } finally {
      await page.close();
    }
  });

  test('Escape cancels a confirmation that has the focus, and gives the focus back to its button', async () => {
    const settings = { ...defaultSettings(), breakAfterMin: 45 };
    const page = await openWith(browser, 'options.html', settings);
    try {
      await page.focus('.restore button');
      await page.press('Enter');
      expect(await page.run(focusedElement, undefined)).toEqual({ text: 'Cancel', inConfirmation: true });
      await page.press('Escape');
      expect(await page.run(focusedElement, undefined)).toEqual({ text: 'Restore defaults…', inConfirmation: false });
      expect(await page.run(() => document.querySelector('.confirm') === null, undefined)).toBe(true);
      await sleep(300);
      expect(await readSettings(page)).toEqual(settings);
    } finally {
      await page.close();
    }
  });
});
