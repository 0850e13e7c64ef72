// The `today` and `pastDays` items: the current day's totals and the days before, version 4.

import { dayV2FromV1, dayV3FromV2, dayV4FromV3, emptyDay, isDayTotals, type DayTotals, type DayTotalsV1, type DayTotalsV2, type DayTotalsV3 } from '../days/day-totals';
import { MAX_PAST_DAYS } from '../days/history';
import { itemOf } from './stored-item';

/** Whether stored past days are in day order, each a sound day of its own, no more than may be kept. */
function isPastDays(raw: unknown): raw is DayTotals[] {
  if (!Array.isArray(raw) || raw.length > MAX_PAST_DAYS) return false;
  return raw.every((totals, index) => isDayTotals(totals) && (index === 0 || (raw[index - 1] as DayTotals).day < totals.day));
}

/** The sound days of a damaged list, each day once, in day order, the latest that may be kept. */
function soundPastDays(raw: unknown): DayTotals[] {
  if (!Array.isArray(raw)) return [];
  const byDay = new Map(raw.filter(isDayTotals).map((totals) => [totals.day, totals]));
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1)).slice(-MAX_PAST_DAYS);
}

export const TODAY_ITEM = itemOf<DayTotals>({
  version: 4,
  fallback: emptyDay(''),
  migrations: { 2: dayV2FromV1, 3: dayV3FromV2, 4: dayV4FromV3 },
  isSound: isDayTotals,
});

/** The past days keep every sound day of a damaged list. */
export const PAST_DAYS_ITEM = itemOf<DayTotals[]>({
  version: 4,
  fallback: [],
  migrations: {
    2: (stored: DayTotalsV1[]) => (Array.isArray(stored) ? stored.map(dayV2FromV1) : stored),
    3: (stored: DayTotalsV2[]) => (Array.isArray(stored) ? stored.map(dayV3FromV2) : stored),
    4: (stored: DayTotalsV3[]) => (Array.isArray(stored) ? stored.map(dayV4FromV3) : stored),
  },
  isSound: isPastDays,
  repair: soundPastDays,
});
