// Taking a break in the break view: a stage machine.
//
//   none | ended --"Start break"--> running --its time is up, or "Break done"--> ended (completed)
//                                   running --"End early"--> ended (ended early)
//
// While a break runs, typing is noted (not punished), the exercises move on with "Next" and
// "Skip", and the cycle offers no nudge. A keystroke typed past the break's end closes it at its
// end first, so typing after a break counts toward the new streak. The ended stage remembers how
// the latest break ended, for the break view. All data deleted drops a running break. Pure.

import { MINUTE } from '../helpers/time';
import type { Settings } from '../settings/settings';
import { conformsTo, isBetween, isListOf, type Shape } from '../helpers/stored-shape';
import { NO_EVENTS, type BreakEvent } from './break-events';
import { isGuideState, MAX_BREAK_MS, moveOn, planGuide, skipStep, type GuideState } from './guided-break';

/** The most tabs a break mutes: more than any window holds. */
const MAX_MUTED_TABS = 500;

export interface BreakSession {
  startedAt: number;
  endsAt: number;
  /** Whether typing happened during the break (noted, not punished). */
  typedDuring: boolean;
  /** The exercises that fill the break, and where the person stands in them. */
  guide: GuideState;
  /** Tabs muted for the break (with "mute tabs during a break" on), to unmute exactly those after it. */
  mutedTabIds: number[];
}

export type RunningBreak = { stage: 'running' } & BreakSession;

export type BreakState =
  | { stage: 'none' }
  | RunningBreak
  | { stage: 'ended'; how: 'completed' | 'ended-early'; startedAt: number; endedAt: number };

export const NO_BREAK: BreakState = Object.freeze({ stage: 'none' });

export type BreakInput =
  | { type: 'start'; recentExercises: readonly string[] }
  /** The person ends the break: early while it runs, done once its time is up. */
  | { type: 'end' }
  | { type: 'keystroke'; at: number }
  /** The clock: a break whose time is up is complete. */
  | { type: 'look' }
  | { type: 'next-exercise' | 'skip-exercise' }
  /** All data deleted. */
  | { type: 'cancel' };

export interface BreakStep {
  state: BreakState;
  events: readonly BreakEvent[];
}

const RUNNING_SHAPE: Shape<BreakSession> = {
  startedAt: 'time',
  endsAt: 'time',
  typedDuring: 'boolean',
  guide: isGuideState,
  mutedTabIds: isListOf((id) => Number.isInteger(id), MAX_MUTED_TABS),
};
const ENDED_SHAPE: Shape<{ how: string; startedAt: number; endedAt: number }> = {
  how: (how) => how === 'completed' || how === 'ended-early',
  startedAt: 'time',
  endedAt: 'time',
};

/** Whether a break from `from` to `to` is one a break can be: not backwards, not longer than the longest. */
export const isBreakSpan = (from: number, to: number) => isBetween(to - from, 0, MAX_BREAK_MS);

/** Whether a value read from storage is a break state, whose every span is one a break can have. */
export function isBreakState(value: unknown): value is BreakState {
  const stage = (value as { stage?: unknown } | null)?.stage;
  if (stage === 'none') return conformsTo(value, {});
  if (stage === 'running') return conformsTo(value, RUNNING_SHAPE) && isBreakSpan(value.startedAt, value.endsAt);
  return stage === 'ended' && conformsTo(value, ENDED_SHAPE) && isBreakSpan(value.startedAt, value.endedAt);
}

export const runningBreak = (state: BreakState): RunningBreak | null => (state.stage === 'running' ? state : null);

/** A new break from `now`, for the break length, its exercises put after those of the last break. */
function newBreak(settings: Pick<Settings, 'breakLengthMin'>, now: number, recentExercises: readonly string[]): RunningBreak {
  const lengthMs = settings.breakLengthMin * MINUTE;
  return { stage: 'running', startedAt: now, endsAt: now + lengthMs, typedDuring: false, guide: planGuide(lengthMs, now, recentExercises), mutedTabIds: [] };
}

/** The break closed at `at`: completed at its end once that has come, else ended early. */
function endAt(running: RunningBreak, at: number): BreakStep {
  const how = at >= running.endsAt ? 'completed' : 'ended-early';
  const endedAt = how === 'completed' ? running.endsAt : at;
  return { state: { stage: 'ended', how, startedAt: running.startedAt, endedAt }, events: [{ type: 'break-ended', how, at: endedAt, mutedTabIds: running.mutedTabIds }] };
}

const unchanged = (state: BreakState): BreakStep => ({ state, events: NO_EVENTS });

export function stepBreak(state: BreakState, input: BreakInput, settings: Pick<Settings, 'breakLengthMin'>, now: number): BreakStep {
  if (input.type === 'start') {
    return state.stage === 'running' ? unchanged(state) : { state: newBreak(settings, now, input.recentExercises), events: [{ type: 'break-started', at: now }] };
  }
  if (state.stage !== 'running') return unchanged(state);
  switch (input.type) {
    case 'end':
      return endAt(state, now);
    case 'look':
      return now >= state.endsAt ? endAt(state, now) : unchanged(state);
    case 'keystroke':
      if (input.at >= state.endsAt) return endAt(state, state.endsAt);
      return input.at >= state.startedAt && !state.typedDuring ? unchanged({ ...state, typedDuring: true }) : unchanged(state);
    case 'next-exercise':
    case 'skip-exercise':
      return unchanged({ ...state, guide: (input.type === 'next-exercise' ? moveOn : skipStep)(state.guide, now, state.endsAt) });
    case 'cancel':
      return { state: NO_BREAK, events: [{ type: 'break-ended', how: 'cancelled', at: now, mutedTabIds: state.mutedTabIds }] };
  }
}

/** The break with the ids of the tabs muted as it started. */
export function withMutedTabs(state: BreakState, mutedTabIds: number[]): BreakState {
  return state.stage === 'running' ? { ...state, mutedTabIds } : state;
}

/** A break that began ahead of the clock (it moved back) begins now, afresh, and lasts the break length. */
export function pullBreakBack(state: BreakState, settings: Pick<Settings, 'breakLengthMin'>, now: number): BreakState {
  if (state.stage !== 'running' || state.startedAt <= now) return state;
  return { ...newBreak(settings, now, []), typedDuring: state.typedDuring, mutedTabIds: state.mutedTabIds };
}
