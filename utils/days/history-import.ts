// Reading an import: a JSON export of this version or an earlier one (its days and settings
// brought forward as stored data is), held to what an export can hold: no larger than any export
// is, the fields an export has and no others, days the calendar has, each once, with figures a day
// can hold (day-bounds.ts) and settings the validator accepts. Anything else is refused, saying
// why, before anything changes. Pure; what an import then does is in import-plan.ts.

import type { DayTotals, DayTotalsV1, DayTotalsV2, DayTotalsV3 } from './day-totals';
import { dayV2FromV1, dayV3FromV2, dayV4FromV3 } from './day-totals';
import { flawOfDay } from './day-bounds';
import { MAX_PAST_DAYS } from './history';
import { EXPORT_FORMAT, EXPORT_VERSION } from './history-export';
import { SETTING_KEYS } from '../settings/setting-fields';
import type { Settings, SettingKey } from '../settings/settings';
import { validateSettings, type SettingError } from '../settings/validate-settings';
import { settingsV2FromV1, settingsV3FromV2, settingsV4FromV3, type SettingsV1, type SettingsV2, type SettingsV3 } from '../settings/settings-versions';
import { quotedText } from '../helpers/quoted-text';
import { isRecord } from '../helpers/is-record';

/** The largest file read, in characters: several times the largest export Handrest can write. */
export const MAX_IMPORT_CHARS = 1024 * 1024;
/** The most days an export holds: every day a history keeps, and today. */
export const MAX_IMPORT_DAYS = MAX_PAST_DAYS + 1;

/** What an export holds at its top level. */
const FILE_FIELDS: ReadonlySet<string> = new Set(['format', 'version', 'exportedAt', 'settings', 'days']);
const SETTING_NAMES: ReadonlySet<string> = new Set(SETTING_KEYS);
/** The longest `exportedAt` an export writes: an ISO time, with room for a time-zone offset. */
const MAX_TIME_TEXT = 40;

/** Why a file is refused, as data; the history page says it in the UI language. */
export type ImportProblem =
  | { kind: 'not-json' | 'not-handrest' }
  | { kind: 'too-large'; most: number }
  | { kind: 'version'; version: string }
  | { kind: 'unknown-field'; field: string }
  | { kind: 'damaged'; field: 'exportedAt' | 'days' | 'settings' }
  | { kind: 'too-many-days'; most: number }
  | { kind: 'bad-day'; day: string; field: string }
  | { kind: 'repeated-day'; day: string }
  | { kind: 'settings'; key: SettingKey; error: SettingError };

/** A file that passed: when it was exported, its days in day order, and its settings. */
export interface ImportedFile {
  exportedAt: number;
  days: DayTotals[];
  settings: Settings;
}

export type ImportResult = { ok: true; file: ImportedFile } | { ok: false; problem: ImportProblem };

const refuse = (problem: ImportProblem): ImportResult => ({ ok: false, problem });

/** An export of one version brought forward to the next: its days and settings gain what that version added. */
function nextVersion<Day, Next, SettingsBefore, SettingsNext>(
  file: Record<string, unknown>,
  day: (stored: Day) => Next,
  settings: (stored: SettingsBefore) => SettingsNext,
): Record<string, unknown> {
  return {
    ...file,
    version: (file.version as number) + 1,
    days: (file.days as unknown[]).map((entry) => (isRecord(entry) ? day(entry as Day) : entry)),
    settings: settings(file.settings as SettingsBefore),
  };
}

/** An export of an earlier version brought forward, one version at a time. */
function upToDate(file: Record<string, unknown>): Record<string, unknown> {
  const v2 = file.version === 1 ? nextVersion<DayTotalsV1, DayTotalsV2, SettingsV1, SettingsV2>(file, dayV2FromV1, settingsV2FromV1) : file;
  const v3 = v2.version === 2 ? nextVersion<DayTotalsV2, DayTotalsV3, SettingsV2, SettingsV3>(v2, dayV3FromV2, settingsV3FromV2) : v2;
  // Version 4 added a day's breaks typed through; the settings stayed as they were.
  const v4 = v3.version === 3 ? nextVersion<DayTotalsV3, DayTotals, SettingsV3, SettingsV3>(v3, dayV4FromV3, (settings) => settings) : v3;
  // Version 5 added the daily limit across computers; the days stayed as they were.
  return v4.version === 4 ? nextVersion<DayTotals, DayTotals, SettingsV3, Settings>(v4, (day) => day, settingsV4FromV3) : v4;
}

const isKnownVersion = (version: unknown): version is number => Number.isInteger(version) && (version as number) >= 1 && (version as number) <= EXPORT_VERSION;

/** The time an export was made, or null when the text is not one. */
function exportTime(value: unknown): number | null {
  if (typeof value !== 'string' || value.length > MAX_TIME_TEXT) return null;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : null;
}

/** A day as a refusal names it: its date when it has one, else its place in the file. */
const dayName = (entry: unknown, index: number) => (isRecord(entry) && typeof entry.day === 'string' ? quotedText(entry.day) : `#${index + 1}`);

/** The first problem of the days, or null when each is a day Handrest could have counted, and each is there once. */
function daysProblem(days: readonly unknown[]): ImportProblem | null {
  const seen = new Set<string>();
  for (const [index, entry] of days.entries()) {
    const flaw = flawOfDay(entry);
    if (flaw !== null) {
      return flaw.kind === 'unknown-field'
        ? { kind: 'unknown-field', field: quotedText(flaw.field) }
        : { kind: 'bad-day', day: dayName(entry, index), field: flaw.kind === 'bad-value' ? flaw.field : 'day' };
    }
    const { day } = entry as DayTotals;
    if (seen.has(day)) return { kind: 'repeated-day', day };
    seen.add(day);
  }
  return null;
}

/** The file's settings, or why they are refused. */
function settingsOf(raw: Record<string, unknown>): { ok: true; settings: Settings } | { ok: false; problem: ImportProblem } {
  const unknown = Object.keys(raw).find((key) => !SETTING_NAMES.has(key));
  if (unknown !== undefined) return { ok: false, problem: { kind: 'unknown-field', field: quotedText(unknown) } };
  const result = validateSettings(raw as Record<SettingKey, unknown>);
  if (result.ok) return { ok: true, settings: result.value };
  const [key, error] = Object.entries(result.errors)[0] as [SettingKey, SettingError];
  return { ok: false, problem: { kind: 'settings', key, error } };
}

/** The structure of an export, checked before its parts are: the problem, or null. */
function fileProblem(data: Record<string, unknown>): ImportProblem | null {
  if (!isKnownVersion(data.version)) return { kind: 'version', version: quotedText(String(data.version)) };
  const unknown = Object.keys(data).find((key) => !FILE_FIELDS.has(key));
  if (unknown !== undefined) return { kind: 'unknown-field', field: quotedText(unknown) };
  if (exportTime(data.exportedAt) === null) return { kind: 'damaged', field: 'exportedAt' };
  if (!Array.isArray(data.days)) return { kind: 'damaged', field: 'days' };
  if (data.days.length > MAX_IMPORT_DAYS) return { kind: 'too-many-days', most: MAX_IMPORT_DAYS };
  return isRecord(data.settings) ? null : { kind: 'damaged', field: 'settings' };
}

export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return refuse({ kind: 'too-large', most: MAX_IMPORT_CHARS });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse({ kind: 'not-json' });
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) return refuse({ kind: 'not-handrest' });
  const problem = fileProblem(data);
  if (problem !== null) return refuse(problem);
  const file = upToDate(data);
  const days = file.days as unknown[];
  const dayProblem = daysProblem(days);
  if (dayProblem !== null) return refuse(dayProblem);
  const settings = settingsOf(file.settings as Record<string, unknown>);
  if (!settings.ok) return refuse(settings.problem);
  const sorted = [...(days as DayTotals[])].sort((a, b) => (a.day < b.day ? -1 : 1));
  return { ok: true, file: { exportedAt: exportTime(file.exportedAt) as number, days: sorted, settings: settings.settings } };
}
