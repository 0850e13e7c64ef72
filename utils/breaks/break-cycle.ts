// The break cycle: the holds and every kind of break, stepped together one input at a time (like
// Workrave's Core looping over its timers). Each kind is a stage machine of its own (break-kind.ts);
// this file only lists them, hands each input to the holds and to every kind in the order below,
// and gathers what happened. The order is the order nudges go out in, and tips are chosen in.

import type { Settings } from '../settings/settings';
import { NO_EVENTS, type BreakEvent, type NudgeKind } from './break-events';
import type { BreakKind, KindInput } from './break-kind';
import { INITIAL_HOLD_STATE, isHoldState, pullHoldsBack, stepHolds, type HoldAction, type HoldState } from './holds';
import { restBreak, type RestBreakState } from './rest-break';
import { microPause, type MicroPauseState } from './micro-pause';
import { water, type WaterState } from './water';
import { dailyLimit, type DailyLimitState } from './daily-limit';

/** Each kind's state, by the kind of its nudge. */
interface KindStates {
  break: RestBreakState;
  micro: MicroPauseState;
  hydration: WaterState;
  limit: DailyLimitState;
}

export interface BreakCycleState extends KindStates {
  holds: HoldState;
}

const KINDS: { [Kind in NudgeKind]: BreakKind<KindStates[Kind]> } = {
  break: restBreak,
  micro: microPause,
  hydration: water,
  limit: dailyLimit,
};

const KIND_NAMES = Object.keys(KINDS) as NudgeKind[];

/** Which kinds each input goes to, in the order of KINDS. */
const ROUTES = new Map<KindInput['type'], readonly NudgeKind[]>();
for (const name of KIND_NAMES) for (const type of KINDS[name].takes) ROUTES.set(type, [...(ROUTES.get(type) ?? []), name]);

export const INITIAL_CYCLE_STATE: Readonly<BreakCycleState> = Object.freeze({
  holds: INITIAL_HOLD_STATE,
  break: restBreak.initial,
  micro: microPause.initial,
  hydration: water.initial,
  limit: dailyLimit.initial,
});

/** An input to the cycle: one for the kinds, or for the holds (a snooze is both). */
export type CycleInput = KindInput | Exclude<HoldAction, { type: 'snooze' }>;

interface CycleStep {
  state: BreakCycleState;
  events: readonly BreakEvent[];
  nextCheckAt: number | null;
}

export function stepCycle(state: BreakCycleState, input: CycleInput, settings: Settings, now: number): CycleStep {
  if (input.type === 'pause' || input.type === 'resume') return { state: { ...state, holds: stepHolds(state.holds, input, settings, now).state }, events: NO_EVENTS, nextCheckAt: null };
  let holds = state.holds;
  let events = NO_EVENTS;
  if (input.type === 'snooze') ({ state: holds, events } = stepHolds(holds, { type: 'snooze' }, settings, now));
  let changed: BreakCycleState | null = null;
  let nextCheckAt: number | null = null;
  for (const name of ROUTES.get(input.type) ?? []) {
    const kind = KINDS[name] as BreakKind<KindStates[typeof name]>;
    const result = kind.step(state[name], input, settings, now);
    if (result === null) continue;
    if (result.state !== state[name]) (changed ??= { ...state })[name] = result.state as never;
    if (result.events.length > 0) events = events.length === 0 ? result.events : [...events, ...result.events];
    if (result.nextCheckAt !== null && (nextCheckAt === null || result.nextCheckAt < nextCheckAt)) nextCheckAt = result.nextCheckAt;
  }
  const next = changed === null && holds === state.holds ? state : { ...(changed ?? state), holds };
  return { state: next, events, nextCheckAt };
}

/** After the clock moved back: the holds and every kind with no time ahead of `now`; the same state when none is. */
export function pullCycleBack(state: BreakCycleState, settings: Settings, now: number): BreakCycleState {
  const holds = pullHoldsBack(state.holds, settings, now);
  let changed: BreakCycleState | null = null;
  for (const name of KIND_NAMES) {
    const kind = KINDS[name] as BreakKind<KindStates[typeof name]>;
    const pulled = kind.pullBack(state[name], now);
    if (pulled !== state[name]) (changed ??= { ...state })[name] = pulled as never;
  }
  return changed === null && holds === state.holds ? state : { ...(changed ?? state), holds };
}

/** Whether what storage returned is the cycle, every part of it sound. */
export function isCycleState(raw: unknown): raw is BreakCycleState {
  if (typeof raw !== 'object' || raw === null) return false;
  const stored = raw as Record<string, unknown>;
  return isHoldState(stored.holds) && KIND_NAMES.every((name) => KINDS[name].isState(stored[name]));
}

/** The cycle from what storage returned: each part that is missing or corrupt starts at its initial state. */
export function repairCycle(raw: unknown): BreakCycleState {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const repaired = { holds: isHoldState(stored.holds) ? stored.holds : INITIAL_HOLD_STATE } as BreakCycleState;
  for (const name of KIND_NAMES) {
    const kind = KINDS[name] as BreakKind<KindStates[typeof name]>;
    repaired[name] = (kind.isState(stored[name]) ? stored[name] : kind.initial) as never;
  }
  return repaired;
}
