import { describe, expect, it } from 'vitest';
import { applyInput } from '@/utils/tracker/tracker';
import { MIN_STREAK_FOR_BREAK_MS } from '@/utils/days/day-counts';
import { runningBreak } from '@/utils/breaks/break-session';
import { KEYSTROKE_SLICE_MS } from '@/utils/typing/typing-model';
import { MAX_NUDGE_HOLD_MS } from '@/utils/breaks/offer';
import { localDayKey, MINUTE, SECOND } from '@/utils/helpers/time';
import { breakSessionOf, driveTracker, makeSettings, makeTrackerState, MONDAY_9AM, nudgesIn, typeFor } from '../support/fixtures';

const settings = makeSettings({ microPauseAfterMin: 'off' });

describe('a simulated 8-hour day', () => {
  // Eight hours from 09:00: each hour, 50 minutes of steady typing (a key every 250 ms), then 10 minutes away.
  const cycleTyping = 50 * MINUTE - 250 + KEYSTROKE_SLICE_MS;
  const times = Array.from({ length: 8 }, (_, hour) => typeFor(MONDAY_9AM + hour * 60 * MINUTE, 50 * MINUTE, 250)).flat();
  const day = driveTracker(times, MONDAY_9AM + 8 * 60 * MINUTE + MINUTE, settings);
  const today = day.state.history.today;

  it('totals typing time, longest streak and breaks exactly', () => {
    expect(today.day).toBe(localDayKey(MONDAY_9AM));
    expect(today.typingMs).toBe(8 * cycleTyping);
    expect(today.longestStreakMs).toBe(cycleTyping);
    expect(today.breaksNatural).toBe(8);
    expect(day.state.typing.streakMs).toBe(0);
  });

  it('nudges a break in each hour: first within the hold after 30 minutes, then every 5 minutes + hold', () => {
    const breakNudges = day.shown.filter((nudge) => nudge.kind === 'break');
    for (let hour = 0; hour < 8; hour += 1) {
      const cycleStart = MONDAY_9AM + hour * 60 * MINUTE;
      const inCycle = breakNudges.filter((nudge) => nudge.at >= cycleStart && nudge.at < cycleStart + 60 * MINUTE);
      const offsets = inCycle.map((nudge) => nudge.at - cycleStart);
      expect(offsets).toHaveLength(4);
      expect(offsets[0]).toBeGreaterThanOrEqual(30 * MINUTE + MAX_NUDGE_HOLD_MS);
      expect(offsets[0]).toBeLessThan(30 * MINUTE + MAX_NUDGE_HOLD_MS + 5 * SECOND);
      for (let index = 1; index < offsets.length; index += 1) {
        const gap = (offsets[index] as number) - (offsets[index - 1] as number);
        expect(gap).toBeGreaterThanOrEqual(5 * MINUTE + MAX_NUDGE_HOLD_MS);
        expect(gap).toBeLessThan(5 * MINUTE + MAX_NUDGE_HOLD_MS + 5 * SECOND);
      }
    }
    expect(today.nudgesShown).toBe(day.shown.length);
  });

  it('nudges water once per hour of active time (the 10 minutes away are not active)', () => {
    const waterNudges = day.shown.filter((nudge) => nudge.kind === 'hydration');
    expect(waterNudges).toHaveLength(Math.floor((8 * 50) / 60));
  });
});

describe('days split at local midnight', () => {
  it('a streak across midnight splits into both days', () => {
    const start = new Date(2026, 10, 23, 23, 50).getTime();
    const { state } = driveTracker(typeFor(start, 20 * MINUTE, 250), start + 21 * MINUTE, settings);
    const [yesterday] = state.history.past;
    expect(yesterday?.day).toBe('2026-11-23');
    expect(yesterday?.typingMs).toBe(10 * MINUTE);
    expect(state.history.today.day).toBe('2026-11-24');
    expect(state.history.today.typingMs).toBe(10 * MINUTE - 250 + KEYSTROKE_SLICE_MS);
    expect(state.history.today.longestStreakMs).toBe(20 * MINUTE - 250 + KEYSTROKE_SLICE_MS);
  });
});

describe('breaks started from Handrest', () => {
  const typed = driveTracker(typeFor(MONDAY_9AM, 20 * MINUTE), MONDAY_9AM + 20 * MINUTE, settings).state;
  const now = typed.typing.coveredUntil + SECOND;
  const started = applyInput(typed, { type: 'start-break' }, settings, now).state;

  it('a break that runs its full length resets the streak and counts as completed', () => {
    expect(started.breakSession).toEqual(breakSessionOf(now, now + 5 * MINUTE));
    const ended = applyInput(started, { type: 'tick' }, settings, now + 5 * MINUTE).state;
    expect(ended.breakSession).toMatchObject({ stage: 'ended', how: 'completed' });
    expect(ended.typing.streakMs).toBe(0);
    expect(ended.history.today.breaksCompleted).toBe(1);
    expect(ended.history.today.breaksNatural).toBe(0);
  });

  it('a break ended early is recorded as such and keeps the streak', () => {
    const ended = applyInput(started, { type: 'end-break' }, settings, now + 2 * MINUTE).state;
    expect(ended.breakSession).toMatchObject({ stage: 'ended', how: 'ended-early' });
    expect(ended.typing.streakMs).toBe(typed.typing.streakMs);
    expect(ended.history.today.breaksEndedEarly).toBe(1);
    expect(ended.history.today.breaksCompleted).toBe(0);
  });

  it('the exercises it showed, a swapped-in one too, and only those, are remembered for the next break', () => {
    const skipped = applyInput(started, { type: 'skip-exercise' }, settings, now + 10 * SECOND).state;
    const swappedIn = runningBreak(skipped.breakSession)?.guide.steps[0]?.id;
    const ended = applyInput(skipped, { type: 'end-break' }, settings, now + 20 * SECOND).state;
    expect(ended.recentExercises).toEqual([swappedIn]);
  });

  it('typing during a break holds its countdown: the break ends that much later, and still counts as completed', () => {
    const typedInBreak = applyInput(started, { type: 'keystrokes', times: [now + MINUTE] }, settings, now + MINUTE + 2 * SECOND).state;
    expect(runningBreak(typedInBreak.breakSession)).toMatchObject({ typedMs: KEYSTROKE_SLICE_MS, endsAt: now + 5 * MINUTE + KEYSTROKE_SLICE_MS });
    expect(applyInput(typedInBreak, { type: 'tick' }, settings, now + 5 * MINUTE).state.breakSession.stage).toBe('running');
    const ended = applyInput(typedInBreak, { type: 'tick' }, settings, now + 5 * MINUTE + KEYSTROKE_SLICE_MS).state;
    expect(ended.typing.streakMs).toBe(0);
    expect(ended.history.today.breaksCompleted).toBe(1);
  });

  it('no nudge goes out during a break', () => {
    const long = driveTracker(typeFor(MONDAY_9AM, 40 * MINUTE), MONDAY_9AM + 40 * MINUTE, settings).state;
    const inBreak = applyInput(long, { type: 'start-break' }, settings, MONDAY_9AM + 40 * MINUTE);
    expect(nudgesIn(inBreak.events)).toEqual([]);
    expect(inBreak.nextCheckAt).toBe(MONDAY_9AM + 45 * MINUTE);
  });
});

describe('user actions', () => {
  it('a drink counts a glass and resets the hydration clock', () => {
    const state = makeTrackerState({ typing: { ...makeTrackerState().typing, activeMs: 42 * MINUTE } });
    const result = applyInput(state, { type: 'drink' }, settings, MONDAY_9AM).state;
    expect(result.history.today.glasses).toBe(1);
    expect(result.nudges.hydration.drankAtMs).toBe(42 * MINUTE);
  });

  it('a snooze is counted and holds nudges back', () => {
    const result = applyInput(makeTrackerState(), { type: 'snooze' }, settings, MONDAY_9AM);
    expect(result.state.history.today.nudgesSnoozed).toBe(1);
    expect(result.state.nudges.holds.snoozedUntil).toBe(MONDAY_9AM + 10 * MINUTE);
    expect(result.nextCheckAt).toBe(MONDAY_9AM + 10 * MINUTE);
  });

  it('keystrokes while paused are not counted', () => {
    const paused = applyInput(makeTrackerState(), { type: 'pause', until: MONDAY_9AM + 60 * MINUTE }, settings, MONDAY_9AM).state;
    const typed = applyInput(paused, { type: 'keystrokes', times: typeFor(MONDAY_9AM, 10 * SECOND) }, settings, MONDAY_9AM + 12 * SECOND).state;
    expect(typed.typing.streakMs).toBe(0);
    expect(typed.history.today.typingMs).toBe(0);
    const resumed = applyInput(typed, { type: 'resume' }, settings, MONDAY_9AM + 13 * SECOND).state;
    const counted = applyInput(resumed, { type: 'keystrokes', times: [MONDAY_9AM + 20 * SECOND] }, settings, MONDAY_9AM + 21 * SECOND);
    expect(counted.state.typing.streakMs).toBe(KEYSTROKE_SLICE_MS);
  });

  it('a rest after a streak shorter than a minute is not counted as a break', () => {
    const short = driveTracker(typeFor(MONDAY_9AM, MIN_STREAK_FOR_BREAK_MS / 2), MONDAY_9AM + 10 * MINUTE, settings).state;
    expect(short.typing.streakMs).toBe(0);
    expect(short.history.today.breaksNatural).toBe(0);
  });
});
