// What one day's record can hold as Handrest counts it: a day the calendar has, its fields and no
// others, typing no longer than a day is, whole counts no larger than a day allows, the daily
// limit reached once or not. An imported file and an import message are held to it; a day that
// breaks it is named with the first field that does. Pure.

import { HOUR, isDayKey } from '../helpers/time';
import { isRecord } from '../helpers/is-record';
import { DAY_FIELDS, type DayTotals } from './day-totals';

/** The longest local day: 25 hours, when the clocks go back. */
export const MAX_DAY_TYPING_MS = 25 * HOUR;
/** A streak is noted on the day it ends in, so it may have begun the day before. */
const MAX_DAY_STREAK_MS = 2 * MAX_DAY_TYPING_MS;
/** More of anything than a day holds: one every nine seconds, all day and night. */
export const MAX_DAY_COUNT = 10_000;

type DayField = (typeof DAY_FIELDS)[number];

/** The most each figure can be: times in ms, counts, and the daily limit as a yes (1) or no (0). */
const MOST: Record<Exclude<DayField, 'day'>, number> = {
  typingMs: MAX_DAY_TYPING_MS,
  longestStreakMs: MAX_DAY_STREAK_MS,
  breaksNatural: MAX_DAY_COUNT,
  breaksCompleted: MAX_DAY_COUNT,
  breaksEndedEarly: MAX_DAY_COUNT,
  breaksTypedThrough: MAX_DAY_COUNT,
  nudgesShown: MAX_DAY_COUNT,
  nudgesSnoozed: MAX_DAY_COUNT,
  nudgesIgnored: MAX_DAY_COUNT,
  glasses: MAX_DAY_COUNT,
  microPausesPrompted: MAX_DAY_COUNT,
  microPausesTaken: MAX_DAY_COUNT,
  microPausesNatural: MAX_DAY_COUNT,
  microPausesSkipped: MAX_DAY_COUNT,
  dailyLimitReached: 1,
  nudgesHeld: MAX_DAY_COUNT,
};

const FIELD_NAMES: ReadonlySet<string> = new Set(DAY_FIELDS);

/** What is wrong with a day's record: not a record, a field it should not have, or a field whose value it cannot hold. */
export type DayFlaw = { kind: 'not-a-day' } | { kind: 'unknown-field'; field: string } | { kind: 'bad-value'; field: DayField };

/** The first flaw of a day's record, or null when it is one Handrest could have counted. */
export function flawOfDay(value: unknown): DayFlaw | null {
  if (!isRecord(value)) return { kind: 'not-a-day' };
  const unknown = Object.keys(value).find((key) => !FIELD_NAMES.has(key));
  if (unknown !== undefined) return { kind: 'unknown-field', field: unknown };
  for (const field of DAY_FIELDS) {
    const entry = value[field];
    const fits = field === 'day' ? typeof entry === 'string' && isDayKey(entry) : Number.isInteger(entry) && (entry as number) >= 0 && (entry as number) <= MOST[field];
    if (!fits) return { kind: 'bad-value', field };
  }
  return null;
}

/** Whether a value is a day's record Handrest could have counted. */
export const isCountedDay = (value: unknown): value is DayTotals => flawOfDay(value) === null;
