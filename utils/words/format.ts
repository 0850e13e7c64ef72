// Durations, clocks, times of day, dates and sizes in the user's language, all through Intl: its
// digits, its unit words, its list joining and its 12- or 24-hour clock. Never built by concatenating words.

import { dateOfDayKey, HOUR, MINUTE, SECOND } from '../helpers/time';

export type TimeUnit = 'second' | 'minute' | 'hour';

/** A whole number of a time unit in the locale's words and digits: `31 min`, `31 Min.`, `٣١ دقيقة`. */
export function formatUnit(value: number, unit: TimeUnit, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 0 }).format(value);
}

/** What a duration says: seconds under a minute, minutes under an hour, else hours and any minutes. */
function durationParts(ms: number): Partial<Record<TimeUnit, number>> {
  const clamped = Math.max(0, ms);
  if (clamped < MINUTE) return { second: Math.floor(clamped / SECOND) };
  if (clamped < HOUR) return { minute: Math.floor(clamped / MINUTE) };
  const minute = Math.floor((clamped % HOUR) / MINUTE);
  return minute === 0 ? { hour: Math.floor(clamped / HOUR) } : { hour: Math.floor(clamped / HOUR), minute };
}

/**
 * A duration in words: `45 sec`, `12 min`, `2 hr, 5 min` in English. DurationFormat where the
 * runtime has it (both browsers do); elsewhere the same short units joined as the locale joins them.
 */
export function formatDuration(ms: number, locale: string): string {
  const parts = durationParts(ms);
  // DurationFormat leaves out units that are zero, which would leave nothing of "0 sec".
  if (parts.second === 0) return formatUnit(0, 'second', locale);
  if ('DurationFormat' in Intl) {
    return new Intl.DurationFormat(locale, { style: 'short' }).format({ hours: parts.hour, minutes: parts.minute, seconds: parts.second });
  }
  const units = (Object.entries(parts) as [TimeUnit, number][]).map(([unit, value]) => formatUnit(value, unit, locale));
  return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(units);
}

/** A running clock, `m:ss` in the locale's digits (minutes may exceed 59). */
export function formatClock(ms: number, locale: string): string {
  const totalSeconds = Math.max(0, Math.floor(ms / SECOND));
  const minutes = new Intl.NumberFormat(locale, { useGrouping: false }).format(Math.floor(totalSeconds / 60));
  const seconds = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 }).format(totalSeconds % 60);
  return `${minutes}:${seconds}`;
}

/** A local time of day as the locale writes it: `2:05 PM` in American English, `14:05` in German. */
export function formatTimeOfDay(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
}

/** A day key as the locale writes a date: `Nov 25, 2026` in American English, `25.11.2026` in German. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(dateOfDayKey(day));
}

/** An instant's date and time as the locale writes them. */
export function formatDateTime(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** A size in whole kilobytes (of 1,024 bytes, as the browsers' storage quotas count): `256 kB`. */
export function formatKilobytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.ceil(bytes / 1024));
}
