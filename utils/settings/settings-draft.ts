// The options form's draft: what the form holds for each setting (text for numbers and lists,
// a line of ranges per weekday for working hours, a state for switches), how a draft is made from
// settings, and how it is read back and validated.

import type { SettingKey, Settings } from './settings';
import { validateSettings, type SettingError, type SettingErrors } from './validate-settings';
import { SETTING_FIELDS, SETTING_KEYS } from './setting-fields';
import { formatRanges, parseRanges, type WeekHours } from './working-hours';
import { hostForDisplay } from './host-names';
import { sameValue } from '../helpers/same-value';

/** The weekdays as working hours store them, Sunday (0) first. */
const DAYS_OF_WEEK = [0, 1, 2, 3, 4, 5, 6] as const;

/** What a form holds for each setting: the text of a number or list, or the state of a switch. */
export type SettingDraft = Record<SettingKey, string | boolean>;

/** A form's draft of the given settings: numbers and lists as text (hosts as a person reads them), working hours one line per weekday. */
export function draftOf(settings: Settings): SettingDraft {
  const draft = {} as SettingDraft;
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    if (typeof value === 'boolean') draft[key] = value;
    else if (SETTING_FIELDS[key].kind === 'week') draft[key] = (value as WeekHours).map(formatRanges).join('\n');
    else if (SETTING_FIELDS[key].kind === 'hosts') draft[key] = (value as string[]).map(hostForDisplay).join('\n');
    else draft[key] = String(value);
  }
  return draft;
}

/** One weekday's line of a drafted week. */
export const draftDay = (drafted: string, day: number): string => drafted.split('\n')[day] ?? '';

/** A drafted week with one weekday's line changed. */
export function withDraftDay(drafted: string, day: number, text: string): string {
  return DAYS_OF_WEEK.map((index) => (index === day ? text.replaceAll('\n', ' ') : draftDay(drafted, index))).join('\n');
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: SettingError };

function parseWeek(drafted: string): Parsed {
  const week: WeekHours = [];
  for (const day of DAYS_OF_WEEK) {
    const ranges = parseRanges(draftDay(drafted, day));
    if (!ranges.ok) return { ok: false, error: { kind: 'week-range', day, piece: ranges.piece } };
    week.push(ranges.value);
  }
  return { ok: true, value: week };
}

/** Reads one drafted value back into the type the validator expects, or says why it cannot be read. */
function parseDraftValue(key: SettingKey, drafted: string | boolean): Parsed {
  const field = SETTING_FIELDS[key];
  if (typeof drafted === 'boolean') return { ok: true, value: drafted };
  switch (field.kind) {
    case 'number': {
      const text = drafted.trim();
      if (field.allowsOff && text === 'off') return { ok: true, value: 'off' };
      return { ok: true, value: text === '' ? Number.NaN : Number(text) };
    }
    case 'hosts':
      return { ok: true, value: drafted.split(/[\s,]+/).filter((entry) => entry !== '') };
    case 'week':
      return parseWeek(drafted);
    default:
      return { ok: true, value: drafted };
  }
}

/** Validates a whole form draft: a value that cannot be read says why, the rest as the validator does. */
export function validateDraft(draft: SettingDraft): ReturnType<typeof validateSettings> {
  const candidate = {} as Record<SettingKey, unknown>;
  const unreadable: SettingErrors = {};
  for (const key of SETTING_KEYS) {
    const parsed = parseDraftValue(key, draft[key]);
    if (parsed.ok) candidate[key] = parsed.value;
    else unreadable[key] = parsed.error;
  }
  const result = validateSettings(candidate);
  if (Object.keys(unreadable).length === 0) return result;
  return { ok: false, errors: { ...(result.ok ? {} : result.errors), ...unreadable } };
}

/** The settings whose values differ between two sets of settings, in form order. */
export const settingsThatDiffer = (a: Settings, b: Settings): SettingKey[] => SETTING_KEYS.filter((key) => !sameValue(a[key], b[key]));

/** Whether two settings are the same, field by field, by value. */
export const sameSettings = (a: Settings, b: Settings): boolean => settingsThatDiffer(a, b).length === 0;
