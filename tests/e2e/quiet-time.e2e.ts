// Quiet time in real Chromium: "In a meeting" chosen in the popup holds a break nudge that falls
// due (counted as held, no notification) while the badge shows the quiet mark, and "End meeting"
// brings the nudge. A fullscreen window does the same, until
// it leaves fullscreen.
import { describe, expect, test } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { defaultSettings } from '../../utils/settings/settings';
import { MINUTE, SECOND } from '../../utils/helpers/time';
import { streakState } from '../support/fixtures';
import { chromiumWithTestPageForFile } from './support/chromium';
import { badgeText, clearNotification, notificationIds, setWindowsState } from './support/extension-api';
import { pollUntil } from './support/poll';
import { typeSteadily } from './support/typing';

const chromium = chromiumWithTestPageForFile();
const BREAK_ID = 'handrest-break';
const SETTINGS = { ...defaultSettings(), breakAfterMin: 5, hydrationEnabled: false, microPauseAfterMin: 'off' as const };

/** No notification on screen, and a streak a few seconds short of "break after": a little real typing makes the break due. */
async function seedStreakJustShortOfBreak(worker: Worker) {
  await worker.evaluate(clearNotification, BREAK_ID);
  await chromium.session.replaceStorage({
    settings: SETTINGS,
    typing: streakState(SETTINGS.breakAfterMin * MINUTE - 6 * SECOND, Date.now()),
  });
}

/** Types past "break after", pauses, and expects the break nudge held: counted, no notification, the quiet mark. */
async function typePastBreakInQuietTime(worker: Worker) {
  await chromium.webPage.bringToFront();
  await chromium.webPage.click('#text');
  await typeSteadily(chromium.webPage.keyboard, 40, { everyMs: 250 });
  await pollUntil(async () => (await chromium.session.readStorage(['today'])).today?.nudgesHeld, (held) => held === 1, {
    what: 'the due break nudge to be held for quiet time',
    timeoutMs: 20_000,
  });
  expect(await worker.evaluate(notificationIds)).not.toContain(BREAK_ID);
  expect(await worker.evaluate(badgeText)).toBe('zz');
}

/** Expects the held break nudge to come now that quiet time is over, saying it was held. */
async function expectHeldNudge(worker: Worker) {
  await pollUntil(() => worker.evaluate(notificationIds), (ids) => ids.includes(BREAK_ID), {
    what: 'the held break nudge once quiet time ended',
    timeoutMs: 20_000,
  });
  expect(await worker.evaluate(badgeText)).toMatch(/^\d+!$/);
  const { quiet } = await chromium.session.readStorage(['quiet']);
  expect(quiet).toMatchObject({ since: null, meetingUntil: null, fullscreen: false });
}

async function withPopup(run: (popup: Page) => Promise<void>) {
  const popup = await chromium.session.openExtensionPage('popup.html', { viewport: { width: 360, height: 600 } });
  try {
    await run(popup);
  } finally {
    await popup.close();
  }
}

describe('Quiet time in Chromium', () => {
  test('"In a meeting" from the popup holds a due break nudge under the quiet mark; "End meeting" brings it', async () => {
    const worker = await chromium.session.runningWorker();
    await seedStreakJustShortOfBreak(worker);
    await withPopup(async (popup) => {
      await popup.getByRole('button', { name: 'In a meeting…' }).click();
      await popup.getByRole('group', { name: 'Quiet for a meeting of' }).getByRole('button', { name: '1 hour' }).click();
      await popup.getByText(/^Meeting until \d{1,2}:\d\d [AP]M$/).waitFor();
    });
    const { quiet } = await chromium.session.readStorage(['quiet']);
    expect(quiet?.meetingUntil).toBeGreaterThan(Date.now() + 59 * MINUTE);
    await typePastBreakInQuietTime(worker);
    await withPopup(async (popup) => {
      await popup.getByRole('heading', { name: /^Quiet time: Meeting until/ }).waitFor();
      await popup.getByRole('button', { name: 'End meeting' }).click();
      await popup.locator('.chip', { hasText: 'Tracking' }).waitFor();
    });
    await expectHeldNudge(worker);
  });

  test('a fullscreen window holds it too, until it leaves fullscreen', async () => {
    const worker = await chromium.session.runningWorker();
    await seedStreakJustShortOfBreak(worker);
    await worker.evaluate(setWindowsState, 'fullscreen' as const);
    await pollUntil(async () => (await chromium.session.readStorage(['quiet'])).quiet?.fullscreen, (fullscreen) => fullscreen === true, {
      what: 'the fullscreen window to make quiet time',
      timeoutMs: 5_000,
    });
    await typePastBreakInQuietTime(worker);
    await worker.evaluate(setWindowsState, 'normal' as const);
    await expectHeldNudge(worker);
  });
});
