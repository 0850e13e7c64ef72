// Export of the user's data: JSON with everything (days, settings, schema version), which an
// import reads back (history-import.ts), and CSV with one row per day. Pure.

import { DAY_FIELDS, type DayTotals } from './day-totals';
import type { Settings } from '../settings/settings';

export const EXPORT_FORMAT = 'handrest-export';
export const EXPORT_VERSION = 4;

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

/** One row per day with a header row, CRLF line ends (RFC 4180). */
export function toCsv(days: readonly DayTotals[]): string {
  const rows = [DAY_FIELDS.map(csvField).join(','), ...days.map((totals) => DAY_FIELDS.map((field) => csvField(totals[field])).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}
