// The tracker's state (everything Handrest keeps, but the settings), what goes into one step (a
// report, an action, a tick, an idle change) and what comes out of it (the events, each nudge
// with what it suggests). store/stored-state.ts maps the state onto storage items.

import { INITIAL_TYPING_STATE, type TypingState } from '../typing/typing-model';
import type { SystemState } from '../typing/system-activity';
import type { KeystrokeReport } from '../typing/activity-timing';
import { INITIAL_CYCLE_STATE, type BreakCycleState } from '../breaks/break-cycle';
import { NO_BREAK, type BreakState } from '../breaks/break-session';
import type { BreakEvent } from '../breaks/break-events';
import { INITIAL_QUIET_STATE, type QuietSignals, type QuietState } from '../breaks/quiet-time';
import type { History } from '../days/history';
import { emptyDay } from '../days/day-totals';
import type { Tip } from '../content/tips';
import type { Exercise } from '../content/exercises';
import type { UserAction } from '../protocol/messages';

export interface TrackerState {
  typing: TypingState;
  /** The break cycle: the holds and where each kind of break stands. */
  nudges: BreakCycleState;
  history: History;
  /** The break being taken in the break view, or how the latest one ended. */
  breakSession: BreakState;
  /** Ids of the tips shown most recently (notifications and popup), oldest first. */
  recentTips: string[];
  /** The exercises of the latest guided break: the next break puts them last. */
  recentExercises: string[];
  quiet: QuietState;
}

export const INITIAL_TRACKER_STATE: Readonly<TrackerState> = Object.freeze({
  typing: INITIAL_TYPING_STATE,
  nudges: INITIAL_CYCLE_STATE,
  history: { today: emptyDay(''), past: [] },
  breakSession: NO_BREAK,
  recentTips: [],
  recentExercises: [],
  quiet: INITIAL_QUIET_STATE,
});

export type TrackerInput =
  | KeystrokeReport
  | UserAction
  /** A look at the clock; the background adds what the browser shows about quiet time and, if asked, the system's state. */
  | { type: 'tick'; signals?: QuietSignals; system?: SystemState }
  | { type: 'system-state'; state: SystemState };

/**
 * What a nudge suggests: a tip, or for a micro-pause, which asks for hands off the keys, the short
 * exercise the popup shows for it too.
 */
export type Suggestion = { tip: Tip } | { exercise: Exercise };

/** A nudge that went out, with what it suggests. */
export type ShownNudge = Extract<BreakEvent, { type: 'nudge-shown' }> & { suggestion: Suggestion };

/** What happened in one step, for the shell to act on: the cycle's events, each nudge with its suggestion. */
export type TrackerEvent = Exclude<BreakEvent, { type: 'nudge-shown' }> | ShownNudge;

export interface TrackerResult {
  state: TrackerState;
  events: readonly TrackerEvent[];
  /** When to look again even if nothing happens: a nudge released at a pause, a rest completing, a break ending. */
  nextCheckAt: number | null;
}
