// What every kind of break is to the cycle (break-cycle.ts): a stage machine with an initial
// state, a check of what storage returns, one step function that takes one input at a time and
// says what happened, and the pull-back after the clock moved back. Like Workrave's BreakControl
// for each of its breaks, but pure, with the clock passed in.

import type { Settings } from '../settings/settings';
import type { TypingState } from '../typing/typing-model';
import { NO_EVENTS, type BreakEvent } from './break-events';
import type { HoldsNow } from './holds';

/** The current day's typing, for the daily limit. */
export interface DayTyping {
  day: string;
  typingMs: number;
}

/** What a kind of break is told, one input at a time, in the order it happened. */
export type KindInput =
  /** The typing model found a micro-pause, completed at `at`. */
  | { type: 'micro-pause'; at: number }
  /** The typing model found a rest, completed at `at`, ending a streak of `streakMs`. */
  | { type: 'rest'; at: number; streakMs: number }
  /** A break taken in the break view ran to its end at `at` (a rest, though not a natural one). */
  | { type: 'break-completed'; at: number }
  /** A report's keystrokes are in: typing went on until `typing.lastActivityAt`. */
  | { type: 'typed'; typing: TypingState }
  /** The person snoozed, logged a glass of water, or a break began. */
  | { type: 'snooze'; typing: TypingState }
  | { type: 'drink'; typing: TypingState }
  | { type: 'start-break'; typing: TypingState }
  /** A look at the clock: what is due now, and whether it goes out, waits or is held. Never during a break. */
  | { type: 'look'; typing: TypingState; holds: HoldsNow; today: DayTyping };

export interface KindStep<S> {
  state: S;
  events: readonly BreakEvent[];
  /** When this kind wants to look again without new input (a nudge waiting for a typing pause), or null. */
  nextCheckAt: number | null;
}

/** A kind's step: its new state, what happened (nothing unless told), and when to look again (not unless told). */
export const kindStep = <S>(state: S, events: readonly BreakEvent[] = NO_EVENTS, nextCheckAt: number | null = null): KindStep<S> => ({ state, events, nextCheckAt });

/** A kind's step from `before`, or null when it changes nothing, says nothing and waits for nothing. */
export const kindStepIfAny = <S>(before: S, after: S, events: readonly BreakEvent[] = NO_EVENTS, nextCheckAt: number | null = null): KindStep<S> | null =>
  after === before && events.length === 0 && nextCheckAt === null ? null : kindStep(after, events, nextCheckAt);

export interface BreakKind<S> {
  initial: S;
  /** The inputs it acts on: the cycle hands it no others. */
  takes: readonly KindInput['type'][];
  isState: (value: unknown) => value is S;
  /** Null when the input changes nothing and nothing happened: most inputs, and the hot path stays lean. */
  step: (state: S, input: KindInput, settings: Settings, now: number) => KindStep<S> | null;
  /** After the clock moved back: no time in the state lies ahead of `now`. The same state when none does. */
  pullBack: (state: S, now: number) => S;
}
