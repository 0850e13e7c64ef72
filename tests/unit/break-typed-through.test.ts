// A break typed through: typing during a break holds its countdown (and the exercise on), so the
// rest it gives is its full length; once the typing adds up to more than half its length, it ends
// as typed through: no rest, not a completed break, counted on its own. The pure break, the whole
// tracker step with the clock passed in, and the real background on the fake browser.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakClockAt, stepBreak, TYPED_THROUGH_SHARE, type BreakState, type RunningBreak } from '@/utils/breaks/break-session';
import { stepAt } from '@/utils/breaks/guided-break';
import { applyInput } from '@/utils/tracker/tracker';
import { REPORT_LATENCY_MS } from '@/utils/typing/activity-timing';
import { KEYSTROKE_SLICE_MS } from '@/utils/typing/typing-model';
import { MINUTE, SECOND } from '@/utils/helpers/time';
import { breakSessionOf, driveTracker, makeSettings, makeTrackerState, MONDAY_9AM, streakState, typeFor } from '../support/fixtures';
import { runOnFakeClock, seedTracker, send, startBackground, storedTracker, typeAsReported } from '../support/background-harness';

runOnFakeClock();

const settings = makeSettings({ microPauseAfterMin: 'off', breakLengthMin: 5 });
const LENGTH = 5 * MINUTE;
const START = MONDAY_9AM;
const PROPERTY_RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

/** The break after typing pieces `[start, end)`, each told as the keystroke that made it. */
function typedInto(state: BreakState, pieces: readonly (readonly [number, number])[]) {
  let current = state;
  const events = [];
  for (const [start, end] of pieces) {
    const step = stepBreak(current, { type: 'keystroke', at: start, start, end }, settings, end);
    current = step.state;
    events.push(...step.events);
  }
  return { state: current, events };
}

describe('typing during a break, in the break itself', () => {
  const running = breakSessionOf(START, START + LENGTH);

  it('holds the countdown for as long as it lasts: the break and the exercise on end that much later', () => {
    const firstMs = (running.guide.steps[0] as { durationMs: number }).durationMs;
    const { state } = typedInto(running, [[START + 10 * SECOND, START + 25 * SECOND]]);
    expect(state).toMatchObject({ stage: 'running', typedMs: 15 * SECOND, endsAt: START + LENGTH + 15 * SECOND });
    const held = state as RunningBreak;
    expect(stepAt(held.guide, START + firstMs + 15 * SECOND - 1)?.index, 'the first exercise ends 15 s later too').toBe(0);
  });

  it('a keystroke typed before the break began holds nothing', () => {
    const { state } = typedInto(running, [[START - 500, START + 500]]);
    expect(state).toBe(running);
  });

  it('typing past half its length ends it as typed through, when that typing ends: not completed, not ended early', () => {
    const half = LENGTH * TYPED_THROUGH_SHARE;
    const { state, events } = typedInto(running, [[START + SECOND, START + SECOND + half]]);
    expect(state.stage, 'half of it typed is still a break').toBe('running');
    const past = typedInto(state, [[START + SECOND + half, START + 2 * SECOND + half]]);
    expect(past.state).toEqual({ stage: 'ended', how: 'typed-through', startedAt: START, endedAt: START + 2 * SECOND + half });
    expect([...events, ...past.events]).toEqual([{ type: 'break-ended', how: 'typed-through', at: START + 2 * SECOND + half, mutedTabIds: [] }]);
  });

  it('is typed through exactly when the typing adds up to more than half its length; else it still gives its full length of rest', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ gapMs: fc.integer({ min: 0, max: 40 * SECOND }), typedMs: fc.integer({ min: 1, max: 40 * SECOND }) }), { maxLength: 30 }), (runs) => {
        let at = START;
        const pieces: [number, number][] = [];
        for (const run of runs) {
          at += run.gapMs;
          pieces.push([at, at + run.typedMs]);
          at += run.typedMs;
        }
        // Only the typing before the break would have ended (held as it goes) counts.
        let endsAt = START + LENGTH;
        let typed = 0;
        for (const [start, end] of pieces) {
          if (start >= endsAt) break;
          typed += end - start;
          endsAt += end - start;
        }
        const { state, events } = typedInto(running, pieces);
        if (typed > LENGTH * TYPED_THROUGH_SHARE) {
          expect(state).toMatchObject({ stage: 'ended', how: 'typed-through' });
          expect(events.filter((event) => event.type === 'break-ended')).toHaveLength(1);
        } else {
          expect(state).toMatchObject({ stage: 'running', typedMs: typed, endsAt });
          expect(events).toEqual([]);
          const held = state as RunningBreak;
          expect(held.endsAt - held.startedAt - held.typedMs, 'the rest it gives').toBe(LENGTH);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe("the break view's countdown while typing", () => {
  const running = { ...breakSessionOf(START, START + LENGTH + 10 * SECOND, { typedMs: 10 * SECOND }) };
  const typing = { lastActivityAt: START + 59 * SECOND, coveredUntil: START + 60 * SECOND, slowReportsUntil: 0 };

  it('stands still at the end of the typing known while a report may still be on its way, then runs on', () => {
    expect(breakClockAt(running, typing, START + 61 * SECOND)).toEqual({ at: START + 60 * SECOND, held: true });
    expect(breakClockAt(running, typing, START + 60 * SECOND + REPORT_LATENCY_MS)).toEqual({ at: START + 60 * SECOND + REPORT_LATENCY_MS, held: false });
  });

  it('is not held by typing from before the break began', () => {
    expect(breakClockAt(running, { lastActivityAt: START - SECOND, coveredUntil: START, slowReportsUntil: 0 }, START + SECOND)).toEqual({ at: START + SECOND, held: false });
  });
});

describe('a break typed through, in the whole step', () => {
  const typed = driveTracker(typeFor(MONDAY_9AM, 20 * MINUTE), MONDAY_9AM + 20 * MINUTE, settings).state;
  const now = typed.typing.coveredUntil + SECOND;
  const started = applyInput(typed, { type: 'start-break' }, settings, now).state;

  it('typing through most of a break does not reset the streak, is not a completed break, and is counted as typed through', () => {
    const during = driveTracker(typeFor(now + 5 * SECOND, 3 * MINUTE), now + 3 * MINUTE + 10 * SECOND, settings, started).state;
    expect(during.breakSession).toMatchObject({ stage: 'ended', how: 'typed-through' });
    expect(during.typing.streakStartedAt, 'the streak goes on').toBe(typed.typing.streakStartedAt);
    expect(during.typing.streakMs).toBeGreaterThan(typed.typing.streakMs + 2 * MINUTE);
    expect(during.history.today).toMatchObject({ breaksTypedThrough: 1, breaksCompleted: 0, breaksEndedEarly: 0 });
  });

  it('a little typing during a break only holds it: the break ends later, as a completed break that resets the streak', () => {
    const during = driveTracker(typeFor(now + MINUTE, 20 * SECOND, 500), now + 5 * MINUTE, settings, started).state;
    const held = during.breakSession as RunningBreak;
    expect(held).toMatchObject({ stage: 'running', typedMs: 20 * SECOND - 500 + KEYSTROKE_SLICE_MS });
    const ended = applyInput(during, { type: 'tick' }, settings, held.endsAt).state;
    expect(ended.breakSession).toMatchObject({ stage: 'ended', how: 'completed', endedAt: held.endsAt });
    expect(ended.typing.streakMs).toBe(0);
    expect(ended.history.today).toMatchObject({ breaksCompleted: 1, breaksTypedThrough: 0 });
  });
});

describe('a break typed through, through the background', () => {
  it('reports typed through most of a break started from the popup end it as typed through, in storage: the streak kept, no completed break', async () => {
    const streak = streakState(20 * MINUTE, MONDAY_9AM - 10 * SECOND);
    await seedTracker(makeTrackerState({ typing: streak }), settings);
    await startBackground();
    await send({ type: 'start-break' });
    await typeAsReported(typeFor(MONDAY_9AM + 5 * SECOND, 3 * MINUTE));
    const stored = await storedTracker();
    expect(stored.breakSession).toMatchObject({ stage: 'ended', how: 'typed-through', startedAt: MONDAY_9AM });
    expect(stored.typing.streakStartedAt).toBe(streak.streakStartedAt);
    expect(stored.history.today).toMatchObject({ breaksTypedThrough: 1, breaksCompleted: 0 });
  });
});
