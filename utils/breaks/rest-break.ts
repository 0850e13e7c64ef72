// The rest break's nudge, for each streak: a stage machine.
//
//   counting --streak reaches "break after"--> due --offered at a typing pause--> shown
//      ^                                        |  \--quiet time--> held --quiet ends, at a pause--> shown
//      |                                        |                                                     |
//      +---- a rest starts a new streak, or "break after" rises above the streak (from any stage) ----+
//   shown --snooze--> due (back when the snooze ends, whatever the re-nudge interval)
//   shown --re-nudge interval of typing--> shown again (or held, in quiet time)
//
// A shown nudge is answered by a snooze, by a break, or counts as ignored (typed through) once
// the person typed on a minute past it. Taking the break itself is break-session.ts; while one
// runs, the cycle does not look, and a break ended early leaves this stage as it was. Pure.

import { MINUTE } from '../helpers/time';
import type { Settings } from '../settings/settings';
import type { TypingState } from '../typing/typing-model';
import { isStaged, type Shape } from '../helpers/stored-shape';
import { NO_EVENTS, type BreakEvent } from './break-events';
import { kindStep, kindStepIfAny, type BreakKind, type KindInput, type KindStep } from './break-kind';
import { pastHolds, type HoldsNow } from './holds';
import { offerAt } from './offer';

/** Typing this long after a nudge, without a rest, snooze or break, counts it as typed through. */
export const TYPED_THROUGH_AFTER_MS = MINUTE;

export type RestBreakState =
  | { stage: 'counting' }
  /** The streak (its start) reached "break after" at `since`; the nudge waits for a typing pause. */
  | { stage: 'due'; streakId: number; since: number }
  /** The nudge came due in quiet time at `at`; it goes out at the first typing pause after. */
  | { stage: 'held'; streakId: number; at: number }
  /** The nudge went out at `at`; answered by a break, or counted as typed through. */
  | { stage: 'shown'; streakId: number; at: number; answered: boolean };

type RestBreakSettings = Pick<Settings, 'breakAfterMin' | 'renudgeMin'>;

const COUNTING: RestBreakState = Object.freeze({ stage: 'counting' });

const SHAPES: { [Stage in RestBreakState['stage']]: Shape<Omit<Extract<RestBreakState, { stage: Stage }>, 'stage'>> } = {
  counting: {},
  due: { streakId: 'time', since: 'time' },
  held: { streakId: 'time', at: 'time' },
  shown: { streakId: 'time', at: 'time', answered: 'boolean' },
};

const isRestBreakState = isStaged<RestBreakState>(SHAPES);

/** Whether the current streak has reached "break after". */
export function isBreakDue(typing: TypingState, settings: Pick<Settings, 'breakAfterMin'>): boolean {
  return typing.streakStartedAt !== null && typing.streakMs >= settings.breakAfterMin * MINUTE;
}

const step = kindStep<RestBreakState>;

const stepOrNull = kindStepIfAny<RestBreakState>;

/**
 * When the nudge may go out next, or null: once due, past the holds; when held, past the holds
 * (quiet time's end is the offer's); when shown, a repeat after the re-nudge interval, only if
 * typing went on past it.
 */
function eligibleAt(state: RestBreakState, typing: TypingState, holds: HoldsNow, settings: RestBreakSettings): number | null {
  switch (state.stage) {
    case 'counting':
      return null;
    case 'due':
      return pastHolds(holds, typing, state.since);
    case 'held':
      return pastHolds(holds, typing, state.at);
    case 'shown': {
      if (settings.renudgeMin === 'off') return null;
      const repeatAt = pastHolds(holds, typing, state.at + settings.renudgeMin * MINUTE);
      return repeatAt !== null && (typing.lastActivityAt ?? 0) >= repeatAt ? repeatAt : null;
    }
  }
}

/** The stage for the current streak and "break after": a new streak, or a streak below it, counts afresh; a streak reaching it is due. */
function stageFor(state: RestBreakState, typing: TypingState, settings: RestBreakSettings, now: number): RestBreakState {
  const current = state.stage !== 'counting' && state.streakId !== typing.streakStartedAt ? COUNTING : state;
  if (!isBreakDue(typing, settings)) return current.stage === 'counting' ? current : COUNTING;
  return current.stage === 'counting' ? { stage: 'due', streakId: typing.streakStartedAt as number, since: now } : current;
}

function look(state: RestBreakState, typing: TypingState, holds: HoldsNow, settings: RestBreakSettings, now: number): KindStep<RestBreakState> | null {
  const current = stageFor(state, typing, settings, now);
  const cameDue: readonly BreakEvent[] = current.stage === 'due' && current !== state ? [{ type: 'break-due', at: now }] : NO_EVENTS;
  const eligible = eligibleAt(current, typing, holds, settings);
  if (current.stage === 'counting' || eligible === null) return stepOrNull(state, current, cameDue);
  const offer = offerAt(holds, typing, eligible, now);
  if (offer.outcome === 'wait') return step(current, cameDue, offer.at);
  if (offer.outcome === 'hold') {
    return current.stage === 'held' ? stepOrNull(state, current, cameDue) : step({ stage: 'held', streakId: current.streakId, at: now }, [...cameDue, { type: 'held', kind: 'break', at: now }]);
  }
  // After quiet time, the nudge says how long typing went on past "break after".
  const typedThroughMs = current.stage === 'held' ? Math.max(0, typing.streakMs - settings.breakAfterMin * MINUTE) : null;
  return step({ stage: 'shown', streakId: current.streakId, at: now, answered: false }, [...cameDue, { type: 'nudge-shown', kind: 'break', at: now, typedThroughMs }]);
}

/** A shown nudge typed a minute past, unanswered, in the same streak (a rest answers it): typed through. */
function judgeTypedThrough(state: RestBreakState, typing: TypingState): KindStep<RestBreakState> | null {
  const lastAt = typing.lastActivityAt ?? 0;
  if (state.stage !== 'shown' || state.answered || lastAt < state.at + TYPED_THROUGH_AFTER_MS || state.streakId !== typing.streakStartedAt) return null;
  return step({ ...state, answered: true }, [{ type: 'typed-through', kind: 'break', at: lastAt }]);
}

function stepRestBreak(state: RestBreakState, input: KindInput, settings: Settings, now: number): KindStep<RestBreakState> | null {
  switch (input.type) {
    case 'look':
      return look(state, input.typing, input.holds, settings, now);
    case 'typed':
      return judgeTypedThrough(state, input.typing);
    case 'snooze':
      // Back as soon as the snooze ends, whatever the re-nudge interval.
      return state.stage === 'shown' ? step({ stage: 'due', streakId: state.streakId, since: now }) : null;
    case 'start-break':
      return state.stage === 'shown' && !state.answered ? step({ ...state, answered: true }) : null;
    case 'rest':
      return step(state, [{ type: 'break-ended', how: 'rested', at: input.at, streakMs: input.streakMs }]);
    default:
      return null;
  }
}

function pullRestBreakBack(state: RestBreakState, now: number): RestBreakState {
  switch (state.stage) {
    case 'counting':
      return state;
    case 'due':
      return state.since > now ? { ...state, since: now } : state;
    case 'held':
    case 'shown':
      return state.at > now ? { ...state, at: now } : state;
  }
}

export const restBreak: BreakKind<RestBreakState> = {
  initial: COUNTING,
  takes: ['look', 'typed', 'snooze', 'start-break', 'rest'],
  isState: isRestBreakState,
  step: stepRestBreak,
  pullBack: pullRestBreakBack,
};
