// Validation of the settings, one field at a time, saying what is wrong as data (the pages put it
// in words from the locale files), and the field-by-field repair of whatever storage holds. Pure.

import { normaliseHost } from './host-list';
import { hostForDisplay, MAX_HOST_LENGTH } from './host-names';
import { quotedText } from '../helpers/quoted-text';
import { isTimeRange, MAX_RANGES_PER_DAY, type WeekHours } from './working-hours';
import { defaultSettings, type NudgeDelivery, type SettingKey, type Settings } from './settings';
import { SETTING_FIELDS, SETTING_KEYS, type NumberField } from './setting-fields';

/** What is wrong with a value, as data; the pages say it in the UI language. */
export type SettingError =
  /** A number outside the field's range, or not a whole number. */
  | { kind: 'range' | 'whole-number'; field: NumberField }
  | { kind: 'toggle' | 'choice' | 'host-list' | 'week' }
  | { kind: 'host'; host: string }
  | { kind: 'too-many-hosts'; most: number }
  /** A weekday's ranges (Sunday is 0) with a piece that is not a range. */
  | { kind: 'week-range'; day: number; piece: string };

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: SettingError };

const HOST_PATTERN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

function validateNumber(field: NumberField, raw: unknown): FieldResult<number | 'off'> {
  if (field.allowsOff && raw === 'off') return { ok: true, value: 'off' };
  if (typeof raw !== 'number' || !Number.isInteger(raw)) return { ok: false, error: { kind: 'whole-number', field } };
  if (raw < field.min || raw > field.max) return { ok: false, error: { kind: 'range', field } };
  return { ok: true, value: raw };
}

/** The most sites a list holds: more than anyone lists by hand, and a bound on what is stored. */
export const MAX_SITES = 200;


function validateHosts(raw: unknown): FieldResult<string[]> {
  if (!Array.isArray(raw)) return { ok: false, error: { kind: 'host-list' } };
  // Room for repeats and blanks, which the list drops; past that, the entries are never read.
  if (raw.length > MAX_SITES * 4) return { ok: false, error: { kind: 'too-many-hosts', most: MAX_SITES } };
  if (raw.some((entry) => typeof entry !== 'string')) return { ok: false, error: { kind: 'host-list' } };
  const hosts = [...new Set((raw as string[]).map(normaliseHost).filter((host) => host !== ''))];
  if (hosts.length > MAX_SITES) return { ok: false, error: { kind: 'too-many-hosts', most: MAX_SITES } };
  const invalid = hosts.find((host) => host.length > MAX_HOST_LENGTH || !HOST_PATTERN.test(host));
  if (invalid !== undefined) {
    return { ok: false, error: { kind: 'host', host: quotedText(hostForDisplay(invalid)) } };
  }
  return { ok: true, value: hosts };
}

const isWeek = (raw: unknown): raw is WeekHours =>
  Array.isArray(raw) &&
  raw.length === 7 &&
  raw.every((day) => Array.isArray(day) && day.length <= MAX_RANGES_PER_DAY && day.every(isTimeRange));

function validateWeek(raw: unknown): FieldResult<WeekHours> {
  if (!isWeek(raw)) return { ok: false, error: { kind: 'week' } };
  return { ok: true, value: raw.map((day) => [...day].sort((a, b) => a.start - b.start)) };
}

/** Validates one typed value (from storage, or from a form after parsing) for the given setting. */
export function validateSetting<K extends SettingKey>(key: K, raw: unknown): FieldResult<Settings[K]> {
  const field = SETTING_FIELDS[key];
  switch (field.kind) {
    case 'number':
      return validateNumber(field, raw) as FieldResult<Settings[K]>;
    case 'toggle':
      return (typeof raw === 'boolean' ? { ok: true, value: raw } : { ok: false, error: { kind: 'toggle' } }) as FieldResult<Settings[K]>;
    case 'choice':
      return (field.choices.includes(raw as NudgeDelivery)
        ? { ok: true, value: raw }
        : { ok: false, error: { kind: 'choice' } }) as FieldResult<Settings[K]>;
    case 'hosts':
      return validateHosts(raw) as FieldResult<Settings[K]>;
    case 'week':
      return validateWeek(raw) as FieldResult<Settings[K]>;
  }
}

export type SettingErrors = Partial<Record<SettingKey, SettingError>>;

/** Validates a whole candidate; returns the settings or what is wrong with each invalid field. */
export function validateSettings(candidate: Record<SettingKey, unknown>): { ok: true; value: Settings } | { ok: false; errors: SettingErrors } {
  const value: Partial<Record<SettingKey, unknown>> = {};
  const errors: SettingErrors = {};
  for (const key of SETTING_KEYS) {
    const result = validateSetting(key, candidate[key]);
    if (result.ok) value[key] = result.value;
    else errors[key] = result.error;
  }
  return Object.keys(errors).length === 0 ? { ok: true, value: value as Settings } : { ok: false, errors };
}

/** Repairs stored settings field by field: whatever is missing, mistyped or out of range takes its default. */
export function repairSettings(stored: unknown): Settings {
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const repaired = defaultSettings() as unknown as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) {
    if (!(key in source)) continue;
    const result = validateSetting(key, source[key]);
    if (result.ok) repaired[key] = result.value;
  }
  return repaired as unknown as Settings;
}

