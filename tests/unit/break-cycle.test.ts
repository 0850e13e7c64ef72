// The break cycle stepped on its own, as the tracker steps it at each look: the rest break's and
// the water nudge's stages, the typing pause they wait for, repeats, snooze, pause and drink.
import { describe, expect, it } from 'vitest';
import { stepCycle, type BreakCycleState, type CycleInput } from '@/utils/breaks/break-cycle';
import { holdsAt } from '@/utils/breaks/holds';
import { MAX_NUDGE_HOLD_MS, PAUSE_BEFORE_NUDGE_MS } from '@/utils/breaks/offer';
import { waterRemainingMs } from '@/utils/breaks/water';
import type { Settings } from '@/utils/settings/settings';
import type { TypingState } from '@/utils/typing/typing-model';
import { REPORT_LATENCY_MS } from '@/utils/typing/activity-timing';
import { localDayKey, MINUTE, SECOND } from '@/utils/helpers/time';
import { makeNudges, makeSettings, makeTypingState, MONDAY_9AM } from '../support/fixtures';

const T0 = MONDAY_9AM;
const settings = makeSettings();
const PAUSE_SEEN = PAUSE_BEFORE_NUDGE_MS + REPORT_LATENCY_MS;

/** A streak of `streakMin` minutes whose latest keystroke was at `lastKeyAt`. */
function streakOf(streakMin: number, lastKeyAt: number, overrides: Partial<TypingState> = {}): TypingState {
  return makeTypingState({
    streakMs: streakMin * MINUTE,
    streakStartedAt: T0 - 60 * MINUTE,
    lastActivityAt: lastKeyAt,
    coveredUntil: lastKeyAt + SECOND,
    activeMs: streakMin * MINUTE,
    ...overrides,
  });
}

/** The cycle's look at `now`, outside quiet time: the nudges it shows, its state, and when it looks again. */
function decideNudges(typing: TypingState, nudges: BreakCycleState, using: Settings, now: number) {
  const look: CycleInput = { type: 'look', typing, holds: holdsAt(nudges.holds, { active: false, endedAt: null }, now), today: { day: localDayKey(now), typingMs: 0 } };
  const step = stepCycle(nudges, look, using, now);
  const show = step.events.flatMap((event) => (event.type === 'nudge-shown' ? [event.kind] : []));
  return { show, nudges: step.state, nextCheckAt: step.nextCheckAt };
}

function decideAt(typing: TypingState, nudges: BreakCycleState, now: number) {
  return decideNudges(typing, nudges, settings, now);
}

/** The cycle after an input that is not a look. */
const after = (nudges: BreakCycleState, input: CycleInput, now: number) => stepCycle(nudges, input, settings, now).state;

describe('break nudge', () => {
  it('is not due below the threshold', () => {
    const decision = decideAt(streakOf(29.9, T0), makeNudges(), T0 + 10 * SECOND);
    expect(decision.show).toEqual([]);
    expect(decision.nudges.break).toEqual({ stage: 'counting' });
  });

  it('waits for a pause in typing instead of landing mid-burst', () => {
    const midBurst = decideAt(streakOf(30, T0), makeNudges(), T0 + SECOND);
    expect(midBurst.show).toEqual([]);
    expect(midBurst.nudges.break).toEqual({ stage: 'due', streakId: T0 - 60 * MINUTE, since: T0 + SECOND });
    expect(midBurst.nextCheckAt).toBe(T0 + PAUSE_SEEN);

    const justBefore = decideAt(streakOf(30, T0), midBurst.nudges, T0 + PAUSE_SEEN - 1);
    expect(justBefore.show).toEqual([]);
    const afterPause = decideAt(streakOf(30, T0), midBurst.nudges, T0 + PAUSE_SEEN);
    expect(afterPause.show).toEqual(['break']);
    expect(afterPause.nudges.break).toMatchObject({ stage: 'shown', at: T0 + PAUSE_SEEN });
  });

  it('fires anyway after 60 s of unbroken typing', () => {
    const due = decideAt(streakOf(30, T0), makeNudges(), T0).nudges;
    const stillTyping = (now: number) => decideAt(streakOf(31, now), due, now);
    expect(stillTyping(T0 + MAX_NUDGE_HOLD_MS - 1).show).toEqual([]);
    expect(stillTyping(T0 + MAX_NUDGE_HOLD_MS).show).toEqual(['break']);
  });

  it('repeats every re-nudge interval while typing goes on', () => {
    const shown = makeNudges({ break: { stage: 'shown', streakId: T0 - 60 * MINUTE, at: T0, answered: false } });
    const typing = (now: number) => streakOf(40, now - 10 * SECOND);
    expect(decideAt(typing(T0 + 5 * MINUTE - 1), shown, T0 + 5 * MINUTE - 1).show).toEqual([]);
    expect(decideAt(typing(T0 + 5 * MINUTE + 10 * SECOND), shown, T0 + 5 * MINUTE + 10 * SECOND).show).toEqual(['break']);
  });

  it('does not repeat when the user has not typed since the interval passed', () => {
    const shown = makeNudges({ break: { stage: 'shown', streakId: T0 - 60 * MINUTE, at: T0, answered: false } });
    expect(decideAt(streakOf(40, T0 + 4 * MINUTE), shown, T0 + 10 * MINUTE).show).toEqual([]);
  });

  it('does not repeat when re-nudging is off', () => {
    const shown = makeNudges({ break: { stage: 'shown', streakId: T0 - 60 * MINUTE, at: T0, answered: false } });
    const now = T0 + 30 * MINUTE;
    const decision = decideNudges(streakOf(60, now - 10 * SECOND), shown, makeSettings({ renudgeMin: 'off', hydrationEnabled: false }), now);
    expect(decision.show).toEqual([]);
  });

  it('stops after a rest: a new streak starts over', () => {
    const shown = makeNudges({ break: { stage: 'shown', streakId: T0 - 60 * MINUTE, at: T0, answered: false } });
    const afterRest = streakOf(1, T0 + 10 * MINUTE, { streakStartedAt: T0 + 9 * MINUTE });
    const decision = decideAt(afterRest, shown, T0 + 10 * MINUTE + 20 * SECOND);
    expect(decision.show).toEqual([]);
    expect(decision.nudges.break).toEqual({ stage: 'counting' });
  });

  it('is held back by a snooze and comes back when it ends', () => {
    const due = makeNudges({ break: { stage: 'shown', streakId: T0 - 60 * MINUTE, at: T0, answered: false } });
    const snoozed = after(due, { type: 'snooze', typing: streakOf(45, T0 - 10 * SECOND) }, T0);
    expect(snoozed.holds.snoozedUntil).toBe(T0 + 10 * MINUTE);
    const typing = (now: number) => streakOf(45, now - 10 * SECOND);
    expect(decideAt(typing(T0 + 10 * MINUTE - 1), snoozed, T0 + 10 * MINUTE - 1).show).toEqual([]);
    expect(decideAt(typing(T0 + 10 * MINUTE + 10 * SECOND), snoozed, T0 + 10 * MINUTE + 10 * SECOND).show).toEqual(['break']);
  });

  it('is silent while paused, and resumes', () => {
    const paused = after(makeNudges(), { type: 'pause', until: T0 + 60 * MINUTE }, T0 - MINUTE);
    const typing = streakOf(45, T0 - 10 * SECOND);
    expect(decideAt(typing, paused, T0).show).toEqual([]);
    expect(decideAt(typing, after(paused, { type: 'resume' }, T0), T0).show).toEqual(['break']);
  });
});

describe('hydration nudge', () => {
  const presentAt = (now: number, activeMin: number) => streakOf(10, now - 10 * SECOND, { activeMs: activeMin * MINUTE });

  it('counts active time only, not wall time', () => {
    const now = T0 + 5 * 60 * MINUTE;
    expect(decideAt(presentAt(now, 59), makeNudges(), now).show).toEqual([]);
    expect(decideAt(presentAt(now, 60), makeNudges(), now).show).toEqual(['hydration']);
  });

  it('never goes out while the user is away, and waits for their return', () => {
    const awayFor = streakOf(10, T0, { activeMs: 90 * MINUTE });
    expect(decideAt(awayFor, makeNudges(), T0 + 20 * MINUTE).show).toEqual([]);
    const back = streakOf(10, T0 + 21 * MINUTE, { activeMs: 90 * MINUTE });
    expect(decideAt(back, makeNudges(), T0 + 21 * MINUTE + 10 * SECOND).show).toEqual(['hydration']);
  });

  it('is reset by a logged drink and repeats after another interval', () => {
    const drank = after(makeNudges(), { type: 'drink', typing: presentAt(T0, 70) }, T0);
    expect(waterRemainingMs(presentAt(T0, 70), drank.hydration, settings)).toBe(60 * MINUTE);
    expect(decideAt(presentAt(T0, 129), drank, T0).show).toEqual([]);
    const shown = decideAt(presentAt(T0, 130), drank, T0);
    expect(shown.show).toEqual(['hydration']);
    expect(decideAt(presentAt(T0 + MINUTE, 131), shown.nudges, T0 + MINUTE).show).toEqual([]);
    expect(decideAt(presentAt(T0 + MINUTE, 190), shown.nudges, T0 + MINUTE).show).toEqual(['hydration']);
  });

  it('is off when hydration nudges are disabled', () => {
    const decision = decideNudges(presentAt(T0, 200), makeNudges(), makeSettings({ hydrationEnabled: false }), T0);
    expect(decision.show).toEqual([]);
  });
});
