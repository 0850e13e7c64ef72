// The `today` and `pastDays` items: the current day's totals and the days before, version 3.

import { dayV2FromV1, dayV3FromV2, emptyDay, isDayTotals, type DayTotals, type DayTotalsV1, type DayTotalsV2 } from '../days/day-totals';
import { itemOf, type StoredItem } from './stored-item';

export const TODAY_ITEM = itemOf<DayTotals>({
  version: 3,
  fallback: emptyDay(''),
  migrations: { 2: dayV2FromV1, 3: dayV3FromV2 },
  isSound: isDayTotals,
});

/** The past days keep every sound day of a damaged list. */
export const PAST_DAYS_ITEM: StoredItem<DayTotals[]> = {
  version: 3,
  fallback: [],
  migrations: { 2: (stored: DayTotalsV1[]) => stored.map(dayV2FromV1), 3: (stored: DayTotalsV2[]) => stored.map(dayV3FromV2) },
  repair: (raw) => (Array.isArray(raw) ? raw.filter(isDayTotals) : []),
};
