// The history page's and the popup's days for all the person's computers: each day's figures that
// every computer's summary carries (typing, breaks taken, micro-pauses taken when asked, water),
// summed over this computer and the others, as the day records the chart and the table draw. The
// other figures are this computer's only, so they stay at zero here: the page shows only the
// columns a summary carries (SUMMED_COLUMNS). Pure.

import { emptyDay, type DayTotals } from '../days/day-totals';
import type { History } from '../days/history';
import { dayKeyBefore, localDayKey, nextDayKey } from '../helpers/time';
import { ownDays, type DeviceDay, type DeviceSummary } from './device-summary';
import { allComputersDays } from './other-devices';

/** The history table's columns a summary carries (utils/days/day-columns.ts ids). */
export const SUMMED_COLUMNS: ReadonlySet<string> = new Set(['typing', 'breaks', 'water', 'microTaken']);

/** A summed day as a day record: its breaks counted as completed, so that "breaks taken" is their sum. */
const totalsOf = (day: DeviceDay): DayTotals => ({ ...emptyDay(day.day), typingMs: day.typingMs, breaksCompleted: day.breaks, microPausesTaken: day.microPauses, glasses: day.glasses });

/**
 * The last `count` days up to the day of `now` (at most a summary's 30) for all computers, oldest
 * first, from the first day any of them counted: a day none has a record of is an empty day.
 */
export function allComputersHistory(history: History, others: readonly DeviceSummary[], count: number, now: number): DayTotals[] {
  const today = localDayKey(now);
  const first = dayKeyBefore(today, count - 1);
  const summed = allComputersDays(ownDays(history, today), others).filter((day) => day.day >= first && day.day <= today);
  const byDay = new Map(summed.map((day) => [day.day, totalsOf(day)]));
  const days: DayTotals[] = [];
  for (let day = summed[0]?.day ?? today; day <= today; day = nextDayKey(day)) days.push(byDay.get(day) ?? emptyDay(day));
  return days;
}

/** Today's figures for all computers, for the popup. */
export const allComputersToday = (history: History, others: readonly DeviceSummary[], now: number): DayTotals => allComputersHistory(history, others, 1, now).at(-1) as DayTotals;
