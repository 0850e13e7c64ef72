// The day's counters, folded from what happened: the one place where a break, a nudge, a
// micro-pause, a snooze or a glass of water is counted, on the local day the event happened.
// (Typing time and the longest streak are added as typing is folded in: history.ts.)

import { localDayKey, MINUTE } from '../helpers/time';
import type { BreakEvent, NudgeKind } from '../breaks/break-events';
import { countOnDay, type History } from './history';
import type { DayCounter } from './day-totals';

/** A rest ending a streak shorter than this is not counted as a break taken. */
export const MIN_STREAK_FOR_BREAK_MS = MINUTE;

/** What each nudge shown adds to the day: break and water nudges, micro-pause prompts (the daily limit's notice counts nothing: reaching it does). */
const COUNTER_FOR_NUDGE: Record<NudgeKind, DayCounter | null> = {
  break: 'nudgesShown',
  hydration: 'nudgesShown',
  micro: 'microPausesPrompted',
  limit: null,
};

/** What a break from the break view adds to the day, by how it ended (a break dropped with all data counts nothing). */
const COUNTER_FOR_ENDING = {
  completed: 'breaksCompleted',
  'ended-early': 'breaksEndedEarly',
  'typed-through': 'breaksTypedThrough',
} as const satisfies Record<string, DayCounter>;

/** The counter an event adds one to, or null. */
function counterFor(event: BreakEvent): DayCounter | null {
  switch (event.type) {
    case 'nudge-shown':
      return COUNTER_FOR_NUDGE[event.kind];
    case 'limit-reached':
      return 'dailyLimitReached';
    case 'held':
      return 'nudgesHeld';
    case 'typed-through':
      return event.kind === 'break' ? 'nudgesIgnored' : 'microPausesSkipped';
    case 'micro-pause-taken':
      return event.asked ? 'microPausesTaken' : 'microPausesNatural';
    case 'break-ended':
      if (event.how === 'rested') return event.streakMs >= MIN_STREAK_FOR_BREAK_MS ? 'breaksNatural' : null;
      return event.how === 'cancelled' ? null : COUNTER_FOR_ENDING[event.how];
    case 'snoozed':
      return 'nudgesSnoozed';
    case 'water-logged':
      return 'glasses';
    case 'break-due':
    case 'break-started':
    case 'nudge-withdrawn':
      return null;
  }
}

/** The history with every event counted on its day. */
export function countEvents(history: History, events: readonly BreakEvent[]): History {
  let counted = history;
  for (const event of events) {
    const counter = counterFor(event);
    if (counter !== null) counted = countOnDay(counted, localDayKey(event.at), counter);
  }
  return counted;
}
