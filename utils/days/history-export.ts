// Export of the user's data: JSON with everything (days, settings, schema version) under stable
// keys, which an import reads back (history-import.ts), and CSV for a spreadsheet: one row per day
// with the history page's columns in its order, headed in the person's language, times in whole
// minutes. Pure: the words come in.

import type { DayTotals } from './day-totals';
import { DAY_COLUMNS, type DayColumn } from './day-columns';
import { MINUTE } from '../helpers/time';
import type { Settings } from '../settings/settings';

export const EXPORT_FORMAT = 'handrest-export';
export const EXPORT_VERSION = 5;

export interface HandrestExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  settings: Settings;
  days: DayTotals[];
}

export function buildExport(days: readonly DayTotals[], settings: Settings, now: number): HandrestExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), settings, days: [...days] };
}

/** One CSV field, quoted as RFC 4180 asks when it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** What a CSV says in the person's language: the day's heading, each column's (with its unit), and the word for a daily limit reached. */
export interface CsvWords {
  day: string;
  heading: (column: DayColumn) => string;
  reached: string;
}

/**
 * Excel reads a CSV as UTF-8 only when it starts with a byte-order mark; without one, Arabic or
 * Japanese headings open as mojibake. Other spreadsheets and text tools skip it.
 */
const CSV_BOM = '\uFEFF';

/** A figure as a spreadsheet takes it: times in whole minutes (no decimal separator to misread), counts as they are, the limit as a word or nothing. */
function csvValue(column: DayColumn, totals: DayTotals, words: CsvWords): string | number {
  const value = column.value(totals);
  if (column.kind === 'duration') return Math.round(value / MINUTE);
  if (column.kind === 'reached') return value > 0 ? words.reached : '';
  return value;
}

/** A header row and one row per day (the day as YYYY-MM-DD, which spreadsheets read as a date), CRLF line ends (RFC 4180), after a BOM. */
export function toCsv(days: readonly DayTotals[], words: CsvWords): string {
  const header = [words.day, ...DAY_COLUMNS.map(words.heading)];
  const rows = days.map((totals) => [totals.day, ...DAY_COLUMNS.map((column) => csvValue(column, totals, words))]);
  return `${CSV_BOM}${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
