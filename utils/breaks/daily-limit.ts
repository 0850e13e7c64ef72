// The daily typing limit: once the day's typing reaches "daily limit", one notice that day.
//
//   counting --the day's typing reaches the limit, not paused, snoozed or quiet--> reached (for that day)
//
// The notice goes out once per day: a new day, by the clock, counts afresh. In quiet time, paused
// or snoozed, it waits (it is not held or counted) and goes out at the first look after. Pure.

import { HOUR } from '../helpers/time';
import type { Settings } from '../settings/settings';
import { conformsTo, type Shape } from '../helpers/stored-shape';
import type { BreakKind, DayTyping, KindInput, KindStep } from './break-kind';
import type { HoldsNow } from './holds';

export type DailyLimitState = { stage: 'counting' } | { stage: 'reached'; day: string };

const COUNTING: DailyLimitState = Object.freeze({ stage: 'counting' });
const REACHED_SHAPE: Shape<{ day: string }> = { day: 'string' };

function isDailyLimitState(value: unknown): value is DailyLimitState {
  const stage = (value as { stage?: unknown } | null)?.stage;
  return (stage === 'counting' && conformsTo(value, {})) || (stage === 'reached' && conformsTo(value, REACHED_SHAPE));
}

type LimitSettings = Pick<Settings, 'dailyLimitEnabled' | 'dailyLimitHours'>;

/** Whether the day's typing has reached the limit (and the limit is on). */
export const isLimitReached = (typingMs: number, settings: LimitSettings) => settings.dailyLimitEnabled && typingMs >= settings.dailyLimitHours * HOUR;

function look(state: DailyLimitState, today: DayTyping, holds: HoldsNow, settings: LimitSettings, now: number): KindStep<DailyLimitState> | null {
  const noticed = state.stage === 'reached' && state.day === today.day;
  if (noticed || !isLimitReached(today.typingMs, settings) || holds.paused || holds.snoozed || holds.quiet) return null;
  return { state: { stage: 'reached', day: today.day }, events: [{ type: 'nudge-shown', kind: 'limit', at: now, typedThroughMs: null }], nextCheckAt: null };
}

function stepDailyLimit(state: DailyLimitState, input: KindInput, settings: Settings, now: number): KindStep<DailyLimitState> | null {
  return input.type === 'look' ? look(state, input.today, input.holds, settings, now) : null;
}

export const dailyLimit: BreakKind<DailyLimitState> = {
  initial: COUNTING,
  takes: ['look'],
  isState: isDailyLimitState,
  step: stepDailyLimit,
  pullBack: (state) => state,
};
