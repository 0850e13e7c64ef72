// Export and import of the user's data: JSON with everything (days, settings, schema version)
// and CSV with one row per day. Import accepts a well-formed JSON export of this version or an
// earlier one (whose days and settings are brought forward as stored data is); anything else is
// refused, saying why, and changes nothing. Pure.

import { DAY_FIELDS, dayV2FromV1, dayV3FromV2, isDayTotals, type DayTotals, type DayTotalsV1, type DayTotalsV2 } from './day-totals';
import type { Settings, SettingKey } from '../settings/settings';
import { validateSettings, type SettingError } from '../settings/validate-settings';
import { settingsV2FromV1, settingsV3FromV2, type SettingsV1, type SettingsV2 } from '../settings/settings-versions';

export const EXPORT_FORMAT = 'handrest-export';
export const EXPORT_VERSION = 3;

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

/** Why a file is refused, as data; the history page says it in the UI language. */
export type ImportProblem =
  | { kind: 'not-json' | 'not-handrest' | 'damaged-days' | 'repeated-day' }
  | { kind: 'version'; version: string }
  | { kind: 'settings'; key: SettingKey; error: SettingError };

export type ImportResult = { ok: true; days: DayTotals[]; settings: Settings } | { ok: false; problem: ImportProblem };

const refuse = (problem: ImportProblem): ImportResult => ({ ok: false, problem });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** An export of one version brought forward to the next: its days and settings gain what that version added. */
function nextVersion<Day, Next, SettingsBefore, SettingsNext>(
  file: Record<string, unknown>,
  day: (stored: Day) => Next,
  settings: (stored: SettingsBefore) => SettingsNext,
): Record<string, unknown> {
  return {
    ...file,
    version: (file.version as number) + 1,
    days: Array.isArray(file.days) ? file.days.map((entry: unknown) => (isRecord(entry) ? day(entry as Day) : entry)) : file.days,
    settings: isRecord(file.settings) ? settings(file.settings as SettingsBefore) : file.settings,
  };
}

/** An export of an earlier version brought forward, one version at a time. */
function upToDate(file: Record<string, unknown>): Record<string, unknown> {
  const v2 = file.version === 1 ? nextVersion<DayTotalsV1, DayTotalsV2, SettingsV1, SettingsV2>(file, dayV2FromV1, settingsV2FromV1) : file;
  return v2.version === 2 ? nextVersion<DayTotalsV2, DayTotals, SettingsV2, Settings>(v2, dayV3FromV2, settingsV3FromV2) : v2;
}

export function parseImport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse({ kind: 'not-json' });
  }
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>).format !== EXPORT_FORMAT) {
    return refuse({ kind: 'not-handrest' });
  }
  const file = upToDate(data as Record<string, unknown>);
  if (file.version !== EXPORT_VERSION) {
    return refuse({ kind: 'version', version: String(file.version) });
  }
  if (!Array.isArray(file.days) || !file.days.every(isDayTotals)) {
    return refuse({ kind: 'damaged-days' });
  }
  if (new Set(file.days.map((totals) => totals.day)).size !== file.days.length) {
    return refuse({ kind: 'repeated-day' });
  }
  const settings = validateSettings((file.settings ?? {}) as Record<SettingKey, unknown>);
  if (!settings.ok) {
    const [key, error] = Object.entries(settings.errors)[0] as [SettingKey, SettingError];
    return refuse({ kind: 'settings', key, error });
  }
  return { ok: true, days: file.days, settings: settings.value };
}
