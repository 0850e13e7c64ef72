import { describe, expect, it } from 'vitest';
import { alignToClock, KEYSTROKE_SLICE_MS, observe, recordKeystroke, type TypingState } from '@/utils/typing/typing-model';
import { changeSystemState, SYSTEM_IDLE_DETECTION_MS } from '@/utils/typing/system-activity';
import { REPORT_INTERVAL_MS, REPORT_LATENCY_MS } from '@/utils/typing/activity-timing';
import { MINUTE, SECOND } from '@/utils/helpers/time';
import { burst, makeSettings, makeTypingState, MONDAY_9AM, runModel, typeFor } from '../support/fixtures';

const T0 = MONDAY_9AM;
const settings = makeSettings();

/** The system found active at every tick (`everyMs`) after its last observation until `until`. */
function activeAtEveryTick(state: TypingState, everyMs: number, until: number, modelSettings = settings): TypingState {
  let current = state;
  for (let at = (state.systemActiveAt ?? state.coveredUntil) + everyMs; at <= until; at += everyMs) {
    current = changeSystemState(current, 'active', at, modelSettings).state;
  }
  return current;
}

describe('typing model: scripted traces', () => {
  it.each([
    { name: 'one isolated keystroke is one slice', times: [T0], typing: KEYSTROKE_SLICE_MS },
    { name: 'two keystrokes 4 s apart join', times: [T0, T0 + 4 * SECOND], typing: 4 * SECOND + KEYSTROKE_SLICE_MS },
    {
      name: 'two keystrokes exactly the typing gap apart are two slices',
      times: [T0, T0 + 5 * SECOND],
      typing: 2 * KEYSTROKE_SLICE_MS,
    },
    { name: 'ten keystrokes 200 ms apart', times: burst(T0, 10), typing: 9 * 200 + KEYSTROKE_SLICE_MS },
    {
      name: 'two bursts with a 10 s thinking pause',
      times: [...burst(T0, 6, 500), ...burst(T0 + 12_500, 6, 500)],
      typing: 2 * (5 * 500 + KEYSTROKE_SLICE_MS),
    },
    { name: 'keystrokes 500 ms apart overlap their slices', times: [T0, T0 + 500], typing: 500 + KEYSTROKE_SLICE_MS },
  ])('$name', ({ times, typing }) => {
    const { state, typedMs } = runModel(times, settings);
    expect(typedMs).toBe(typing);
    expect(state.streakMs).toBe(typing);
    expect(state.streakStartedAt).toBe(T0);
  });

  it('honours a custom typing gap', () => {
    const wideGap = makeSettings({ typingGapSec: 10 });
    expect(runModel([T0, T0 + 8 * SECOND], wideGap).typedMs).toBe(8 * SECOND + KEYSTROKE_SLICE_MS);
    expect(runModel([T0, T0 + 8 * SECOND], settings).typedMs).toBe(2 * KEYSTROKE_SLICE_MS);
  });
});

describe('typing model: micro-streaks', () => {
  it('with a typing gap longer than the micro-pause length, the micro-streak after a pause starts after it', () => {
    const gapLongerThanPause = makeSettings({ typingGapSec: 30, microPauseLengthSec: 10 });
    const first = burst(T0, 11, 500);
    const after = burst(T0 + 5 * SECOND + 20 * SECOND, 11, 500);
    const { state } = runModel([...first, ...after], gapLongerThanPause);
    expect(state.microStreakStartedAt).toBe(after[0]);
    expect(state.microStreakMs).toBe(5 * SECOND + KEYSTROKE_SLICE_MS);
    // The streak keeps to the typing gap: the pause joins the typing, as before.
    expect(state.streakMs).toBe((after.at(-1) as number) - T0 + KEYSTROKE_SLICE_MS);
  });
});

describe('typing model: union over tabs and frames', () => {
  it('two tabs typing at once count once', () => {
    const tabA = burst(T0, 50, 200);
    const tabB = burst(T0 + 100, 50, 200);
    const together = runModel([...tabA, ...tabB].sort((a, b) => a - b), settings);
    const alone = runModel(tabA, settings);
    expect(together.typedMs).toBe(alone.typedMs + 100);
  });

  it('a report from a second tab that arrives late adds nothing already counted', () => {
    const tabA = burst(T0, 20, 200);
    const tabBLate = burst(T0 + 100, 10, 200);
    const inArrivalOrder = runModel([...tabA, ...tabBLate], settings);
    expect(inArrivalOrder.typedMs).toBe(runModel(tabA, settings).typedMs);
  });
});

describe('typing model: rests', () => {
  it('a gap of the break length ends the streak', () => {
    const first = typeFor(T0, 2 * MINUTE);
    const lastSliceEnd = (first.at(-1) as number) + KEYSTROKE_SLICE_MS;
    const { state, rests } = runModel([...first, lastSliceEnd + 5 * MINUTE], settings);
    expect(rests).toEqual([{ at: lastSliceEnd + 5 * MINUTE, endedStreakMs: lastSliceEnd - T0 }]);
    expect(state.streakMs).toBe(KEYSTROKE_SLICE_MS);
    expect(state.streakStartedAt).toBe(lastSliceEnd + 5 * MINUTE);
  });

  it('a gap just shorter than the break length keeps the streak', () => {
    const first = typeFor(T0, 2 * MINUTE);
    const lastSliceEnd = (first.at(-1) as number) + KEYSTROKE_SLICE_MS;
    const { state, rests } = runModel([...first, lastSliceEnd + 5 * MINUTE - 1], settings);
    expect(rests).toEqual([]);
    expect(state.streakMs).toBe(lastSliceEnd - T0 + KEYSTROKE_SLICE_MS);
    expect(state.streakStartedAt).toBe(T0);
  });

  it('observing the clock completes a rest without a new keystroke, once no late report can interrupt it', () => {
    const { state } = runModel(typeFor(T0, MINUTE), settings);
    expect(observe(state, state.coveredUntil + 5 * MINUTE + REPORT_LATENCY_MS - 1, settings).rests).toEqual([]);
    const rested = observe(state, state.coveredUntil + 5 * MINUTE + REPORT_LATENCY_MS, settings);
    expect(rested.rests).toHaveLength(1);
    expect(rested.state.streakMs).toBe(0);
    expect(rested.state.streakStartedAt).toBeNull();
    expect(rested.rests[0]?.at).toBe(state.coveredUntil + 5 * MINUTE);
  });

  it('sleep or a closed browser is a gap in the clock, and a rest when it lasts the break length', () => {
    const { state } = runModel(typeFor(T0, 10 * MINUTE), settings);
    const wokeUp = recordKeystroke(state, state.coveredUntil + 2 * 60 * MINUTE, settings);
    expect(wokeUp.rests).toHaveLength(1);
    expect(wokeUp.state.streakMs).toBe(KEYSTROKE_SLICE_MS);
  });

  it('a locked screen for the break length is a rest, also when activity in other apps counts', () => {
    const otherApps = makeSettings({ countOtherApps: true });
    const active = changeSystemState(makeTypingState(), 'active', T0, otherApps).state;
    const working = activeAtEveryTick(active, 30 * SECOND, T0 + 20 * MINUTE, otherApps);
    expect(working.streakMs).toBe(20 * MINUTE);
    const locked = changeSystemState(working, 'locked', T0 + 20 * MINUTE, otherApps).state;
    const unlocked = changeSystemState(locked, 'active', T0 + 26 * MINUTE, otherApps);
    expect(unlocked.rests).toEqual([{ at: T0 + 25 * MINUTE, endedStreakMs: 20 * MINUTE }]);
    expect(unlocked.state.streakMs).toBe(0);
  });

  it('a short lock keeps the streak', () => {
    const { state } = runModel(typeFor(T0, MINUTE), settings);
    const locked = changeSystemState(state, 'locked', state.coveredUntil, settings).state;
    const back = changeSystemState(locked, 'active', state.coveredUntil + 2 * MINUTE, settings);
    expect(back.rests).toEqual([]);
    expect(back.state.streakMs).toBe(state.streakMs);
  });

  it('other-app activity ends 15 s before the system reports idle', () => {
    const otherApps = makeSettings({ countOtherApps: true });
    const active = changeSystemState(makeTypingState(), 'active', T0, otherApps).state;
    const idle = changeSystemState(active, 'idle', T0 + MINUTE, otherApps).state;
    expect(idle.streakMs).toBe(MINUTE - SYSTEM_IDLE_DETECTION_MS);
    expect(idle.systemActiveAt).toBeNull();
  });

  it('system activity is ignored unless other apps count', () => {
    const active = changeSystemState(makeTypingState(), 'active', T0, settings).state;
    expect(observe(active, T0 + 10 * MINUTE, settings).state.streakMs).toBe(0);
  });
});

describe('typing model: clock and pause', () => {
  it('a backwards clock jump, seen on the background\'s clock, never gives negative or doubled time', () => {
    const before = runModel(typeFor(T0, MINUTE), settings).state;
    const now = T0 - 60 * MINUTE + REPORT_INTERVAL_MS;
    const jumpedBack = runModel(typeFor(T0 - 60 * MINUTE, 10 * SECOND), settings, alignToClock(before, now, settings));
    expect(jumpedBack.rests).toEqual([]);
    expect(jumpedBack.typedMs).toBe(10 * SECOND - 200 + KEYSTROKE_SLICE_MS);
    expect(jumpedBack.state.streakMs).toBe(before.streakMs + jumpedBack.typedMs);
  });

  it('a keystroke any amount late is not a clock jump: it adds only what was not counted', () => {
    const before = runModel(typeFor(T0, 5 * MINUTE), settings).state;
    for (const lateBy of [SECOND, MINUTE + SECOND, 4 * MINUTE]) {
      const late = recordKeystroke(before, (before.lastActivityAt as number) - lateBy, settings);
      expect(late.state).toBe(before);
      expect(late.typed).toBeNull();
    }
    expect(alignToClock(before, before.coveredUntil, settings)).toBe(before);
  });

  it('keystrokes while paused add no time but are not mistaken for a rest', () => {
    const before = runModel(typeFor(T0, MINUTE), settings).state;
    let paused = before;
    for (const time of typeFor(before.coveredUntil + SECOND, 10 * MINUTE, 1000)) {
      paused = recordKeystroke(paused, time, settings, false).state;
    }
    expect(paused.streakMs).toBe(before.streakMs);
    const resumed = recordKeystroke(paused, (paused.lastActivityAt as number) + 2 * SECOND, settings);
    expect(resumed.rests).toEqual([]);
    expect(resumed.state.streakMs).toBe(before.streakMs + 2 * SECOND);
  });
});

describe('typing model: active time', () => {
  it('counts short pauses as active and rests as away', () => {
    const first = runModel(typeFor(T0, MINUTE), settings).state;
    const afterPause = runModel([first.coveredUntil + 2 * MINUTE], settings, first).state;
    expect(afterPause.activeMs).toBe(first.activeMs + 2 * MINUTE + KEYSTROKE_SLICE_MS);
    const afterRest = runModel([afterPause.coveredUntil + 30 * MINUTE], settings, afterPause).state;
    expect(afterRest.activeMs).toBe(afterPause.activeMs + KEYSTROKE_SLICE_MS);
  });
});
