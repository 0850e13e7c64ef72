// Working hours: for each weekday, the local time ranges in which Handrest may nudge; a range
// whose end is not after its start runs past midnight into the next day. Whether an instant lies
// inside them, and how a day's ranges are written and read back ("09:00–12:30, 13:30–18:00").
// Ranges are wall-clock times, so a day with a clock change keeps them as the clock shows them. Pure.

import { quotedText } from '../helpers/quoted-text';

const MINUTES_PER_DAY = 24 * 60;

/** A local time range in minutes since midnight; `end <= start` means it ends the next day (`00:00–24:00`, start and end 0, is the whole day). */
export interface TimeRange {
  start: number;
  end: number;
}

/** The most ranges a day holds: one an hour is more than any working day needs. */
export const MAX_RANGES_PER_DAY = 24;

/** The longest line of ranges read: a day's most ranges written out, with room for spaces. */
const MAX_DAY_TEXT = MAX_RANGES_PER_DAY * 16;

/** Ranges for each weekday, Sunday first (as `Date.getDay()` counts). */
export type WeekHours = TimeRange[][];

/** What Intl.Locale says of its week: `getWeekInfo()` in current browsers, the `weekInfo` getter in older engines. */
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };

/**
 * The weekdays (Sunday is 0) in the order the locale's calendar shows a week: Monday first in
 * Germany, Sunday in the United States and Japan, Saturday in Arabic. Monday where Intl cannot say.
 */
export function weekdaysInOrder(locale: string): number[] {
  const week = new Intl.Locale(locale) as LocaleWithWeek;
  const firstDay = (week.getWeekInfo?.() ?? week.weekInfo)?.firstDay ?? 1;
  return Array.from({ length: 7 }, (_, index) => (firstDay + index) % 7);
}

const workday: TimeRange[] = [{ start: 9 * 60, end: 17 * 60 + 30 }];

/** The default: Monday to Friday, 09:00 to 17:30 (a fresh value each time). */
export function defaultWorkingHours(): WeekHours {
  return [[], ...Array.from({ length: 5 }, () => workday.map((range) => ({ ...range }))), []];
}

const crossesMidnight = (range: TimeRange) => range.end <= range.start;

/** `00:00–24:00`: a range from midnight to the next. */
const isWholeDay = (start: number, end: number) => start === 0 && end === 0;

/** Whether the local time of `at` lies within working hours. */
export function isWithinWorkingHours(week: WeekHours, at: number): boolean {
  const date = new Date(at);
  const day = date.getDay();
  const minute = date.getHours() * 60 + date.getMinutes();
  const today = week[day] ?? [];
  const yesterday = week[(day + 6) % 7] ?? [];
  return (
    today.some((range) => minute >= range.start && (crossesMidnight(range) || minute < range.end)) ||
    yesterday.some((range) => crossesMidnight(range) && minute < range.end)
  );
}

/** A time as people type it: "9", "17", "9:00", "09:30" (the hour alone is on the hour). */
const TIME = /^([01]?\d|2[0-4])(?::([0-5]\d))?$/;

function parseTime(text: string): number | null {
  const match = TIME.exec(text.trim());
  if (match === null) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2] ?? 0);
  return minutes > MINUTES_PER_DAY ? null : minutes % MINUTES_PER_DAY;
}

function formatTime(minutes: number, isEnd: boolean): string {
  const shown = isEnd && minutes === 0 ? MINUTES_PER_DAY : minutes;
  return `${String(Math.floor(shown / 60)).padStart(2, '0')}:${String(shown % 60).padStart(2, '0')}`;
}

/** A day's ranges as text: "09:00–12:30, 13:30–18:00", or "" for a day off. */
export function formatRanges(ranges: readonly TimeRange[]): string {
  return ranges.map((range) => `${formatTime(range.start, false)}–${formatTime(range.end, true)}`).join(', ');
}

/** Text as any keyboard types it: full-width digits and colons (NFKC) and Arabic-Indic or Persian digits as ASCII. */
const withAsciiDigits = (text: string) => text.normalize('NFKC').replace(/[٠-٩۰-۹]/g, (digit) => String(digit.charCodeAt(0) & 0xf));

/** Between ranges: commas and semicolons, Latin, Arabic and CJK; within a range: dashes, a wave dash or "to". */
const RANGE_SEPARATOR = /[,;،؛、]/;
const TIME_SEPARATOR = /\s*[–—\-~〜]\s*|\s+to\s+/;

/**
 * A day's ranges read from text, in start order, or the piece that is not a range (quoted short):
 * "9-17", "9–17", "9:00-17:30", "09:00–17:30", "9 to 17:30", one or more, in any order.
 */
export function parseRanges(text: string): { ok: true; value: TimeRange[] } | { ok: false; piece: string } {
  if (text.length > MAX_DAY_TEXT) return { ok: false, piece: quotedText(text.trim()) };
  const ranges: TimeRange[] = [];
  for (const piece of withAsciiDigits(text).split(RANGE_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '')) {
    const [from, to, extra] = piece.split(TIME_SEPARATOR);
    const start = from === undefined ? null : parseTime(from);
    const end = to === undefined ? null : parseTime(to);
    // A range that ends where it starts is none, but for the whole day: 00:00 to 24:00.
    if (start === null || end === null || extra !== undefined || (start === end && !isWholeDay(start, end))) return { ok: false, piece: quotedText(piece) };
    ranges.push({ start, end });
  }
  return { ok: true, value: ranges.sort((a, b) => a.start - b.start) };
}

/** Whether a value read from storage or a file is a valid range. */
export function isTimeRange(value: unknown): value is TimeRange {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as Record<string, unknown>;
  const isMinute = (minute: unknown) => Number.isInteger(minute) && (minute as number) >= 0 && (minute as number) < MINUTES_PER_DAY;
  return isMinute(start) && isMinute(end) && (start !== end || isWholeDay(start as number, end as number));
}

/** A weekday's name in the locale (Sunday is 0), from a week known to start on a Sunday. */
export function weekdayName(day: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 22 + day));
}
