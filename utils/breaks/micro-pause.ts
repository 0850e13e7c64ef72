// The micro-pause prompt, for each micro-streak (the typing since the last micro-pause): a stage machine.
//
//   counting --"micro-pause after" of typing since the last micro-pause or prompt--> due
//   due --offered at a typing pause--> asked      due --quiet time--> counting (skipped, counted as held)
//   asked --a micro-pause, a rest or a break taken to its end--> counting (taken when asked)
//   asked --typed on a minute past it, or the next one came due--> counting (typed through)
//   asked --micro-pauses turned off--> counting (withdrawn, at once)
//
// A micro-pause taken while none was asked for counts as taken unasked; either way the next
// prompt comes only after another interval of typing. No micro-pause is due while a rest break
// is (rest-break.ts). The prompt stays asked across the micro-streak that its micro-pause ends. Pure.

import { MINUTE } from '../helpers/time';
import type { Settings } from '../settings/settings';
import type { TypingState } from '../typing/typing-model';
import { isStaged, type Shape } from '../helpers/stored-shape';
import { NO_EVENTS, type BreakEvent } from './break-events';
import { kindStep, kindStepIfAny, type BreakKind, type KindInput, type KindStep } from './break-kind';
import { pastHolds, type HoldsNow } from './holds';
import { offerAt } from './offer';
import { isBreakDue, TYPED_THROUGH_AFTER_MS } from './rest-break';

/** The schedule of the micro-streak (its start): the next prompt is due "micro-pause after" past `promptedAtMs` of its typing. */
interface MicroSchedule {
  streakId: number | null;
  promptedAtMs: number;
}

export type MicroPauseState =
  | ({ stage: 'counting' } & MicroSchedule)
  | ({ stage: 'due'; since: number } & MicroSchedule)
  /** A prompt went out at `askedAt` and is neither taken nor typed through yet. */
  | ({ stage: 'asked'; askedAt: number } & MicroSchedule);

type MicroSettings = Pick<Settings, 'microPauseAfterMin' | 'breakAfterMin'>;

const SCHEDULE_SHAPE: Shape<MicroSchedule> = { streakId: 'time|null', promptedAtMs: 'duration' };
const SHAPES: Record<MicroPauseState['stage'], Shape<Record<string, unknown>>> = {
  counting: SCHEDULE_SHAPE,
  due: { ...SCHEDULE_SHAPE, since: 'time' },
  asked: { ...SCHEDULE_SHAPE, askedAt: 'time' },
};

const isMicroPauseState = isStaged<MicroPauseState>(SHAPES);

const INITIAL: MicroPauseState = Object.freeze({ stage: 'counting', streakId: null, promptedAtMs: 0 });

/** Typing time left before the next prompt (0 when due; Infinity when micro-pauses are off). */
export function microRemainingMs(typing: TypingState, state: MicroPauseState, settings: Pick<Settings, 'microPauseAfterMin'>): number {
  if (settings.microPauseAfterMin === 'off') return Number.POSITIVE_INFINITY;
  const promptedAt = state.streakId === typing.microStreakStartedAt ? state.promptedAtMs : 0;
  return Math.max(0, promptedAt + settings.microPauseAfterMin * MINUTE - typing.microStreakMs);
}

/** Whether a micro-pause is due: an interval of typing since the last micro-pause or prompt, and no rest break due. */
export function isMicroDue(typing: TypingState, state: MicroPauseState, settings: MicroSettings): boolean {
  return typing.microStreakStartedAt !== null && microRemainingMs(typing, state, settings) === 0 && !isBreakDue(typing, settings);
}

export const isMicroPauseAsked = (state: MicroPauseState) => state.stage === 'asked';

const step = kindStep<MicroPauseState>;

/** The step, or null when it changes nothing, says nothing and waits for nothing. */
const stepOrNull = kindStepIfAny<MicroPauseState>;

const counting = ({ streakId, promptedAtMs }: MicroSchedule): MicroPauseState => ({ stage: 'counting', streakId, promptedAtMs });

/** The schedule follows the micro-streak: a new one (a micro-pause began it) starts with no prompt. */
function forStreak(state: MicroPauseState, typing: TypingState): MicroPauseState {
  if (state.streakId === typing.microStreakStartedAt) return state;
  const schedule = { streakId: typing.microStreakStartedAt, promptedAtMs: 0 };
  return state.stage === 'asked' ? { ...state, ...schedule } : counting(schedule);
}

function look(state: MicroPauseState, typing: TypingState, holds: HoldsNow, settings: MicroSettings, now: number): KindStep<MicroPauseState> | null {
  if (settings.microPauseAfterMin === 'off') {
    return state.stage === 'counting' ? null : step(counting(state), state.stage === 'asked' ? [{ type: 'nudge-withdrawn', kind: 'micro', at: now }] : NO_EVENTS);
  }
  let current = forStreak(state, typing);
  let events: readonly BreakEvent[] = NO_EVENTS;
  const due = isMicroDue(typing, current, settings);
  if (due && current.stage !== 'due') {
    // A prompt still out when the next comes due was typed through: activity went on an interval past it.
    if (current.stage === 'asked') events = [{ type: 'typed-through', kind: 'micro', at: typing.lastActivityAt ?? now }];
    current = { stage: 'due', since: now, streakId: current.streakId, promptedAtMs: current.promptedAtMs };
  } else if (!due && current.stage === 'due') {
    current = counting(current);
  }
  if (current.stage !== 'due') return stepOrNull(state, current, events);
  const eligible = pastHolds(holds, typing, current.since);
  if (eligible === null) return stepOrNull(state, current, events);
  const offer = offerAt(holds, typing, eligible, now);
  if (offer.outcome === 'wait') return step(current, events, offer.at);
  const schedule = { streakId: current.streakId, promptedAtMs: typing.microStreakMs };
  if (offer.outcome === 'hold') return step(counting(schedule), [...events, { type: 'held', kind: 'micro', at: now }]);
  return step({ stage: 'asked', askedAt: now, ...schedule }, [...events, { type: 'nudge-shown', kind: 'micro', at: now, typedThroughMs: null }]);
}

const isAskedBefore = (state: MicroPauseState, at: number) => state.stage === 'asked' && at >= state.askedAt;

/** A micro-pause completed at `at`: taken when asked if a prompt was out before it, else taken unasked. */
function takeMicroPause(state: MicroPauseState, at: number): KindStep<MicroPauseState> {
  const asked = isAskedBefore(state, at);
  return step(asked ? counting(state) : state, [{ type: 'micro-pause-taken', asked, at }]);
}

/**
 * A rest, or a break taken to its end, is a micro-pause too: it answers a prompt that was out
 * before it. (A rest usually comes after the micro-pause its pause also made; not when the
 * micro-pause length is the longer, nor for a break, where the typing model sees no pause.)
 */
const restAnswers = (state: MicroPauseState, at: number): KindStep<MicroPauseState> | null =>
  isAskedBefore(state, at) ? step(counting(state), [{ type: 'micro-pause-taken', asked: true, at }]) : null;

function judgeTypedThrough(state: MicroPauseState, typing: TypingState): KindStep<MicroPauseState> | null {
  const lastAt = typing.lastActivityAt ?? 0;
  if (state.stage !== 'asked' || lastAt < state.askedAt + TYPED_THROUGH_AFTER_MS) return null;
  return step(counting(state), [{ type: 'typed-through', kind: 'micro', at: lastAt }]);
}

function stepMicroPause(state: MicroPauseState, input: KindInput, settings: Settings, now: number): KindStep<MicroPauseState> | null {
  switch (input.type) {
    case 'look':
      return look(state, input.typing, input.holds, settings, now);
    case 'micro-pause':
      return takeMicroPause(state, input.at);
    case 'rest':
    case 'break-completed':
      return restAnswers(state, input.at);
    case 'typed':
      return judgeTypedThrough(state, input.typing);
    default:
      return null;
  }
}

/** After the clock moved back: a prompt due or asked ahead of `now` is due or asked now, so it neither waits for the old time nor misses its pause. */
function pullMicroPauseBack(state: MicroPauseState, now: number): MicroPauseState {
  if (state.stage === 'due' && state.since > now) return { ...state, since: now };
  if (state.stage === 'asked' && state.askedAt > now) return { ...state, askedAt: now };
  return state;
}

export const microPause: BreakKind<MicroPauseState> = {
  initial: INITIAL,
  takes: ['look', 'micro-pause', 'rest', 'break-completed', 'typed'],
  isState: isMicroPauseState,
  step: stepMicroPause,
  pullBack: pullMicroPauseBack,
};
