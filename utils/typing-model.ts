// The typing model: turns keystroke times from every tab and frame into typing time,
// the current streak and rests. Pure functions; the clock and the settings are passed in.
//
// Definitions (the README repeats them; tests hold the model to them):
// - Keystroke: a trusted, non-repeat keydown; only its time reaches the model.
// - Slice: each keystroke at time t covers [t, t + KEYSTROKE_SLICE_MS). An isolated keystroke
//   therefore counts as one slice of typing.
// - Run: keystrokes whose consecutive times (all sources merged in time order) are closer than
//   the typing gap. A run covers everything from its first keystroke to its last keystroke's
//   slice end, so typing time is the measure of the union of runs: two tabs typed in at the
//   same moment cover the same instants and count once.
// - Pause: time between runs. A pause shorter than the break length stops the clock but keeps
//   the streak; a pause of at least the break length is a rest.
// - Rest: no typing for at least the break length, measured from the end of the last slice.
//   A rest completes at that end plus the break length and resets the streak. A locked screen,
//   a sleeping computer and a closed browser are rests by this same rule when they last that
//   long, because no keystroke happens during them (their time shows up as a gap in the clock).
// - Streak: typing time since the last rest (or since install).
// - Active time: wall time from a run's start to its end, plus pauses shorter than the break
//   length; rests are not active time. Hydration nudges count it.
// - Late and out-of-order keystrokes: a keystroke earlier than one already counted only adds
//   what it covers beyond the counted coverage (usually nothing), so a late report never counts
//   twice. One more than CLOCK_SKEW_TOLERANCE_MS earlier means the wall clock moved back:
//   coverage restarts from it, never negative and never counted twice.
// - Paused tracking: keystrokes while paused keep the coverage moving (so a pause spent typing
//   is not mistaken for a rest) but add no typing time.
// - Other apps (optional): while the system reports the user active, the span up to each
//   observation counts as typing; when it reports idle, activity ended SYSTEM_IDLE_DETECTION_MS
//   before the report.

import { MINUTE, SECOND } from './time';
import type { Settings } from './settings';

export const KEYSTROKE_SLICE_MS = SECOND;
export const CLOCK_SKEW_TOLERANCE_MS = 60 * SECOND;
/** The idle API's detection interval (its minimum): input within it means 'active'. */
export const SYSTEM_IDLE_DETECTION_MS = 15 * SECOND;

export type SystemState = 'active' | 'idle' | 'locked';

export interface TypingState {
  /** Time of the latest activity counted (a keystroke, or the end of system activity). */
  lastActivityAt: number | null;
  /** End of all typing coverage so far; nothing before it can be counted again. */
  coveredUntil: number;
  /** Typing time since the last rest. */
  streakMs: number;
  /** Start of the current streak's first run; null when there is no streak. Identifies the streak. */
  streakStartedAt: number | null;
  /** Total active time since install; only grows. Hydration compares it with its value at a drink. */
  activeMs: number;
  /** Since when the system has reported the user active (other-apps counting only). */
  systemActiveSince: number | null;
}

export const INITIAL_TYPING_STATE: Readonly<TypingState> = Object.freeze({
  lastActivityAt: null,
  coveredUntil: 0,
  streakMs: 0,
  streakStartedAt: null,
  activeMs: 0,
  systemActiveSince: null,
});

/** What one step of the model changed, for the day totals and the nudges. */
export interface TypingStep {
  state: TypingState;
  /** The newly counted typing interval, if any. */
  typed: { start: number; end: number } | null;
  /** The rests completed in this step (at most one per activity). */
  rests: Rest[];
}

export interface Rest {
  /** When the rest completed (break length after typing stopped). */
  at: number;
  /** The streak it ended. */
  endedStreakMs: number;
}

export type ModelSettings = Pick<Settings, 'typingGapSec' | 'breakLengthMin' | 'countOtherApps'>;

const breakLengthMs = (settings: ModelSettings) => settings.breakLengthMin * MINUTE;
const typingGapMs = (settings: ModelSettings) => settings.typingGapSec * SECOND;

/** Ends the streak: a rest completed at `at`. */
export function applyRest(state: TypingState, at: number): { state: TypingState; rest: Rest } {
  return {
    state: { ...state, streakMs: 0, streakStartedAt: null },
    rest: { at, endedStreakMs: state.streakMs },
  };
}

const NO_CHANGE = (state: TypingState): TypingStep => ({ state, typed: null, rests: [] });

/**
 * Adds activity covering [start, end), last active at `lastAt`. A keystroke at t is
 * [t, t + slice) last active at t; system activity is a span last active at its end.
 */
function addActivity(
  state: TypingState,
  start: number,
  end: number,
  lastAt: number,
  settings: ModelSettings,
  counted: boolean,
): TypingStep {
  let current = state;
  if (current.lastActivityAt !== null && start < current.lastActivityAt - CLOCK_SKEW_TOLERANCE_MS) {
    current = { ...current, lastActivityAt: start, coveredUntil: start };
  }
  if (end <= current.coveredUntil) return NO_CHANGE(current);

  const rests: Rest[] = [];
  const pause = start - current.coveredUntil;
  const isFirstActivity = current.lastActivityAt === null;
  if (!isFirstActivity && current.streakStartedAt !== null && pause >= breakLengthMs(settings)) {
    const rested = applyRest(current, current.coveredUntil + breakLengthMs(settings));
    current = rested.state;
    rests.push(rested.rest);
  }
  const joined = !isFirstActivity && start - (current.lastActivityAt as number) < typingGapMs(settings);
  const from = joined ? current.coveredUntil : Math.max(start, current.coveredUntil);
  const presentFrom = !isFirstActivity && pause < breakLengthMs(settings) ? current.coveredUntil : from;
  // One object literal per step: this runs for every keystroke, and spreads cost far more here.
  return {
    state: {
      lastActivityAt: Math.max(lastAt, current.lastActivityAt ?? lastAt),
      coveredUntil: end,
      streakMs: counted ? current.streakMs + (end - from) : current.streakMs,
      streakStartedAt: counted ? (current.streakStartedAt ?? from) : current.streakStartedAt,
      activeMs: counted ? current.activeMs + (end - presentFrom) : current.activeMs,
      systemActiveSince: current.systemActiveSince,
    },
    typed: counted ? { start: from, end } : null,
    rests,
  };
}

/** Folds one keystroke time into the model. `counted` is false while tracking is paused. */
export function recordKeystroke(state: TypingState, at: number, settings: ModelSettings, counted = true): TypingStep {
  return addActivity(state, at, at + KEYSTROKE_SLICE_MS, at, settings, counted);
}

/** Completes a rest once the break length has passed since the last slice ended. */
function completeElapsedRest(step: TypingStep, now: number, settings: ModelSettings): TypingStep {
  const { state } = step;
  if (state.streakStartedAt === null || now - state.coveredUntil < breakLengthMs(settings)) return step;
  const rested = applyRest(state, state.coveredUntil + breakLengthMs(settings));
  return { state: rested.state, typed: step.typed, rests: [...step.rests, rested.rest] };
}

/** Counts system activity from when it began (or the coverage end) up to `until`. */
function addSystemActivity(state: TypingState, until: number, settings: ModelSettings, counted: boolean): TypingStep {
  if (state.systemActiveSince === null || until <= state.systemActiveSince) return NO_CHANGE(state);
  return addActivity(state, Math.max(state.systemActiveSince, state.coveredUntil), until, until, settings, counted);
}

/** Advances the model to `now` without new keystrokes: counts ongoing system activity, completes an elapsed rest. */
export function observe(state: TypingState, now: number, settings: ModelSettings, counted = true): TypingStep {
  const step = settings.countOtherApps ? addSystemActivity(state, now, settings, counted) : NO_CHANGE(state);
  return completeElapsedRest(step, now, settings);
}

/** Feeds a system idle-state change (the idle API) into the model. */
export function changeSystemState(
  state: TypingState,
  systemState: SystemState,
  now: number,
  settings: ModelSettings,
  counted = true,
): TypingStep {
  if (!settings.countOtherApps) return observe({ ...state, systemActiveSince: null }, now, settings, counted);
  if (systemState === 'active') {
    const observed = observe(state, now, settings, counted);
    return { ...observed, state: { ...observed.state, systemActiveSince: observed.state.systemActiveSince ?? now } };
  }
  const activeUntil = systemState === 'idle' ? now - SYSTEM_IDLE_DETECTION_MS : now;
  const step = addSystemActivity(state, activeUntil, settings, counted);
  return completeElapsedRest({ ...step, state: { ...step.state, systemActiveSince: null } }, now, settings);
}
