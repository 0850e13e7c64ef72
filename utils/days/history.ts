// Daily history: per local day, typing time, longest streak, breaks, nudges and water.
// The current day's totals and the other days are kept apart so that a report only rewrites the
// current day. The current day is the day of the background's own clock (moveToDay), never of a
// keystroke, and it follows the clock both ways. Whenever it changes, the days that fall out of
// the HISTORY_DAYS window go, the window ending at the new day or at the day after the old one,
// whichever is earlier: a night and weeks away prune alike, while a clock that jumps ahead for a
// moment, or back, removes no more than a night would.

import { dayKeyBefore, localDayKey, nextDayKey, splitAtLocalMidnights } from '../helpers/time';
import { DAY_FIELDS, emptyDay, type DayCounter, type DayTotals } from './day-totals';

export const HISTORY_DAYS = 90;

/** The most other days a history holds: the window, and days a clock set back left ahead of it. */
export const MAX_PAST_DAYS = 4 * HISTORY_DAYS;

export interface History {
  /** The current day by the background's clock (day '' before the first event). */
  today: DayTotals;
  /** The other days with any record, in day order (after a clock jump, one may lie after today). */
  past: DayTotals[];
}

function pruneBefore(past: DayTotals[], today: string): DayTotals[] {
  const oldestKept = dayKeyBefore(today, HISTORY_DAYS - 1);
  let drop = 0;
  while (drop < past.length && (past[drop] as DayTotals).day < oldestKept) drop += 1;
  return drop === 0 ? past : past.slice(drop);
}

/** Whether a day holds nothing (a day the background saw without any activity): it leaves no record. */
function isEmptyDay(totals: DayTotals): boolean {
  return DAY_FIELDS.every((field) => field === 'day' || totals[field] === 0);
}

/** The days with `record` put in its place in day order. */
function withRecord(days: readonly DayTotals[], record: DayTotals): DayTotals[] {
  const after = days.findIndex((totals) => totals.day > record.day);
  return after < 0 ? [...days, record] : [...days.slice(0, after), record, ...days.slice(after)];
}

/**
 * Makes `day` the current day: the previous current day goes among the others (unless it holds
 * nothing), the record of `day`, if there is one, comes out, and the days before the window of
 * HISTORY_DAYS ending at `day`, or at the day after the previous one if that is earlier, go.
 */
export function moveToDay(history: History, day: string): History {
  const previous = history.today;
  if (previous.day === day) return history;
  const others = previous.day === '' || isEmptyDay(previous) ? history.past : withRecord(history.past, previous);
  const index = others.findIndex((totals) => totals.day === day);
  const today = index < 0 ? emptyDay(day) : (others[index] as DayTotals);
  const past = index < 0 ? others : [...others.slice(0, index), ...others.slice(index + 1)];
  if (previous.day === '') return { today, past };
  const dayAfter = nextDayKey(previous.day);
  return { today, past: pruneBefore(past, day < dayAfter ? day : dayAfter) };
}

/** Applies `change` to the totals of `day`: the current day, or another within the kept window. */
function updateDay(history: History, day: string, change: (totals: DayTotals) => DayTotals): History {
  if (day === history.today.day) return { today: change(history.today), past: history.past };
  const index = history.past.findLastIndex((totals) => totals.day === day);
  if (index >= 0) {
    const past = [...history.past];
    past[index] = change(past[index] as DayTotals);
    return { ...history, past };
  }
  if (history.today.day !== '' && day < dayKeyBefore(history.today.day, HISTORY_DAYS - 1)) return history;
  return { ...history, past: withRecord(history.past, change(emptyDay(day))) };
}

/**
 * Adds the typing interval [start, end) to the days it spans, split at local midnight, and
 * notes the streak it brought (`streakMs`) as a candidate for the longest of the day it ends in.
 */
export function addTyping(history: History, start: number, end: number, streakMs: number): History {
  const lastDay = localDayKey(end - 1);
  const pieces = localDayKey(start) === lastDay ? [{ day: lastDay, ms: end - start }] : splitAtLocalMidnights(start, end);
  return pieces.reduce(
    (current, piece) =>
      updateDay(current, piece.day, (totals) =>
        withTyping(totals, piece.ms, piece.day === lastDay ? Math.max(totals.longestStreakMs, streakMs) : totals.longestStreakMs),
      ),
    history,
  );
}

/** The day's totals with more typing: a literal, not a spread, because it runs for every keystroke. */
function withTyping(totals: DayTotals, typedMs: number, longestStreakMs: number): DayTotals {
  return {
    day: totals.day,
    typingMs: totals.typingMs + typedMs,
    longestStreakMs,
    breaksNatural: totals.breaksNatural,
    breaksCompleted: totals.breaksCompleted,
    breaksEndedEarly: totals.breaksEndedEarly,
    breaksTypedThrough: totals.breaksTypedThrough,
    nudgesShown: totals.nudgesShown,
    nudgesSnoozed: totals.nudgesSnoozed,
    nudgesIgnored: totals.nudgesIgnored,
    glasses: totals.glasses,
    microPausesPrompted: totals.microPausesPrompted,
    microPausesTaken: totals.microPausesTaken,
    microPausesNatural: totals.microPausesNatural,
    microPausesSkipped: totals.microPausesSkipped,
    dailyLimitReached: totals.dailyLimitReached,
    nudgesHeld: totals.nudgesHeld,
  };
}

/** Counters that say whether something happened on a day, not how often. */
const ONCE_A_DAY: ReadonlySet<DayCounter> = new Set(['dailyLimitReached']);

/** Adds one to a counter of `day`: a once-a-day counter (the daily limit reached) becomes 1, however often it is counted. */
export function countOnDay(history: History, day: string, counter: DayCounter): History {
  return updateDay(history, day, (totals) => ({ ...totals, [counter]: ONCE_A_DAY.has(counter) ? 1 : totals[counter] + 1 }));
}

/** Every day with a record, in day order. */
export function allDays(history: History): DayTotals[] {
  return history.today.day === '' || isEmptyDay(history.today) ? [...history.past] : withRecord(history.past, history.today);
}

/** The last `count` calendar days up to the day of `now`, oldest first; days without a record are empty. */
function lastDays(history: History, count: number, now: number): DayTotals[] {
  const byDay = new Map(allDays(history).map((totals) => [totals.day, totals]));
  const today = localDayKey(now);
  return Array.from({ length: count }, (_, index) => {
    const day = dayKeyBefore(today, count - 1 - index);
    return byDay.get(day) ?? emptyDay(day);
  });
}

/**
 * The first day Handrest counted: the earliest day with a record (no install time is stored, and
 * the first record is made on the day it began counting), or the day of `now` when there is none yet.
 */
export function firstCountedDay(history: History, now: number): string {
  const today = localDayKey(now);
  const first = allDays(history)[0]?.day;
  return first === undefined || first > today ? today : first;
}

/** Like lastDays, but none before the first day Handrest counted: days it could not see are not shown as zeros. */
export function countedDays(history: History, count: number, now: number): DayTotals[] {
  const first = firstCountedDay(history, now);
  return lastDays(history, count, now).filter((totals) => totals.day >= first);
}

/** The days that hold a record: a day without one is a day Handrest saw nothing of, not a day of zeros. */
export const daysWithData = (days: readonly DayTotals[]): DayTotals[] => days.filter((totals) => !isEmptyDay(totals));

/** The average of a figure over the days with data (0 when there are none), so that days without a record do not pull it down. */
export function averageOverDaysWithData(days: readonly DayTotals[], figure: (totals: DayTotals) => number): number {
  const counted = daysWithData(days);
  return counted.length === 0 ? 0 : counted.reduce((sum, totals) => sum + figure(totals), 0) / counted.length;
}

/** A history made of the given days as of `now`: today's record (if any) apart, the rest pruned. */
export function historyFromDays(days: readonly DayTotals[], now: number): History {
  const today = localDayKey(now);
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day)).filter((totals) => totals.day <= today);
  const past = pruneBefore(
    sorted.filter((totals) => totals.day < today),
    today,
  );
  return { today: sorted.find((totals) => totals.day === today) ?? emptyDay(today), past };
}
