// Time units and local-calendar helpers. The clock is always passed in; these
// functions only read the process time zone (through Date), never the current time.

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
/** The earlier of two times that may be unset. */
export const earlier = (a: number | null, b: number | null): number | null => (a === null ? b : b === null || a <= b ? a : b);

/** A day of elapsed time (not a calendar day, which DST can make 23 or 25 hours). */
export const DAY = 24 * HOUR;

interface LocalDay {
  key: string;
  start: number;
  end: number;
}

/**
 * The last local day looked up. Typing asks for the same day thousands of times in a row, and
 * building Dates each time would dominate the cost of a keystroke. The range is absolute time,
 * so DST days stay right; a time-zone change while running is picked up once the day is left.
 */
let lastDay: LocalDay = { key: '', start: 0, end: 0 };

function localDayOf(at: number): LocalDay {
  if (at >= lastDay.start && at < lastDay.end) return lastDay;
  const date = new Date(at);
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const end = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  lastDay = { key: dayKeyOf(date), start, end };
  return lastDay;
}

const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Whether a text is a day key, `YYYY-MM-DD`, of a day the calendar has (never 2026-02-30).
 * Counted, not built as a Date: every read of the stored days checks each one.
 */
export function isDayKey(text: string): boolean {
  if (!DAY_KEY.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  // Dates take years below 100 for 19xx: no day key of Handrest's names one.
  return year >= 100 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1] ?? 0);
}

/** The day key of a date's local calendar day: the one formatter of day keys. */
function dayKeyOf(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The local midnight that starts a day key's day: the one parser of day keys. */
export function dateOfDayKey(key: string): Date {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/** The day key of the calendar day after `key`. */
export function nextDayKey(key: string): string {
  return dayKeyBefore(key, -1);
}

/** The day key `days` calendar days before `key`. */
export function dayKeyBefore(key: string, days: number): string {
  const date = dateOfDayKey(key);
  return dayKeyOf(new Date(date.getFullYear(), date.getMonth(), date.getDate() - days));
}

/** Local calendar day of an instant, as `YYYY-MM-DD`. */
export function localDayKey(at: number): string {
  return localDayOf(at).key;
}

/** The first instant of the local day after the one holding `at` (23 or 25 hours away on DST days). */
export function nextLocalMidnight(at: number): number {
  return localDayOf(at).end;
}

/** Splits [start, end) at local midnights into per-day pieces, in order. */
export function splitAtLocalMidnights(start: number, end: number): { day: string; ms: number }[] {
  const pieces: { day: string; ms: number }[] = [];
  let from = start;
  while (from < end) {
    const day = localDayOf(from);
    const until = Math.min(end, day.end);
    pieces.push({ day: day.key, ms: until - from });
    from = until;
  }
  return pieces;
}
