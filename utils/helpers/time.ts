// Time units and local-calendar helpers. The clock is always passed in; these
// functions only read the process time zone (through Date), never the current time.

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

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

/** Whether a text is a day key, `YYYY-MM-DD`, of a day the calendar has (never 2026-02-30). */
export function isDayKey(text: string): boolean {
  return DAY_KEY.test(text) && dayKeyOf(dateOfDayKey(text)) === text;
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
