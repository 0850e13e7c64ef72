// The break view of the built Chrome extension: a break started from the view itself, typing in a
// web page while it runs (noted on the view, not punished), and "End early", which keeps the streak.
// (A break run to its end is covered from the popup, in popup.e2e.ts.)
import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../utils/settings/settings';
import { NO_BREAK, runningBreak } from '../../utils/breaks/break-session';
import { MINUTE } from '../../utils/helpers/time';
import { chromiumWithTestPageForFile } from './support/chromium';
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
