// Taking a break in the break view: a stage machine.
//
//   none | ended --"Start break"--> running --its time is up, or "Break done"--> ended (completed)
//                                   running --"End early"--> ended (ended early)
//                                   running --typing past half its length--> ended (typed through)
//
// Typing during a break holds its countdown (as Workrave's does): the break, and the exercise on,
// go on once typing stops, so the rest it gives is still its full length. Once the typing adds up
// to more than half the break's length, the break is typed through: it ends there, is no rest, and
// counts as its own thing (day-counts.ts). While a break runs, the exercises move on with "Next"
// and "Skip", and the cycle offers no nudge. A keystroke typed past the break's end closes it at
// its end first, so typing after a break counts toward the new streak. The ended stage remembers
// how the latest break ended, for the break view. All data deleted drops a running break. Pure.

import { MINUTE } from '../helpers/time';
import type { Settings } from '../settings/settings';
import type { TypingState } from '../typing/typing-model';
import { allReportedBy } from '../typing/report-latency';
import { conformsTo, isBetween, isListOf, type Shape } from '../helpers/stored-shape';
import { NO_EVENTS, type BreakEvent } from './break-events';
import { holdGuide, isGuideState, MAX_BREAK_MS, moveOn, planGuide, skipStep, type GuideState } from './guided-break';

/** The most tabs a break mutes: more than any window holds. */
const MAX_MUTED_TABS = 500;

export interface BreakSession {
  startedAt: number;
  /** When the break ends: its length after it started, and later by every moment of typing that held it. */
  endsAt: number;
  /** The typing during the break, which held its countdown: the break's length is `endsAt - startedAt - typedMs`. */
  typedMs: number;
  /** The exercises that fill the break, and where the person stands in them. */
  guide: GuideState;
  /** Tabs muted for the break (with "mute tabs during a break" on), to unmute exactly those after it. */
  mutedTabIds: number[];
}

export type RunningBreak = { stage: 'running' } & BreakSession;

export type BreakState =
  | { stage: 'none' }
  | RunningBreak
  | { stage: 'ended'; how: EndedHow; startedAt: number; endedAt: number };

/** How a break from the break view ended, as the break view remembers it. */
type EndedHow = 'completed' | 'ended-early' | 'typed-through';

/** A break is typed through once the typing during it passes this share of its length. */
export const TYPED_THROUGH_SHARE = 0.5;

/** The longest span a break can cover: the longest length, held by typing up to the typed-through share. */
const MAX_BREAK_SPAN_MS = MAX_BREAK_MS * (1 + TYPED_THROUGH_SHARE);

export const NO_BREAK: BreakState = Object.freeze({ stage: 'none' });

export type BreakInput =
  | { type: 'start'; recentExercises: readonly string[] }
  /** The person ends the break: early while it runs, done once its time is up. */
  | { type: 'end' }
  /** A keystroke at `at` and the typing it made, from `start` to `end` (the typing model's piece): it holds the countdown. */
  | { type: 'keystroke'; at: number; start: number; end: number }
  /** The clock (or a keystroke's time): a break whose time is up is complete. */
  | { type: 'look' }
  | { type: 'next-exercise' | 'skip-exercise' }
  /** All data deleted. */
  | { type: 'cancel' };

export interface BreakStep {
  state: BreakState;
  events: readonly BreakEvent[];
}

const unchanged = (state: BreakState): BreakStep => ({ state, events: NO_EVENTS });

const RUNNING_SHAPE: Shape<BreakSession> = {
  startedAt: 'time',
  endsAt: 'time',
  typedMs: 'duration',
  guide: isGuideState,
  mutedTabIds: isListOf((id) => Number.isInteger(id), MAX_MUTED_TABS),
};
const ENDED_SHAPE: Shape<{ how: string; startedAt: number; endedAt: number }> = {
  how: (how) => how === 'completed' || how === 'ended-early' || how === 'typed-through',
  startedAt: 'time',
  endedAt: 'time',
};

/** Whether a break's length from `from` to `to` is one a break can have: not backwards, not longer than the longest. */
export const isBreakSpan = (from: number, to: number) => isBetween(to - from, 0, MAX_BREAK_MS);

/** The break's own length: its span less the typing that held it. */
const lengthOf = (session: BreakSession) => session.endsAt - session.startedAt - session.typedMs;

/** Whether a value read from storage is a break state, whose every span is one a break can have. */
export function isBreakState(value: unknown): value is BreakState {
  const stage = (value as { stage?: unknown } | null)?.stage;
  if (stage === 'none') return conformsTo(value, {});
  if (stage === 'running') return conformsTo(value, RUNNING_SHAPE) && isBreakSpan(0, lengthOf(value)) && value.typedMs <= lengthOf(value) * TYPED_THROUGH_SHARE;
  return stage === 'ended' && conformsTo(value, ENDED_SHAPE) && isBetween(value.endedAt - value.startedAt, 0, MAX_BREAK_SPAN_MS);
}

export const runningBreak = (state: BreakState): RunningBreak | null => (state.stage === 'running' ? state : null);

/** A new break from `now`, for the break length, its exercises put after those of the last break. */
function newBreak(settings: Pick<Settings, 'breakLengthMin'>, now: number, recentExercises: readonly string[]): RunningBreak {
  const lengthMs = settings.breakLengthMin * MINUTE;
  return { stage: 'running', startedAt: now, endsAt: now + lengthMs, typedMs: 0, guide: planGuide(lengthMs, now, recentExercises), mutedTabIds: [] };
}

const closed = (running: RunningBreak, how: EndedHow, endedAt: number): BreakStep => ({
  state: { stage: 'ended', how, startedAt: running.startedAt, endedAt },
  events: [{ type: 'break-ended', how, at: endedAt, mutedTabIds: running.mutedTabIds }],
});

/** The break closed at `at`: completed at its end once that has come, else ended early. */
const endAt = (running: RunningBreak, at: number): BreakStep => (at >= running.endsAt ? closed(running, 'completed', running.endsAt) : closed(running, 'ended-early', at));

/**
 * Typing from `start` to `end` during the break holds it for as long: the break and the exercise
 * on end that much later. A keystroke typed before the break began holds nothing. Past the
 * typed-through share of its length, the break ends as typed through, when that typing ends.
 */
function holdFor(running: RunningBreak, { at, start, end }: { at: number; start: number; end: number }): BreakStep {
  const from = Math.max(start, running.startedAt);
  if (at < running.startedAt || end <= from || from >= running.endsAt) return unchanged(running);
  const heldMs = end - from;
  const typedMs = running.typedMs + heldMs;
  if (typedMs > lengthOf(running) * TYPED_THROUGH_SHARE) return closed(running, 'typed-through', end);
  return unchanged({ ...running, typedMs, endsAt: running.endsAt + heldMs, guide: holdGuide(running.guide, from, heldMs) });
}

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
      return holdFor(state, input);
    case 'next-exercise':
    case 'skip-exercise':
      return unchanged({ ...state, guide: (input.type === 'next-exercise' ? moveOn : skipStep)(state.guide, now) });
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
  return { ...newBreak(settings, now, []), mutedTabIds: state.mutedTabIds };
}

/**
 * Where the break's countdown stands at `now`, as the break view shows it: held (at the end of
 * the typing known so far) while typing during the break may still be going on, since its report
 * is still on its way; else at `now`.
 */
export function breakClockAt(running: RunningBreak, typing: Pick<TypingState, 'lastActivityAt' | 'coveredUntil' | 'slowReportsUntil'>, now: number): { at: number; held: boolean } {
  const typedDuring = typing.lastActivityAt !== null && typing.lastActivityAt >= running.startedAt;
  const held = typedDuring && now < allReportedBy(typing, typing.coveredUntil) && now < running.endsAt;
  return { at: held ? Math.min(now, typing.coveredUntil) : now, held };
}
