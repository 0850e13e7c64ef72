// The figures of a day as the history page's table and the CSV export show them, after the day
// itself: one list in the page's order, so that a new figure is one line here (with its heading
// and its explanation in the locale files). The plain ones are always shown; the others are
// details, shown on demand. Pure.

import { breaksTaken, type DayTotals } from './day-totals';

/** A time (in ms), a whole count, or a yes (1) or no (0) for a day. */
type ColumnKind = 'duration' | 'count' | 'reached';

interface DayColumnShape {
  /** Names its heading (`historyTable.<id>`) and its explanation (`historyHelp.<id>`) in the locale files. */
  id: string;
  kind: ColumnKind;
  /** Shown without asking for the details. */
  plain: boolean;
  value: (totals: DayTotals) => number;
}

export const DAY_COLUMNS = [
  { id: 'typing', kind: 'duration', plain: true, value: (totals) => totals.typingMs },
  { id: 'longestStreak', kind: 'duration', plain: true, value: (totals) => totals.longestStreakMs },
  { id: 'breaks', kind: 'count', plain: true, value: breaksTaken },
  { id: 'water', kind: 'count', plain: true, value: (totals) => totals.glasses },
  { id: 'breaksNatural', kind: 'count', plain: false, value: (totals) => totals.breaksNatural },
  { id: 'breaksCompleted', kind: 'count', plain: false, value: (totals) => totals.breaksCompleted },
  { id: 'endedEarly', kind: 'count', plain: false, value: (totals) => totals.breaksEndedEarly },
  { id: 'breaksTypedThrough', kind: 'count', plain: false, value: (totals) => totals.breaksTypedThrough },
  { id: 'nudges', kind: 'count', plain: false, value: (totals) => totals.nudgesShown },
  { id: 'snoozed', kind: 'count', plain: false, value: (totals) => totals.nudgesSnoozed },
  { id: 'ignored', kind: 'count', plain: false, value: (totals) => totals.nudgesIgnored },
  { id: 'held', kind: 'count', plain: false, value: (totals) => totals.nudgesHeld },
  { id: 'microAsked', kind: 'count', plain: false, value: (totals) => totals.microPausesPrompted },
  { id: 'microTaken', kind: 'count', plain: false, value: (totals) => totals.microPausesTaken },
  { id: 'microNatural', kind: 'count', plain: false, value: (totals) => totals.microPausesNatural },
  { id: 'microSkipped', kind: 'count', plain: false, value: (totals) => totals.microPausesSkipped },
  { id: 'dailyLimit', kind: 'reached', plain: false, value: (totals) => totals.dailyLimitReached },
] as const satisfies readonly DayColumnShape[];

export type DayColumn = (typeof DAY_COLUMNS)[number];
