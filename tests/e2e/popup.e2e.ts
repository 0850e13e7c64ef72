// The popup page of the built Chrome extension, opened in a tab at the popup's size: "I drank
// water" counts a glass on the page and in storage; "Start break" stores a break, opens the break
// view in a new tab and closes the popup, and that break run to its end resets the streak.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultSettings } from '../../utils/settings/settings';
import { localDayKey, MINUTE } from '../../utils/helpers/time';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { holdAlarm, restoreAlarm } from './support/extension-api';
import { TICK_ALARM } from '../../utils/tracker/wake-schedule';
import { PAGE_READY, parseWaterFigure, POPUP_VIEWPORT, WATER_FIGURE } from './support/pages';
import { pollUntil, storedRunningBreak } from './support/poll';
import { streakState } from '../support/fixtures';

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
