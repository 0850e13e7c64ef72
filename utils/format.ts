// Formatting of durations and times for the pages: one wording everywhere.

import { HOUR, MINUTE, SECOND } from './time';

/** A running clock: `m:ss` (minutes may exceed 59). */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / SECOND));
  return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

/** A duration in words: `45 s`, `12 min`, `2 h 05 min`. */
export function formatDuration(ms: number): string {
  const clamped = Math.max(0, ms);
  if (clamped < MINUTE) return `${Math.floor(clamped / SECOND)} s`;
  if (clamped < HOUR) return `${Math.floor(clamped / MINUTE)} min`;
  const minutes = Math.floor((clamped % HOUR) / MINUTE);
  return `${Math.floor(clamped / HOUR)} h ${String(minutes).padStart(2, '0')} min`;
}

/** A local time of day, `14:05`. */
export function formatTimeOfDay(at: number): string {
  const date = new Date(at);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

export type TimeUnit = 'second' | 'minute' | 'hour';

/** A whole number of a time unit in the locale's words and digits: `31 min`, `31 Min.`, `٣١ دقيقة`. */
export function formatUnit(value: number, unit: TimeUnit, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 0 }).format(value);
}
