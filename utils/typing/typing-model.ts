// The typing model: turns keystroke times from every tab and frame into typing time,
// the current streak and rests. Pure functions; the clock and the settings are passed in.
//
// Definitions (the README repeats them; tests hold the model to them):
// - Keystroke: a trusted, non-repeat keydown; only its time reaches the model. Slice: a keystroke
//   at t covers [t, t + KEYSTROKE_SLICE_MS), so an isolated keystroke counts as one slice.
// - Run: keystrokes closer than the typing gap, all sources merged in time order; it covers its
//   first keystroke to its last slice's end, and typing time is the measure of the union of runs:
//   two tabs typed in at the same moment count once.
// - Pause: time between runs; shorter than the break length it stops the clock, keeps the streak.
// - Rest: no typing for at least the break length after the last slice; it completes then and
//   resets the streak. A locked screen, a sleeping computer and a closed browser are rests by this
//   rule when they last that long: no keystroke happens during them.
// - Streak: typing time since the last rest. Micro-pause: no typing for the micro-pause length (a
//   rest is one too); it ends the micro-streak, the typing the micro-pause prompt counts.
// - Active time: from a run's start to its end, plus pauses shorter than the break length.
// - Late keystrokes: one earlier than what is counted adds only what it covers beyond the counted
//   coverage, so a late or repeated report never counts twice, however late.
// - Clock moved back: decided from the background's clock. When the coverage lies ahead of `now`,
//   it restarts just before it (typing counts on; a real rest still ends the streak); after the
//   clock had run ahead further than a late report reaches back, the span before the restart was
//   never counted, and a late report's keystrokes from it count when they come.
// - Rests and micro-pauses complete only once no late report can interrupt them (report-latency.ts).
// - Paused: keystrokes keep the coverage moving (no rest is invented) but add no typing time.
// - Other apps (optional): activity the system reports, folded in as typing (system-activity.ts).

import { MINUTE, SECOND } from '../helpers/time';
import { MAX_CLOCK_SKEW_MS, MAX_KEYSTROKE_AGE_MS, REPORT_LATENCY_MS } from './activity-timing';
import { allReportedBy } from './report-latency';
import type { Settings } from '../settings/settings';

export const KEYSTROKE_SLICE_MS = SECOND;
/** Coverage further ahead of the background's clock than this means the clock moved back. */
const CLOCK_BACK_TOLERANCE_MS = KEYSTROKE_SLICE_MS + MAX_CLOCK_SKEW_MS;
export interface TypingState {
  /** Time of the latest activity counted (a keystroke, or the end of system activity). */
  lastActivityAt: number | null;
  /** End of all typing coverage so far; nothing before it can be counted again. */
  coveredUntil: number;
  /** Typing time since the last rest. */
  streakMs: number;
  /** Start of the current streak's first run; null when there is no streak. Identifies the streak. */
  streakStartedAt: number | null;
  /** Typing time since the last micro-pause or rest. */
  microStreakMs: number;
  /** Start of the current micro-streak; null when there is none. Identifies it. */
  microStreakStartedAt: number | null;
  /** Total active time since install; only grows. Hydration compares it with its value at a drink. */
  activeMs: number;
  /** When the system was last observed active (other-apps counting only); null when idle or unknown. */
  systemActiveAt: number | null;
  /**
   * After the clock was set back: the span before the restarted coverage that was never counted,
   * where a late report's keystrokes still count (once: `from` moves past what they cover), and the
   * latest of them (`lastAt`), which the next joins as a run; null otherwise.
   */
  uncounted: { from: number; until: number; lastAt: number | null } | null;
  /** Keystrokes typed before this time may arrive up to SLOW_REPORT_LATENCY_MS late: their tabs were told they may report slowly. */
  slowReportsUntil: number;
}

export const INITIAL_TYPING_STATE: Readonly<TypingState> = Object.freeze({
  lastActivityAt: null,
  coveredUntil: 0,
  streakMs: 0,
  streakStartedAt: null,
  microStreakMs: 0,
  microStreakStartedAt: null,
  activeMs: 0,
  systemActiveAt: null,
  uncounted: null,
  slowReportsUntil: 0,
});

/** What one step of the model changed, for the day totals and the nudges. */
export interface TypingStep {
  state: TypingState;
  /** The newly counted typing interval, if any. */
  typed: { start: number; end: number } | null;
  /** The rests completed in this step (at most one per activity). */
  rests: readonly Rest[];
  /** When each micro-pause completed in this step (the micro-pause length after typing stopped). */
  microPauses: readonly number[];
}

export interface Rest {
  /** When the rest completed (break length after typing stopped). */
  at: number;
  /** The streak it ended. */
  endedStreakMs: number;
}

export type ModelSettings = Pick<Settings, 'typingGapSec' | 'breakLengthMin' | 'microPauseLengthSec' | 'countOtherApps'>;

const breakLengthMs = (settings: ModelSettings) => settings.breakLengthMin * MINUTE;
const typingGapMs = (settings: ModelSettings) => settings.typingGapSec * SECOND;
const microPauseMs = (settings: ModelSettings) => settings.microPauseLengthSec * SECOND;
/** Most steps end no rest and no micro-pause: shared empty lists spare allocations per keystroke. */
const NO_RESTS: readonly Rest[] = [];
const NO_MICRO_PAUSES: readonly number[] = [];

/** Ends the streak: a rest completed at `at`. */
export function applyRest(state: TypingState, at: number): { state: TypingState; rest: Rest } {
  return {
    state: { ...state, streakMs: 0, streakStartedAt: null, microStreakMs: 0, microStreakStartedAt: null },
    rest: { at, endedStreakMs: state.streakMs },
  };
}

export const NO_CHANGE = (state: TypingState): TypingStep => ({ state, typed: null, rests: NO_RESTS, microPauses: NO_MICRO_PAUSES });

/**
 * Adds activity covering [start, end), last active at `lastAt`. A keystroke at t is
 * [t, t + slice) last active at t; system activity is a span last active at its end.
 */
export function addActivity(
  state: TypingState,
  start: number,
  end: number,
  lastAt: number,
  settings: ModelSettings,
  counted: boolean,
): TypingStep {
  let current = state;
  if (end <= current.coveredUntil) return current.uncounted === null ? NO_CHANGE(current) : addUncounted(current, start, end, settings, counted);

  let rests = NO_RESTS;
  let microPauses = NO_MICRO_PAUSES;
  const pause = start - current.coveredUntil;
  const isFirstActivity = current.lastActivityAt === null;
  if (!isFirstActivity && current.microStreakStartedAt !== null && pause >= microPauseMs(settings)) {
    microPauses = [current.coveredUntil + microPauseMs(settings)];
    current = { ...current, microStreakMs: 0, microStreakStartedAt: null };
  }
  if (!isFirstActivity && current.streakStartedAt !== null && pause >= breakLengthMs(settings)) {
    const rested = applyRest(current, current.coveredUntil + breakLengthMs(settings));
    current = rested.state;
    rests = [rested.rest];
  }
  const joined = !isFirstActivity && start - (current.lastActivityAt as number) < typingGapMs(settings);
  const from = joined ? current.coveredUntil : Math.max(start, current.coveredUntil);
  const presentFrom = !isFirstActivity && pause < breakLengthMs(settings) ? current.coveredUntil : from;
  // A micro-streak begun by a micro-pause begins after it, even when the typing gap joins the pause to typing.
  const microFrom = current.microStreakStartedAt === null && pause >= microPauseMs(settings) ? Math.max(start, current.coveredUntil) : from;
  // One object literal per step: this runs for every keystroke, and spreads cost far more here.
  return {
    state: {
      lastActivityAt: Math.max(lastAt, current.lastActivityAt ?? lastAt),
      coveredUntil: end,
      streakMs: counted ? current.streakMs + (end - from) : current.streakMs,
      streakStartedAt: counted ? (current.streakStartedAt ?? from) : current.streakStartedAt,
      microStreakMs: counted ? current.microStreakMs + (end - microFrom) : current.microStreakMs,
      microStreakStartedAt: counted ? (current.microStreakStartedAt ?? microFrom) : current.microStreakStartedAt,
      activeMs: counted ? current.activeMs + (end - presentFrom) : current.activeMs,
      systemActiveAt: current.systemActiveAt,
      uncounted: current.uncounted,
      slowReportsUntil: current.slowReportsUntil,
    },
    typed: counted ? { start: from, end } : null,
    rests,
    microPauses,
  };
}

/**
 * Activity covering [start, end) inside the span a clock set back left uncounted: it counts as
 * typing of the streak, once, and a run with the late keystroke before it; it moves no coverage,
 * completes no rest and no micro-pause (the coverage after the span says what came after it).
 */
function addUncounted(state: TypingState, start: number, end: number, settings: ModelSettings, counted: boolean): TypingStep {
  const { from, until, lastAt } = state.uncounted as NonNullable<TypingState['uncounted']>;
  const pieceFrom = lastAt !== null && start - lastAt < typingGapMs(settings) ? from : Math.max(start, from);
  const pieceEnd = Math.min(end, until);
  if (pieceEnd <= pieceFrom) return NO_CHANGE(state);
  const ms = counted ? pieceEnd - pieceFrom : 0;
  const uncounted = pieceEnd >= until ? null : { from: pieceEnd, until, lastAt: start };
  return {
    state: {
      ...state,
      streakMs: state.streakMs + ms,
      streakStartedAt: state.streakStartedAt ?? pieceFrom,
      microStreakMs: state.microStreakMs + ms,
      microStreakStartedAt: state.microStreakStartedAt ?? pieceFrom,
      activeMs: state.activeMs + ms,
      uncounted,
    },
    typed: counted ? { start: pieceFrom, end: pieceEnd } : null,
    rests: NO_RESTS,
    microPauses: NO_MICRO_PAUSES,
  };
}

/** Folds one keystroke time into the model. `counted` is false while tracking is paused. */
export function recordKeystroke(state: TypingState, at: number, settings: ModelSettings, counted = true): TypingStep {
  return addActivity(state, at, at + KEYSTROKE_SLICE_MS, at, settings, counted);
}

/**
 * Restarts the coverage just before `now` when it lies ahead of it: the clock moved back. The
 * streak goes on; the next keystroke is not joined to the old coverage, so nothing is invented.
 * When the clock had run further ahead than a late report can reach back (MAX_KEYSTROKE_AGE_MS),
 * everything counted lies ahead of that span: it was never counted, and the keystrokes a late
 * report holds from it count when they come. (After a smaller correction the span may hold typing
 * already counted, which must not count again.)
 */
export function alignToClock(state: TypingState, now: number, settings: ModelSettings): TypingState {
  if (state.coveredUntil <= now + CLOCK_BACK_TOLERANCE_MS) return state;
  const restart = now - REPORT_LATENCY_MS;
  return {
    ...state,
    coveredUntil: restart,
    lastActivityAt: Math.min(state.lastActivityAt ?? restart, restart - typingGapMs(settings)),
    systemActiveAt: null,
    uncounted: state.coveredUntil - now > MAX_KEYSTROKE_AGE_MS ? { from: now - MAX_KEYSTROKE_AGE_MS, until: restart, lastAt: null } : null,
  };
}

/** When the rest after the current coverage completes: the break length after it, once no late report can still interrupt it. */
export function restCompletesAt(state: TypingState, settings: ModelSettings): number | null {
  return state.streakStartedAt === null ? null : allReportedBy(state, state.coveredUntil + breakLengthMs(settings));
}

/** When the micro-pause after the current coverage completes, once no late report can interrupt it. */
export function microPauseCompletesAt(state: TypingState, settings: ModelSettings): number | null {
  return state.microStreakStartedAt === null ? null : allReportedBy(state, state.coveredUntil + microPauseMs(settings));
}

/** Completes a micro-pause and then a rest once they can no longer be interrupted, each dated its length after the last slice. */
export function completeElapsedRest(step: TypingStep, now: number, settings: ModelSettings): TypingStep {
  let { state, microPauses } = step;
  const microCompletesAt = microPauseCompletesAt(state, settings);
  if (microCompletesAt !== null && now >= microCompletesAt) {
    microPauses = [...microPauses, state.coveredUntil + microPauseMs(settings)];
    state = { ...state, microStreakMs: 0, microStreakStartedAt: null };
  }
  const completesAt = restCompletesAt(state, settings);
  if (completesAt === null || now < completesAt) return microPauses === step.microPauses ? step : { ...step, state, microPauses };
  const rested = applyRest(state, state.coveredUntil + breakLengthMs(settings));
  return { state: rested.state, typed: step.typed, rests: [...step.rests, rested.rest], microPauses };
}

/**
 * Advances the model to `now` without new input: completes an elapsed rest. Other-app activity
 * is counted only where the system was observed (changeSystemState): any other event says nothing
 * about whether the system is still active.
 */
export function observe(state: TypingState, now: number, settings: ModelSettings): TypingStep {
  return completeElapsedRest(NO_CHANGE(state), now, settings);
}
