// The `nudges` item: the break cycle (the holds and each kind's stage), version 4. Versions 1 to 3
// kept the same bookkeeping as one flat record of nullable times; version 4 names each kind's
// stage. A kind missing from the stored value (one added since) starts at its initial stage.

import { isCycleState, repairCycle, type BreakCycleState } from '../breaks/break-cycle';
import type { RestBreakState } from '../breaks/rest-break';
import type { MicroPauseState } from '../breaks/micro-pause';
import type { WaterState } from '../breaks/water';
import type { DailyLimitState } from '../breaks/daily-limit';
import { INITIAL_CYCLE_STATE } from '../breaks/break-cycle';
import { itemOf } from './stored-item';

/** Version 3 of the nudges item (frozen): one flat record. */
interface NudgeStateV3 {
  streakId: number | null;
  breakDueSince: number | null;
  breakShownAt: number | null;
  snoozedUntil: number | null;
  pausedFrom: number | null;
  pausedUntil: number | null;
  activeMsAtDrink: number;
  hydrationDueSince: number | null;
  activeMsAtHydrationNudge: number | null;
  breakAnsweredFor: number | null;
  microStreakId: number | null;
  microDueSince: number | null;
  microPromptedAtMs: number | null;
  microShownAt: number | null;
  microAnsweredFor: number | null;
  dailyLimitDay: string | null;
  breakHeldAt: number | null;
  hydrationHeldAt: number | null;
}

/** Version 2, before nudges were held for quiet time (frozen). */
type NudgeStateV2 = Omit<NudgeStateV3, 'breakHeldAt' | 'hydrationHeldAt'>;

/** Version 1, before pause starts, micro-pauses and the daily limit (frozen). */
type NudgeStateV1 = Omit<NudgeStateV2, 'pausedFrom' | 'microStreakId' | 'microDueSince' | 'microPromptedAtMs' | 'microShownAt' | 'microAnsweredFor' | 'dailyLimitDay'>;

const NEW_IN_V2 = { pausedFrom: null, microStreakId: null, microDueSince: null, microPromptedAtMs: null, microShownAt: null, microAnsweredFor: null, dailyLimitDay: null };

/** Version 2 keeps when a pause began (a pause already running counts from whenever it began), and the micro-pause and daily-limit bookkeeping, empty. */
const nudgesV2FromV1 = (stored: NudgeStateV1): NudgeStateV2 => ({ ...NEW_IN_V2, ...stored });

/** Version 3 notes nudges held for quiet time; none was held before. */
const nudgesV3FromV2 = (stored: NudgeStateV2): NudgeStateV3 => ({ ...stored, breakHeldAt: null, hydrationHeldAt: null });

function restBreakFromV3(stored: NudgeStateV3): RestBreakState {
  const { streakId, breakDueSince, breakShownAt, breakHeldAt, breakAnsweredFor, snoozedUntil } = stored;
  if (streakId === null || breakDueSince === null) return { stage: 'counting' };
  if (breakHeldAt !== null) return { stage: 'held', streakId, at: breakHeldAt };
  // A snooze after the nudge brought it back at the snooze's end: it is due again.
  if (breakShownAt === null || (snoozedUntil !== null && snoozedUntil > breakShownAt)) return { stage: 'due', streakId, since: breakDueSince };
  return { stage: 'shown', streakId, at: breakShownAt, answered: breakAnsweredFor === breakShownAt };
}

function microPauseFromV3(stored: NudgeStateV3): MicroPauseState {
  const schedule = { streakId: stored.microStreakId, promptedAtMs: stored.microPromptedAtMs ?? 0 };
  if (stored.microShownAt !== null && stored.microAnsweredFor !== stored.microShownAt) return { stage: 'asked', askedAt: stored.microShownAt, ...schedule };
  return stored.microDueSince === null ? { stage: 'counting', ...schedule } : { stage: 'due', since: stored.microDueSince, ...schedule };
}

function waterFromV3(stored: NudgeStateV3): WaterState {
  const count = { drankAtMs: stored.activeMsAtDrink, remindedAtMs: stored.activeMsAtHydrationNudge };
  if (stored.hydrationHeldAt !== null) return { stage: 'held', since: stored.hydrationDueSince ?? stored.hydrationHeldAt, heldAt: stored.hydrationHeldAt, ...count };
  return stored.hydrationDueSince === null ? { stage: 'counting', ...count } : { stage: 'due', since: stored.hydrationDueSince, ...count };
}

const dailyLimitFromV3 = ({ dailyLimitDay }: NudgeStateV3): DailyLimitState => (dailyLimitDay === null ? { stage: 'counting' } : { stage: 'reached', day: dailyLimitDay });

/** Version 4 names each kind's stage from the flat record's times; what does not read as one starts afresh (repairCycle). */
function nudgesV4FromV3(stored: NudgeStateV3): unknown {
  if (typeof stored !== 'object' || stored === null) return stored;
  const { snoozedUntil, pausedFrom, pausedUntil } = stored;
  return {
    holds: { snoozedUntil, pausedFrom, pausedUntil },
    break: restBreakFromV3(stored),
    micro: microPauseFromV3(stored),
    hydration: waterFromV3(stored),
    limit: dailyLimitFromV3(stored),
  };
}

export const NUDGES_ITEM = itemOf<BreakCycleState>({
  version: 4,
  fallback: INITIAL_CYCLE_STATE,
  migrations: { 2: nudgesV2FromV1, 3: nudgesV3FromV2, 4: nudgesV4FromV3 },
  isSound: isCycleState,
  repair: repairCycle,
});
