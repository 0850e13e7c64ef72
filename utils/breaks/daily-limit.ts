// The daily typing limit: once the day's typing reaches "daily limit", that is the day's record,
// and one notice that day.
//
//   counting --the day's typing reaches the limit--> reached (noticed), or held while paused,
//                                                    snoozed or quiet (the notice waits)
//   held --the holds end--> reached (noticed)
//
// The day is recorded as having reached the limit when it does, shown or not; the notice goes out
// once, at the first look after the holds end, and is not counted as held. A new day, by the
// clock, counts afresh. Pure.

import { HOUR } from '../helpers/time';
import type { Settings } from '../settings/settings';
import { conformsTo, type Shape } from '../helpers/stored-shape';
import type { BreakEvent } from './break-events';
import type { BreakKind, DayTyping, KindInput, KindStep } from './break-kind';
import type { HoldsNow } from './holds';

export type DailyLimitState =
  | { stage: 'counting' }
  /** The day reached the limit while the notice could not go out. */
  | { stage: 'held'; day: string }
  /** The day reached the limit, and its notice went out. */
  | { stage: 'reached'; day: string };

const COUNTING: DailyLimitState = Object.freeze({ stage: 'counting' });
const DAY_SHAPE: Shape<{ day: string }> = { day: 'string' };

function isDailyLimitState(value: unknown): value is DailyLimitState {
  const stage = (value as { stage?: unknown } | null)?.stage;
  return (stage === 'counting' && conformsTo(value, {})) || ((stage === 'held' || stage === 'reached') && conformsTo(value, DAY_SHAPE));
}

type LimitSettings = Pick<Settings, 'dailyLimitEnabled' | 'dailyLimitHours'>;

/**
 * The day's typing the limit counts: this computer's, and with "count all your computers" on,
 * the other computers' typing of the same local day (`elsewhereMs`, from their summaries).
 */
export const typingForLimit = (today: DayTyping, elsewhereMs: number, settings: Pick<Settings, 'dailyLimitAllDevices'>): DayTyping =>
  settings.dailyLimitAllDevices && elsewhereMs > 0 ? { day: today.day, typingMs: today.typingMs + elsewhereMs } : today;

/** Whether the day's typing has reached the limit (and the limit is on). */
export const isLimitReached = (typingMs: number, settings: LimitSettings) => settings.dailyLimitEnabled && typingMs >= settings.dailyLimitHours * HOUR;

function look(state: DailyLimitState, today: DayTyping, holds: HoldsNow, settings: LimitSettings, now: number): KindStep<DailyLimitState> | null {
  const stageToday = state.stage !== 'counting' && state.day === today.day ? state.stage : 'counting';
  if (stageToday === 'reached' || !isLimitReached(today.typingMs, settings)) return null;
  const held = holds.paused || holds.snoozed || holds.quiet;
  if (held && stageToday === 'held') return null;
  const events: BreakEvent[] = stageToday === 'held' ? [] : [{ type: 'limit-reached', at: now }];
  if (held) return { state: { stage: 'held', day: today.day }, events, nextCheckAt: null };
  events.push({ type: 'nudge-shown', kind: 'limit', at: now, typedThroughMs: null });
  return { state: { stage: 'reached', day: today.day }, events, nextCheckAt: null };
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
