// The break view of the built Chrome extension: a break started from the view itself, typing in a
// web page while it runs (it holds the countdown, and the view says so), and "End early", which
// keeps the streak; and, in a small window (480 by 700) in English, German and Arabic, every
// action of every exercise in view without scrolling. (A break run to its end is covered from the
// popup, in popup.e2e.ts.)
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultSettings } from '../../utils/settings/settings';
import { NO_BREAK, runningBreak } from '../../utils/breaks/break-session';
import { EXERCISES } from '../../utils/content/exercises';
import { MINUTE, SECOND } from '../../utils/helpers/time';
import { breakSessionOf } from '../support/fixtures';
import { chromiumWithTestPageForFile, launchChromium, type ChromiumSession } from './support/chromium';
import { pollUntil, storedRunningBreak } from './support/poll';
import { typingAfter } from './support/streak';
import { streakState } from '../support/fixtures';
import { typeSteadily } from './support/typing';

const chromium = chromiumWithTestPageForFile();

describe('The break view in Chromium', () => {
  test('typing during a break holds its countdown and says so; "End early" ends it kindly, without resetting the streak', async () => {
    const seeded = streakState(8 * MINUTE, Date.now());
    await chromium.session.writeStorage({ typing: seeded });
    const breakView = await chromium.session.openExtensionPage('break.html');
    try {
      await breakView.getByText(`No break is running. A break lasts ${defaultSettings().breakLengthMin} min.`).waitFor();
      const startedAfter = Date.now();
      await breakView.getByRole('button', { name: 'Start a break now' }).click();
      const breakSession = await storedRunningBreak(chromium.session);
      expect(breakSession.startedAt).toBeGreaterThanOrEqual(startedAfter);
      expect(breakSession.endsAt - breakSession.startedAt).toBe(defaultSettings().breakLengthMin * MINUTE);
      expect(breakSession.typedMs).toBe(0);
      await breakView.getByRole('timer', { name: /^Time left in the break/ }).waitFor();
      const typedNote = breakView.getByText('The countdown waits while you type and goes on when you stop.', { exact: false });
      expect(await typedNote.count(), 'no typing noted yet').toBe(0);

      await chromium.webPage.bringToFront();
      await chromium.webPage.click('#text');
      const span = await typeSteadily(chromium.webPage.keyboard, 5);
      const typing = await typingAfter(async () => (await chromium.session.readStorage(['typing'])).typing, span, 'during the break');
      expect(typing.streakStartedAt, 'the typing joins the seeded streak').toBe(seeded.streakStartedAt);
      expect(typing.streakMs).toBeGreaterThan(seeded.streakMs);
      // The background writes the typing and the break chromium.session in one storage call.
      const held = runningBreak((await chromium.session.readStorage(['breakSession'])).breakSession ?? NO_BREAK);
      expect(held?.typedMs, 'the typing held the break').toBeGreaterThan(0);
      expect(held?.endsAt, 'the break ends as much later').toBe(breakSession.endsAt + (held?.typedMs ?? 0));
      await breakView.bringToFront();
      await typedNote.waitFor();

      await breakView.getByRole('button', { name: 'End early' }).click();
      const after = await pollUntil(
        () => chromium.session.readStorage(['typing', 'today', 'breakSession']),
        (stored) => stored.breakSession?.stage === 'ended',
        { what: 'the break to end in storage' },
      );
      expect(after.today?.breaksEndedEarly).toBe(1);
      expect(after.today?.breaksCompleted ?? 0).toBe(0);
      expect(after.typing?.streakStartedAt, 'a break ended early does not reset the streak').toBe(seeded.streakStartedAt);
      expect(after.typing?.streakMs).toBe(typing.streakMs);
      await breakView.getByText('every rest helps. It counts as a break ended early, so your typing streak carries on.', { exact: false }).waitFor();
      expect(await breakView.getByRole('heading', { level: 1 }).innerText()).toBe('Break ended early');
    } finally {
      await breakView.close();
    }
  });
});

/** A small window: a browser beside an editor on a laptop. */
const SMALL_WINDOW = { width: 480, height: 700 };

/** The buttons of the page that do not lie wholly inside the window, by their names. */
const buttonsOutside = (page: Page, { width, height }: typeof SMALL_WINDOW) =>
  page.$$eval(
    'main button',
    (buttons, size) =>
      buttons
        .filter((button) => {
          const box = button.getBoundingClientRect();
          return box.top < 0 || box.left < 0 || box.bottom > size.height || box.right > size.width;
        })
        .map((button) => button.textContent ?? ''),
    { width, height },
  );

describe.each(['en-US', 'de', 'ar'])('The break view in a small window, in %s', (language) => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ language });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('shows every action of every exercise without scrolling', async () => {
    const page = await session.openExtensionPage('break.html', { viewport: SMALL_WINDOW });
    try {
      for (const exercise of EXERCISES) {
        const now = Date.now();
        // A break whose first exercise is this one, held by a little typing a moment ago: the countdown says it is paused.
        const planned = breakSessionOf(now - 10 * SECOND, now + 4 * MINUTE);
        const guide = { ...planned.guide, steps: [{ id: exercise.id, durationMs: 60 * SECOND }, ...planned.guide.steps.filter((step) => step.id !== exercise.id)] };
        await session.replaceStorage({ breakSession: { ...planned, guide }, typing: { ...streakState(10 * MINUTE, now), lastActivityAt: now - 500 } });
        await page.reload();
        await page.locator('.exercise-card').waitFor();
        await page.locator('.countdown-held').waitFor();
        expect(await page.locator('main button').count(), exercise.id).toBeGreaterThanOrEqual(3);
        expect(await buttonsOutside(page, SMALL_WINDOW), `${exercise.id} in ${language}`).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
});
