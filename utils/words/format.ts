// Durations, clocks, times of day, dates and sizes in the user's language, all through Intl: its
// digits, its unit words, its list joining and its 12- or 24-hour clock. Never built by concatenating words.

import { dateOfDayKey, HOUR, MINUTE, SECOND } from '../helpers/time';

export type TimeUnit = 'second' | 'minute' | 'hour';

/** A whole number of a time unit in the locale's words and digits: `31 min`, `31 Min.`, `٣١ دقيقة`. */
export function formatUnit(value: number, unit: TimeUnit, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 0 }).format(value);
}

type DurationParts = Partial<Record<TimeUnit, number>>;

/** The whole seconds in a duration, none below zero. */
const wholeSeconds = (ms: number): number => Math.max(0, Math.floor(ms / SECOND));

/** What a duration says: seconds under a minute, minutes under an hour, else hours and any minutes. */
function durationParts(ms: number): DurationParts {
  const clamped = Math.max(0, ms);
  if (clamped < MINUTE) return { second: Math.floor(clamped / SECOND) };
  if (clamped < HOUR) return { minute: Math.floor(clamped / MINUTE) };
  const minute = Math.floor((clamped % HOUR) / MINUTE);
  return minute === 0 ? { hour: Math.floor(clamped / HOUR) } : { hour: Math.floor(clamped / HOUR), minute };
}

/** Every unit of a duration down to the whole second, but those that are zero (a zero duration is `0 sec`). */
function exactParts(ms: number): DurationParts {
  const totalSeconds = wholeSeconds(ms);
  const all: [TimeUnit, number][] = [
    ['hour', Math.floor(totalSeconds / 3600)],
    ['minute', Math.floor((totalSeconds % 3600) / 60)],
    ['second', totalSeconds % 60],
  ];
  const shown = all.filter(([, value]) => value > 0);
  return Object.fromEntries(shown.length === 0 ? [['second', 0]] : shown);
}

/**
 * Duration parts in words: `45 sec`, `12 min`, `2 hr, 5 min` in English. DurationFormat where the
 * runtime has it (both browsers do); elsewhere the same short units joined as the locale joins them.
 */
function partsInWords(parts: DurationParts, locale: string): string {
  // DurationFormat leaves out units that are zero, which would leave nothing of "0 sec" (the one
  // duration in which a zero is said: no other part is zero).
  if (parts.second === 0) return formatUnit(0, 'second', locale);
  if ('DurationFormat' in Intl) {
    return new Intl.DurationFormat(locale, { style: 'short' }).format({ hours: parts.hour, minutes: parts.minute, seconds: parts.second });
  }
  const units = (Object.entries(parts) as [TimeUnit, number][]).map(([unit, value]) => formatUnit(value, unit, locale));
  return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(units);
}

/** A duration gone by, in words, in its largest units and rounded down: 12 min 59 s typed is `12 min`. */
export function formatDuration(ms: number, locale: string): string {
  return partsInWords(durationParts(ms), locale);
}

/**
 * A duration still to go, in words, rounded up to the unit it is said in, so that it never looks
 * shorter than it is: 4 min 30 s left is `5 min`, 59.5 s is `1 min`, 20.2 s is `21 sec`.
 */
export function formatTimeLeft(ms: number, locale: string): string {
  const step = ms <= MINUTE ? SECOND : MINUTE;
  return formatDuration(Math.ceil(Math.max(0, ms) / step) * step, locale);
}

/** A duration to the second, in words, for what a clock says aloud: `12 min, 34 sec`, `1 hr, 5 sec`. */
export function formatExactDuration(ms: number, locale: string): string {
  return partsInWords(exactParts(ms), locale);
}

/** Clock digits in the locale's numerals: the leading figure as it is, the others as two digits. */
function clockFace(leading: number, pairs: readonly number[], locale: string): string {
  const twoDigits = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 });
  return [new Intl.NumberFormat(locale, { useGrouping: false }).format(leading), ...pairs.map((pair) => twoDigits.format(pair))].join(':');
}

/** A countdown, `m:ss` in the locale's digits: for steps and breaks, which last minutes, never hours. */
export function formatClock(ms: number, locale: string): string {
  const totalSeconds = wholeSeconds(ms);
  return clockFace(Math.floor(totalSeconds / 60), [totalSeconds % 60], locale);
}

/**
 * A running clock that may pass an hour, always `h:mm:ss` in the locale's digits: `0:12:34` is
 * twelve minutes, never mistaken for a time of day or for hours and minutes.
 */
export function formatStopwatch(ms: number, locale: string): string {
  const totalSeconds = wholeSeconds(ms);
  return clockFace(Math.floor(totalSeconds / 3600), [Math.floor((totalSeconds % 3600) / 60), totalSeconds % 60], locale);
}

/** A local time of day as the locale writes it: `2:05 PM` in American English, `14:05` in German. */
export function formatTimeOfDay(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
}

/** A local weekday and time of day as the locale writes them: `Thu 9:00 AM` in American English, `Do., 09:00` in German. */
export function formatWeekdayTime(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
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
