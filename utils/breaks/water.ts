// The water nudge: a stage machine over active time (the typing model's `activeMs`).
//
//   counting --"hydration interval" of active time since the last glass or reminder--> due
//   due --offered at a typing pause, only while the person is at the keyboard--> counting (reminded)
//   due --quiet time--> held --quiet ends, at a pause--> counting (reminded)
//   any --"I drank water"--> counting, from this glass
//
// Water stays due (for the badge and the popup) from the interval after the last glass until a
// glass is logged; a reminder only restarts the count to the next reminder. A snooze forgets the
// reminder, so that a glass still due comes back when the snooze ends. Pure.

import { MINUTE } from '../helpers/time';
import type { Settings } from '../settings/settings';
import type { TypingState } from '../typing/typing-model';
import { isStaged, type Shape } from '../helpers/stored-shape';
import { NO_EVENTS } from './break-events';
import { kindStep, kindStepIfAny, type BreakKind, type KindInput, type KindStep } from './break-kind';
import { pastHolds, type HoldsNow } from './holds';
import { offerAt } from './offer';

/** Water nudges go out only this soon after activity, so never to an empty desk. */
const PRESENCE_WINDOW_MS = MINUTE;

/** The active time at the last glass, and at the last reminder since (null when none). */
interface WaterCount {
  drankAtMs: number;
  remindedAtMs: number | null;
}

export type WaterState =
  | ({ stage: 'counting' } & WaterCount)
  | ({ stage: 'due'; since: number } & WaterCount)
  /** Came due in quiet time; first held at `heldAt`. */
  | ({ stage: 'held'; since: number; heldAt: number } & WaterCount);

type WaterSettings = Pick<Settings, 'hydrationEnabled' | 'hydrationIntervalMin'>;

const COUNT_SHAPE: Shape<WaterCount> = { drankAtMs: 'duration', remindedAtMs: 'duration|null' };
const SHAPES: Record<WaterState['stage'], Shape<Record<string, unknown>>> = {
  counting: COUNT_SHAPE,
  due: { ...COUNT_SHAPE, since: 'time' },
  held: { ...COUNT_SHAPE, since: 'time', heldAt: 'time' },
};

const isWaterState = isStaged<WaterState>(SHAPES);

const INITIAL: WaterState = Object.freeze({ stage: 'counting', drankAtMs: 0, remindedAtMs: null });

/** Active time left before the next water nudge (0 when it is due). */
export function waterRemainingMs(typing: TypingState, state: WaterState, settings: WaterSettings): number {
  const since = Math.max(state.drankAtMs, state.remindedAtMs ?? 0);
  return Math.max(0, settings.hydrationIntervalMin * MINUTE - (typing.activeMs - since));
}

/** Whether water is due: the interval of active time has passed since the last glass. */
export function isWaterDue(typing: TypingState, state: WaterState, settings: WaterSettings): boolean {
  return settings.hydrationEnabled && typing.activeMs - state.drankAtMs >= settings.hydrationIntervalMin * MINUTE;
}

const step = kindStep<WaterState>;

const stepOrNull = kindStepIfAny<WaterState>;

const counting = ({ drankAtMs, remindedAtMs }: WaterCount): WaterState => ({ stage: 'counting', drankAtMs, remindedAtMs });

const isPresent = (typing: TypingState, now: number) => typing.lastActivityAt !== null && now - typing.lastActivityAt < PRESENCE_WINDOW_MS;

function look(state: WaterState, typing: TypingState, holds: HoldsNow, settings: WaterSettings, now: number): KindStep<WaterState> | null {
  const due = settings.hydrationEnabled && waterRemainingMs(typing, state, settings) === 0;
  let current = state;
  if (due && current.stage === 'counting') current = { stage: 'due', since: now, drankAtMs: current.drankAtMs, remindedAtMs: current.remindedAtMs };
  else if (!due && current.stage !== 'counting') current = counting(current);
  if (current.stage === 'counting' || !isPresent(typing, now)) return stepOrNull(state, current);
  const eligible = pastHolds(holds, typing, current.since);
  if (eligible === null) return stepOrNull(state, current);
  const offer = offerAt(holds, typing, eligible, now);
  if (offer.outcome === 'wait') return step(current, NO_EVENTS, offer.at);
  if (offer.outcome === 'hold') {
    return current.stage === 'held' ? stepOrNull(state, current) : step({ ...current, stage: 'held', heldAt: now }, [{ type: 'held', kind: 'hydration', at: now }]);
  }
  return step(counting({ drankAtMs: current.drankAtMs, remindedAtMs: typing.activeMs }), [{ type: 'nudge-shown', kind: 'hydration', at: now, typedThroughMs: null }]);
}

/** A snooze forgets the reminder of a glass that is due, so that the nudge is due again when the snooze ends. */
function snooze(state: WaterState, typing: TypingState, settings: WaterSettings, now: number): WaterState {
  if (!isWaterDue(typing, state, settings)) return state;
  return state.stage === 'held' ? { ...state, since: now, remindedAtMs: null } : counting({ drankAtMs: state.drankAtMs, remindedAtMs: null });
}

function stepWater(state: WaterState, input: KindInput, settings: Settings, now: number): KindStep<WaterState> | null {
  switch (input.type) {
    case 'look':
      return look(state, input.typing, input.holds, settings, now);
    case 'drink':
      return step(counting({ drankAtMs: input.typing.activeMs, remindedAtMs: null }), [{ type: 'water-logged', at: now }]);
    case 'snooze':
      return stepOrNull(state, snooze(state, input.typing, settings, now));
    default:
      return null;
  }
}

function pullWaterBack(state: WaterState, now: number): WaterState {
  return state.stage !== 'counting' && state.since > now ? { ...state, since: now } : state;
}

export const water: BreakKind<WaterState> = {
  initial: INITIAL,
  takes: ['look', 'drink', 'snooze'],
  isState: isWaterState,
  step: stepWater,
  pullBack: pullWaterBack,
};
