// When working hours next begin: the first start of a range after an instant, on the local wall
// clock (a range that starts at 09:00 starts at 09:00 on a day the clocks change; a start the
// clocks skip comes as much later as they skip, as Date places it). Pure: the clock is passed in.

import type { WeekHours } from './working-hours';

const DAYS_IN_WEEK = 7;

/** The local instant `minute` minutes past midnight of the day `offset` days after that of `from`. */
function wallClock(from: Date, offset: number, minute: number): number {
  return new Date(from.getFullYear(), from.getMonth(), from.getDate() + offset, Math.floor(minute / 60), minute % 60).getTime();
}

/**
 * The first instant after `now` at which one of the week's ranges starts, or null when the week has
 * none. Looks a full week ahead and a day more, so that today's range that has already started is
 * found again next week.
 */
export function nextWorkingStart(week: WeekHours, now: number): number | null {
  const today = new Date(now);
  for (let offset = 0; offset <= DAYS_IN_WEEK; offset += 1) {
    const ranges = week[(today.getDay() + offset) % DAYS_IN_WEEK] ?? [];
    const starts = ranges.map((range) => wallClock(today, offset, range.start)).filter((start) => start > now);
    if (starts.length > 0) return Math.min(...starts);
  }
  return null;
}
