// The popup page of the built Chrome extension, opened in a tab at the popup's size: "I drank
// water" counts a glass on the page and in storage; "Start break" stores a break, opens the break
// view in a new tab and closes the popup, and that break run to its end resets the streak. And in
// English and German, with a break nudge due (whichever tip it shows) or a micro-pause due
// (whichever exercise it shows): the whole page fits Chrome's 600 px popup, no button's label
// breaks onto a second line, no row of buttons wraps, and no text overflows its box.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultSettings } from '../../utils/settings/settings';
import { localDayKey, MINUTE, SECOND } from '../../utils/helpers/time';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { holdAlarm, restoreAlarm } from './support/extension-api';
import { TICK_ALARM } from '../../utils/tracker/wake-schedule';
import { PAGE_READY, parseWaterFigure, POPUP_VIEWPORT, WATER_FIGURE } from './support/pages';
import { pollUntil, storedRunningBreak } from './support/poll';
import { storedWeek, streakState } from '../support/fixtures';
import { overflowingElements } from './support/layout';
import { getMessageFrom, messagesOf } from '../support/locale-messages';
import { microPauseExercise } from '../../utils/breaks/guided-break';
import { KINDS_FOR_MOMENT } from '../../utils/content/tip-choice';
import { TIPS } from '../../utils/content/tips';
import type { TypingState } from '../../utils/typing/typing-model';

let session: ChromiumSession;

beforeAll(async () => {
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
});

async function openPopup(): Promise<Page> {
  return session.openExtensionPage('popup.html', { viewport: POPUP_VIEWPORT });
}

describe('The popup in Chromium', () => {
  test('"I drank water" counts a glass on the page and in today\'s stored totals', async () => {
    const popup = await openPopup();
    try {
      const figure = popup.locator(WATER_FIGURE);
      const readFigure = async () => parseWaterFigure(await figure.innerText());
      expect(await readFigure()).toEqual({ glasses: 0, goal: defaultSettings().waterGoalGlasses });
      expect((await session.readStorage(['today'])).today?.glasses ?? 0, 'no glass is recorded before the first').toBe(0);

      const drink = popup.getByRole('button', { name: 'I drank water' });
      for (const glasses of [1, 2]) {
        await drink.click();
        await pollUntil(readFigure, (shown) => shown.glasses === glasses, { what: `the popup to show ${glasses} glasses` });
        const { today } = await session.readStorage(['today']);
        expect(today?.day).toBe(localDayKey(Date.now()));
        expect(today?.glasses).toBe(glasses);
      }
    } finally {
      await popup.close();
    }
  });

  test('"Start break" stores a break and opens the break view; the break run to its end resets the streak', async () => {
    const streakMs = 12 * MINUTE;
    await session.writeStorage({ typing: streakState(streakMs, Date.now()) });
    // The background's periodic tick also ends a break whose time is up (utils/tracker/tracker.ts,
    // settleRests). Held off here, so that the click on "Break done" is what ends this one.
    const worker = await session.runningWorker();
    const tickAlarm = await worker.evaluate(holdAlarm, TICK_ALARM);
    expect(tickAlarm, 'the background keeps a periodic tick alarm').not.toBeNull();
    const popup = await openPopup();
    let breakView: Page | undefined;
    try {
      const before = await session.readStorage(['typing', 'today', 'breakSession']);
      expect(before.typing?.streakMs).toBe(streakMs);
      expect(before.breakSession?.stage ?? 'none', 'no break is running').toBe('none');
      expect(before.today?.breaksCompleted ?? 0).toBe(0);

      const breakUrl = session.extensionUrl('break.html');
      const opened = session.context.waitForEvent('page', { predicate: (page) => page.url() === breakUrl, timeout: 10_000 });
      const popupClosed = popup.waitForEvent('close', { timeout: 10_000 });
      const clickedAfter = Date.now();
      await popup.getByRole('button', { name: 'Start break' }).click();

      const breakSession = await storedRunningBreak(session);
      expect(breakSession.startedAt).toBeGreaterThanOrEqual(clickedAfter);
      expect(breakSession.startedAt).toBeLessThanOrEqual(Date.now());
      expect(breakSession.endsAt, 'the break lasts the default break length').toBe(
        breakSession.startedAt + defaultSettings().breakLengthMin * MINUTE,
      );
      expect(breakSession.typedMs).toBe(0);

      breakView = await opened;
      await popupClosed;
      expect(popup.isClosed(), 'the popup closes itself once the break view is open').toBe(true);
      await breakView.locator(PAGE_READY).waitFor();
      const timer = breakView.getByRole('timer', { name: /^Time left in the break/ });
      expect(await timer.getAttribute('aria-label')).toBe(
        `Time left in the break: about ${defaultSettings().breakLengthMin} min`,
      );

      // The shortest break setting is 1 min: this break is cut to a couple of seconds instead.
      const endsAt = Date.now() + 3000;
      await session.writeStorage({ breakSession: { ...breakSession, endsAt } });
      await pollUntil(() => timer.getAttribute('aria-label'), (label) => label === 'Time left in the break: about 1 min', {
        what: 'the break view to count down the shortened break',
      });
      expect(await breakView.getByRole('button', { name: 'End early' }).isVisible()).toBe(true);

      const done = breakView.getByRole('button', { name: 'Break done' });
      await done.waitFor({ timeout: 10_000 });
      expect(Date.now(), '"Break done" shows only once the time is up').toBeGreaterThanOrEqual(endsAt);
      await done.click();

      const after = await pollUntil(
        () => session.readStorage(['typing', 'today', 'breakSession']),
        (items) => items.breakSession?.stage === 'ended',
        { what: 'the break to end in storage' },
      );
      expect(after.typing?.streakMs, 'the streak starts fresh').toBe(0);
      expect(after.typing?.streakStartedAt).toBeNull();
      expect(after.today?.breaksCompleted).toBe(1);
      expect(after.today?.breaksEndedEarly).toBe(0);
      await breakView.getByText('Well done. Your typing streak starts fresh.').waitFor();
      expect(await breakView.getByRole('heading', { level: 1 }).innerText()).toBe('Break over');
    } finally {
      if (tickAlarm !== null) await (await session.runningWorker()).evaluate(restoreAlarm, tickAlarm);
      await breakView?.close();
      if (!popup.isClosed()) await popup.close();
    }
  });
});

/** The tallest a Chrome popup grows: past this, Chrome cuts it and scrolls. */
const CHROME_POPUP_MAX_HEIGHT = 600;

/** What the page measures of its own layout: its height, the buttons whose label takes more than one line, the rows of buttons that wrap. */
function measureLayout() {
  const lineCount = (element: Element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
  };
  const buttons = [...document.querySelectorAll('button')].filter((button) => button.getClientRects().length > 0);
  const rows = [...document.querySelectorAll('.action-row')].map((row) => [...row.children].map((child) => Math.round(child.getBoundingClientRect().top)));
  return {
    shown: document.querySelector('h2:not(.visually-hidden)')?.parentElement?.textContent?.slice(0, 40) ?? '',
    height: document.documentElement.getBoundingClientRect().height,
    brokenLabels: buttons.filter((button) => lineCount(button) > 1).map((button) => button.textContent),
    wrappedRows: rows.filter((tops) => new Set(tops).size > 1).length,
    rows: rows.length,
  };
}

type Layout = ReturnType<typeof measureLayout>;

/** The layout as the page stands, with what overflows its box. */
async function layoutOf(popup: Page): Promise<Layout & { overflowing: string[] }> {
  return { ...(await popup.evaluate(measureLayout)), overflowing: await overflowingElements(popup) };
}

function expectGlanceable(layout: Layout & { overflowing: string[] }, what: string): void {
  expect(layout.rows, `the popup has its rows of actions with ${what}`).toBeGreaterThanOrEqual(2);
  expect(layout.height, `the popup's height with ${what}`).toBeLessThanOrEqual(CHROME_POPUP_MAX_HEIGHT);
  expect(layout.brokenLabels, `button labels on two lines with ${what}`).toEqual([]);
  expect(layout.wrappedRows, `rows of buttons that wrap with ${what}`).toBe(0);
  expect(layout.overflowing, `text out of its box with ${what}`).toEqual([]);
}

const settingsWithLimit = { ...defaultSettings(), dailyLimitEnabled: true };

/**
 * For each exercise a micro-pause can show, a typing state with a micro-pause due that shows it
 * (the exercise follows from when the micro-streak began).
 */
function microPausesShowingEach(now: number): Map<string, TypingState> {
  const due = streakState(16 * MINUTE, now - 2 * SECOND, { microStreakMs: 16 * MINUTE });
  const found = new Map<string, TypingState>();
  for (let shift = 0; shift < 5000; shift += 1) {
    const typing = { ...due, microStreakStartedAt: (due.microStreakStartedAt as number) + shift };
    const { id } = microPauseExercise(typing, settingsWithLimit);
    if (!found.has(id)) found.set(id, typing);
  }
  return found;
}

for (const { language, localeFile } of [
  { language: 'en-US', localeFile: 'en' },
  { language: 'de', localeFile: 'de' },
]) {
  describe(`The popup in Chromium in ${language}: glanceable within ${CHROME_POPUP_MAX_HEIGHT} px`, () => {
    let languageSession: ChromiumSession;
    let say: (name: string) => string;

    beforeAll(async () => {
      say = getMessageFrom(await messagesOf(localeFile));
      languageSession = await launchChromium({ language });
    });

    afterAll(async () => {
      await languageSession?.close();
    });

    test('with a break nudge and water due, whichever tip for the break it shows: it fits, labels and rows of buttons on one line, no text out of its box', async () => {
      const now = Date.now();
      await languageSession.replaceStorage({ typing: streakState(32 * MINUTE, now - 2 * SECOND, { activeMs: 75 * MINUTE }), ...storedWeek(localDayKey(now)) });
      const popup = await languageSession.openExtensionPage('popup.html', { viewport: POPUP_VIEWPORT });
      try {
        await popup.getByText(say('status_breakDue'), { exact: true }).waitFor();
        const breakTips = TIPS.filter((tip) => KINDS_FOR_MOMENT.break.includes(tip.kind));
        const another = popup.getByRole('button', { name: say('tips_another') });
        const seen = new Set<string>();
        // "Another tip" avoids the tips shown lately, so a few rounds of it show every one.
        for (let shown = 0; seen.size < breakTips.length && shown < 4 * breakTips.length; shown += 1) {
          const layout = await layoutOf(popup);
          seen.add(layout.shown);
          expectGlanceable(layout, `the tip "${layout.shown}"`);
          await another.click();
          await pollUntil(() => popup.evaluate(measureLayout), (next) => next.shown !== layout.shown, { what: 'another tip' });
        }
        expect(seen.size, 'every tip for a break was looked at').toBe(breakTips.length);
      } finally {
        await popup.close();
      }
    });

    test('outside working hours with a break nudge held: it fits, labels and rows of buttons on one line, no text out of its box', async () => {
      const now = Date.now();
      const local = new Date(now);
      const start = (local.getHours() * 60 + local.getMinutes() + 180) % (24 * 60);
      const hours = Array.from({ length: 7 }, () => [{ start, end: (start + 60) % (24 * 60) }]);
      await languageSession.replaceStorage({
        typing: streakState(32 * MINUTE, now - 2 * SECOND, { activeMs: 75 * MINUTE }),
        settings: { ...defaultSettings(), workingHoursEnabled: true, workingHours: hours },
        ...storedWeek(localDayKey(now)),
      });
      const popup = await languageSession.openExtensionPage('popup.html', { viewport: POPUP_VIEWPORT });
      try {
        await popup.locator('#quiet-heading').waitFor();
        expectGlanceable(await layoutOf(popup), 'a break held outside working hours');
      } finally {
        await popup.close();
      }
    });

    test('with a micro-pause due and the daily limit on, whichever exercise it shows: it fits, labels and rows of buttons on one line, no text out of its box', async () => {
      const now = Date.now();
      const states = microPausesShowingEach(now);
      expect(states.size, 'more than one exercise suits a micro-pause').toBeGreaterThan(1);
      for (const [exercise, typing] of states) {
        await languageSession.replaceStorage({ typing, settings: settingsWithLimit, ...storedWeek(localDayKey(now)) });
        const popup = await languageSession.openExtensionPage('popup.html', { viewport: POPUP_VIEWPORT });
        try {
          await popup.locator('#micro-heading').waitFor();
          expectGlanceable(await layoutOf(popup), `the micro-pause exercise ${exercise}`);
        } finally {
          await popup.close();
        }
      }
    });
  });
}
