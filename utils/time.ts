// Time units and local-calendar helpers. The clock is always passed in; these
// functions only read the process time zone (through Date), never the current time.

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** Local calendar day of an instant, as `YYYY-MM-DD`. */
export function localDayKey(at: number): string {
  const date = new Date(at);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The first instant of the local day after the one holding `at` (23 or 25 hours away on DST days). */
export function nextLocalMidnight(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
}

/** Splits [start, end) at local midnights into per-day pieces, in order. */
export function splitAtLocalMidnights(start: number, end: number): { day: string; ms: number }[] {
  const pieces: { day: string; ms: number }[] = [];
  let from = start;
  while (from < end) {
    const until = Math.min(end, nextLocalMidnight(from));
    pieces.push({ day: localDayKey(from), ms: until - from });
    from = until;
  }
  return pieces;
}
