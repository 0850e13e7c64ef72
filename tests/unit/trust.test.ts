// Nudges you can trust: the edges real computers produce every week (sleep, closed browsers,
// clocks that jump, late and repeated reports, snoozes, changed settings, keys reported after a
// boundary), each told from the person's side: what they would see in the popup, the badge, the
// notifications and the history. The tracker is driven as the background drives it.
import { describe, expect, it } from 'vitest';
import { runningBreak } from '@/utils/breaks/break-session';
import { allDays } from '@/utils/days/history';
import { parseMessage } from '@/utils/protocol/messages';
import { MAX_CLOCK_SKEW_MS, MAX_KEYSTROKE_AGE_MS, REPORT_INTERVAL_MS, REPORT_LATENCY_MS } from '@/utils/typing/activity-timing';
import { KEYSTROKE_SLICE_MS } from '@/utils/typing/typing-model';
import { MAX_OBSERVATION_GAP_MS } from '@/utils/typing/system-activity';
import type { Settings } from '@/utils/settings/settings';
import { HOUR, localDayKey, MINUTE, SECOND } from '@/utils/helpers/time';
import { burst, makeSettings, makeTrackerState, MONDAY_9AM, reportBatches, runModel, streakState, typeFor } from '../support/fixtures';
import { SimulatedBackground } from '../support/simulated-background';

const T0 = MONDAY_9AM;

/** Settings for these cases: micro-pauses off, as they are not what these cases are about (they have their own tests). */
const settingsWith = (overrides: Partial<Settings> = {}) => makeSettings({ microPauseAfterMin: 'off', ...overrides });
const newBackground = (settings = settingsWith(), state = makeTrackerState()) => new SimulatedBackground(settings, state);

describe('1. a closed browser or a sleeping computer is a rest, never typing', () => {
  it('with other apps counted, a night with the browser closed is not typing: no 24-hour streak, no nudge, no water due', () => {
    const evening = new Date(2026, 10, 23, 17, 0).getTime();
    const background = newBackground(settingsWith({ countOtherApps: true }));
    background.tick(evening, evening + 40 * MINUTE, true);
    expect(background.popup(evening + 40 * MINUTE).streakMs).toBe(40 * MINUTE);
    const morning = new Date(2026, 10, 24, 8, 0).getTime();
    background.apply({ type: 'system-state', state: 'active' }, morning);
    const popup = background.popup(morning);
    expect(popup.streakMs).toBe(0);
    expect(popup.breakDue).toBe(false);
    expect(popup.waterDue).toBe(false);
    expect(background.shownSince(morning)).toEqual([]);
    const yesterday = allDays(background.state.history).find((day) => day.day === localDayKey(evening));
    expect(yesterday?.typingMs).toBe(40 * MINUTE);
    expect(yesterday?.breaksNatural).toBe(1);
    expect(background.state.history.today.typingMs).toBe(0);
  });

  it('system activity fills only the time between observations close together', () => {
    const background = newBackground(settingsWith({ countOtherApps: true }));
    background.apply({ type: 'system-state', state: 'active' }, T0);
    background.apply({ type: 'system-state', state: 'active' }, T0 + MAX_OBSERVATION_GAP_MS);
    expect(background.popup(T0 + MAX_OBSERVATION_GAP_MS).streakMs).toBe(MAX_OBSERVATION_GAP_MS);
    const afterGap = T0 + 2 * MAX_OBSERVATION_GAP_MS + SECOND;
    background.apply({ type: 'system-state', state: 'active' }, afterGap);
    expect(background.popup(afterGap).streakMs).toBe(MAX_OBSERVATION_GAP_MS);
  });

  it('a restarted background extends nothing stored from before the gap', () => {
    const background = newBackground(settingsWith({ countOtherApps: true }));
    background.tick(T0, T0 + 10 * MINUTE, true);
    background.restart();
    background.apply({ type: 'system-state', state: 'active' }, T0 + 3 * HOUR);
    expect(background.state.history.today.typingMs).toBe(10 * MINUTE);
    expect(background.popup(T0 + 3 * HOUR).streakMs).toBe(0);
  });
});

describe('2. the clock can jump, the history cannot be lost', () => {
  it('a report no content script could have sent is refused whole', () => {
    const now = T0;
    const refused = [
      [now, Number.NaN],
      [now, Number.POSITIVE_INFINITY],
      [now, 1e20],
      [now - MAX_KEYSTROKE_AGE_MS - 1, now],
      [now, now + MAX_CLOCK_SKEW_MS + 1],
      [now, '12'],
    ];
    for (const times of refused) expect(parseMessage({ type: 'keystrokes', times }, now), String(times)).toBeNull();
    expect(parseMessage({ type: 'keystrokes', times: [now - MAX_KEYSTROKE_AGE_MS, now + MAX_CLOCK_SKEW_MS] }, now)).not.toBeNull();
    expect(parseMessage({ type: 'pause', until: 1e20 }, now)).toBeNull();
    expect(parseMessage({ type: 'pause', until: now - 1 }, now)).toBeNull();
  });

  it('a clock set years ahead for a moment loses no day, and today shows again once it is corrected', () => {
    const background = newBackground();
    for (let daysAgo = 30; daysAgo >= 1; daysAgo -= 1) background.type(typeFor(T0 - daysAgo * 24 * HOUR, MINUTE));
    background.type(typeFor(T0 + 10 * MINUTE, 2 * MINUTE));
    const daysBefore = allDays(background.state.history).map((day) => day.day);
    const todayBefore = background.popup(T0 + 13 * MINUTE).today;
    const future = T0 + 3 * 365 * 24 * HOUR;
    background.type(typeFor(future, 20 * SECOND));
    background.apply({ type: 'drink' }, future + 30 * SECOND);
    background.tick(T0 + 14 * MINUTE, T0 + 15 * MINUTE);
    expect(allDays(background.state.history).map((day) => day.day).filter((day) => day <= localDayKey(T0))).toEqual(daysBefore);
    // A clock set ahead by more than the break length looks like a sleeping computer: a rest (and
    // so a micro-pause). What was typed, drunk and shown is as it was.
    const todayAfter = background.popup(T0 + 15 * MINUTE).today;
    const kept = ({ typingMs, longestStreakMs, glasses, nudgesShown }: typeof todayBefore) => ({ typingMs, longestStreakMs, glasses, nudgesShown });
    expect(kept(todayAfter)).toEqual(kept(todayBefore));
    expect(todayAfter.breaksNatural).toBe(todayBefore.breaksNatural + 1);
    background.type(typeFor(T0 + 16 * MINUTE, MINUTE));
    expect(background.popup(T0 + 17 * MINUTE + 1).today.typingMs).toBeGreaterThan(todayBefore.typingMs);
  });

  it.each([
    ['a year', 365 * 24 * HOUR],
    ['two days', 2 * 24 * HOUR],
  ])('after the clock ran %s ahead and was set right, a report more than 2.5 s late keeps every keystroke it holds', (_ahead, aheadMs) => {
    const background = newBackground();
    background.type(typeFor(T0, MINUTE));
    const typedBefore = background.state.history.today.typingMs;
    background.type(typeFor(T0 + MINUTE + aheadMs, 10 * SECOND));
    const setRight = T0 + 2 * MINUTE;
    const late = typeFor(setRight, 10 * SECOND + 800, 400);
    background.apply({ type: 'keystrokes', times: late }, setRight + 16 * SECOND);
    expect(background.popup(setRight + 17 * SECOND).today.typingMs - typedBefore).toBe(runModel(late).typedMs);
  });

  it('a clock set back an hour: typing goes on counting at once, and a real rest still ends the streak', () => {
    const background = newBackground();
    background.type(typeFor(T0, 20 * MINUTE));
    const before = background.popup(T0 + 20 * MINUTE);
    const back = T0 + 20 * MINUTE - HOUR;
    background.type(typeFor(back, MINUTE));
    const after = background.popup(back + MINUTE + REPORT_INTERVAL_MS);
    expect(after.streakMs).toBeGreaterThan(before.streakMs + MINUTE - 2 * SECOND);
    expect(after.streakMs).toBeLessThanOrEqual(before.streakMs + MINUTE + KEYSTROKE_SLICE_MS);
    background.tick(back + 2 * MINUTE, back + 8 * MINUTE);
    expect(background.popup(back + 8 * MINUTE).streakMs).toBe(0);
  });
});

describe('3. late and repeated reports count once and invent nothing', () => {
  it('a batch sent again after a lost reply adds nothing twice, however late the retry comes', () => {
    const background = newBackground();
    const batches = reportBatches(typeFor(T0, 3 * MINUTE, 250));
    for (const { at, report } of batches) {
      background.apply(report, at);
      background.apply(report, at + 300);
    }
    const retriedLate = batches[0] as (typeof batches)[number];
    background.apply(retriedLate.report, T0 + 3 * MINUTE);
    expect(background.state.history.today.typingMs).toBe(3 * MINUTE - 250 + KEYSTROKE_SLICE_MS);
  });

  it('a batch a throttled tab delivers more than a minute late is not a clock jump nor a rest', () => {
    const background = newBackground();
    const otherTab = burst(T0 + 10 * SECOND, 10, 300);
    background.type(typeFor(T0, 3 * MINUTE, 400));
    background.apply({ type: 'keystrokes', times: otherTab }, T0 + 90 * SECOND);
    const popup = background.popup(T0 + 3 * MINUTE);
    expect(popup.streakMs).toBe(3 * MINUTE - 400 + KEYSTROKE_SLICE_MS);
    expect(background.state.history.today.breaksNatural).toBe(0);
    expect(background.state.typing.streakStartedAt).toBe(T0);
  });
});

describe('4. the rest boundary allows for report latency', () => {
  it('a key typed just before the break length runs out, reported in time, keeps the streak', () => {
    const background = newBackground();
    background.type(typeFor(T0, 10 * MINUTE));
    const coveredUntil = background.state.typing.coveredUntil;
    const lastMoment = coveredUntil + 5 * MINUTE - SECOND;
    background.apply({ type: 'tick' }, lastMoment + SECOND + 100);
    background.apply({ type: 'keystrokes', times: [lastMoment] }, lastMoment + REPORT_LATENCY_MS);
    expect(background.state.history.today.breaksNatural).toBe(0);
    expect(background.popup(lastMoment + REPORT_LATENCY_MS).streakMs).toBeGreaterThan(10 * MINUTE);
  });

  it('the rest completes once no such report can still arrive', () => {
    const background = newBackground();
    background.type(typeFor(T0, 10 * MINUTE));
    const restAt = background.state.typing.coveredUntil + 5 * MINUTE;
    background.apply({ type: 'tick' }, restAt + REPORT_LATENCY_MS);
    expect(background.state.history.today.breaksNatural).toBe(1);
  });
});

describe('5. snooze means what its label says', () => {
  it.each([5, 'off'] as const)('a snoozed break nudge comes back when the snooze ends (re-nudge %s)', (renudgeMin) => {
    const background = newBackground(settingsWith({ renudgeMin, hydrationEnabled: false }));
    background.type(typeFor(T0, 31 * MINUTE, 500));
    background.tick(T0 + 31 * MINUTE, T0 + 32 * MINUTE);
    expect(background.shownSince(T0)).toEqual(['break']);
    background.apply({ type: 'snooze' }, T0 + 32 * MINUTE);
    background.type(typeFor(T0 + 32 * MINUTE + 10 * SECOND, 12 * MINUTE, 500));
    const back = background.shown.filter((nudge) => nudge.at > T0 + 32 * MINUTE);
    expect(back.map((nudge) => nudge.kind)).toEqual(['break']);
    expect(back[0]?.at).toBeGreaterThanOrEqual(T0 + 42 * MINUTE);
    expect(back[0]?.at).toBeLessThanOrEqual(T0 + 43 * MINUTE + REPORT_INTERVAL_MS);
  });

  it('a snoozed water nudge comes back when the snooze ends (snoozing water is not a no-op)', () => {
    const background = newBackground(settingsWith({ breakAfterMin: 120 }));
    background.type(typeFor(T0, 61 * MINUTE, 500));
    background.tick(T0 + 61 * MINUTE, T0 + 62 * MINUTE);
    expect(background.shownSince(T0)).toEqual(['hydration']);
    background.apply({ type: 'snooze' }, T0 + 62 * MINUTE);
    background.type(typeFor(T0 + 62 * MINUTE, 12 * MINUTE, 500));
    expect(background.shownSince(T0 + 62 * MINUTE)).toEqual(['hydration']);
    expect(background.shown.at(-1)?.at).toBeGreaterThanOrEqual(T0 + 72 * MINUTE);
  });
});

describe('6. changed settings act both ways', () => {
  it('raising "break after" above the streak cancels a nudge waiting for a pause and its repeats; lowering makes one due', () => {
    const background = newBackground(settingsWith({ hydrationEnabled: false }));
    background.type(typeFor(T0, 30 * MINUTE + 20 * SECOND, 500));
    expect(background.popup(T0 + 30 * MINUTE + 21 * SECOND).breakDue).toBe(true);
    expect(background.shownSince(T0)).toEqual([]);
    background.settings = settingsWith({ hydrationEnabled: false, breakAfterMin: 45 });
    background.tick(T0 + 30 * MINUTE + 30 * SECOND, T0 + 32 * MINUTE);
    background.type(typeFor(T0 + 32 * MINUTE, 10 * MINUTE, 500));
    expect(background.shownSince(T0)).toEqual([]);
    expect(background.popup(T0 + 42 * MINUTE).breakDue).toBe(false);
    background.settings = settingsWith({ hydrationEnabled: false, breakAfterMin: 20 });
    background.tick(T0 + 42 * MINUTE + 10 * SECOND, T0 + 43 * MINUTE);
    expect(background.shownSince(T0)).toEqual(['break']);
  });

  it('raising the hydration interval or turning hydration off cancels a water nudge that is due', () => {
    for (const settings of [settingsWith({ breakAfterMin: 120, hydrationIntervalMin: 90 }), settingsWith({ breakAfterMin: 120, hydrationEnabled: false })]) {
      const background = newBackground(settingsWith({ breakAfterMin: 120 }));
      background.type(typeFor(T0, 60 * MINUTE + 20 * SECOND, 500));
      expect(background.popup(T0 + 60 * MINUTE + 21 * SECOND).waterDue).toBe(true);
      background.settings = settings;
      background.type(typeFor(T0 + 60 * MINUTE + 30 * SECOND, 5 * MINUTE, 500));
      background.tick(T0 + 66 * MINUTE, T0 + 67 * MINUTE);
      expect(background.shownSince(T0)).toEqual([]);
      expect(background.popup(T0 + 67 * MINUTE).waterDue).toBe(false);
    }
  });
});

describe('7. boundaries by keystroke time, not arrival time', () => {
  it('keys typed before "Start break" and reported after it count before it, and do not mark the break typed-through', () => {
    const background = newBackground();
    const keys = typeFor(T0, 2 * SECOND, 200);
    background.apply({ type: 'start-break' }, T0 + 2 * SECOND);
    background.apply({ type: 'keystrokes', times: keys }, T0 + 2 * SECOND + 100);
    expect(runningBreak(background.state.breakSession)).toMatchObject({ typedMs: 0, endsAt: T0 + 2 * SECOND + 5 * MINUTE });
    expect(background.state.history.today.typingMs).toBe(2 * SECOND - 200 + KEYSTROKE_SLICE_MS);
  });

  it('keys typed during a pause never count, even when reported after it ends; keys typed before it do', () => {
    const background = newBackground();
    background.type(typeFor(T0, MINUTE));
    const before = typeFor(T0 + MINUTE, SECOND, 200);
    background.apply({ type: 'pause', until: T0 + 11 * MINUTE }, T0 + MINUTE + SECOND);
    background.apply({ type: 'keystrokes', times: before }, T0 + MINUTE + SECOND + 200);
    const typedBeforePause = background.state.history.today.typingMs;
    expect(typedBeforePause).toBe(runModel([...typeFor(T0, MINUTE), ...before]).typedMs);
    const during = typeFor(T0 + 11 * MINUTE - 3 * SECOND, 2 * SECOND, 200);
    background.apply({ type: 'keystrokes', times: during }, T0 + 11 * MINUTE + SECOND);
    expect(background.state.history.today.typingMs).toBe(typedBeforePause);
  });

  it('a report arriving after a break ended, before the next tick, counts one break and keeps the new typing', () => {
    const background = newBackground(settingsWith(), makeTrackerState({ typing: streakState(35 * MINUTE, T0) }));
    background.apply({ type: 'start-break' }, T0 + SECOND);
    const endsAt = T0 + SECOND + 5 * MINUTE;
    const afterwards = typeFor(endsAt + 2 * SECOND, 10 * SECOND, 250);
    background.apply({ type: 'keystrokes', times: afterwards }, endsAt + 12 * SECOND);
    background.apply({ type: 'tick' }, endsAt + 20 * SECOND);
    expect(background.state.history.today.breaksCompleted).toBe(1);
    expect(background.state.breakSession).toMatchObject({ stage: 'ended', how: 'completed' });
    expect(background.popup(endsAt + 20 * SECOND).streakMs).toBe(10 * SECOND - 250 + KEYSTROKE_SLICE_MS);
  });
});

describe('8. every view agrees', () => {
  it('while paused, with other apps counted, the popup\'s streak does not grow while the background\'s does not', () => {
    const background = newBackground(settingsWith({ countOtherApps: true }));
    background.tick(T0, T0 + 5 * MINUTE, true);
    background.apply({ type: 'pause', until: T0 + HOUR }, T0 + 5 * MINUTE);
    background.tick(T0 + 5 * MINUTE + 30 * SECOND, T0 + 10 * MINUTE, true);
    const stored = background.state.typing.streakMs;
    expect(stored).toBe(5 * MINUTE);
    expect(background.popup(T0 + 10 * MINUTE + 25 * SECOND).streakMs).toBe(stored);
  });
});

describe('9. a locked screen where the browser says only "idle" (Firefox)', () => {
  it('idle for the break length ends the streak, with or without other apps counted', () => {
    for (const countOtherApps of [false, true]) {
      const background = newBackground(settingsWith({ countOtherApps }));
      background.type(typeFor(T0, 10 * MINUTE));
      background.apply({ type: 'system-state', state: 'idle' }, T0 + 10 * MINUTE + 15 * SECOND);
      background.tick(T0 + 10 * MINUTE + 30 * SECOND, T0 + 16 * MINUTE);
      background.apply({ type: 'system-state', state: 'active' }, T0 + 30 * MINUTE);
      expect(background.popup(T0 + 30 * MINUTE).streakMs).toBe(0);
      expect(background.state.history.today.breaksNatural).toBe(1);
    }
  });
});
