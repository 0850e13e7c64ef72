// The options form's draft: what the form holds for each setting (text for numbers and lists,
// a line of ranges per weekday for working hours, a state for switches, a number switched off),
// how a draft is made from settings, how each field is read back on its own, and which settings
// a draft saves: every field that is valid on its own, whatever the others hold.

import type { SettingKey, Settings } from './settings';
import { validateSetting, type SettingError, type SettingErrors } from './validate-settings';
import { SETTING_FIELDS, SETTING_KEYS } from './setting-fields';
import { formatRanges, parseRanges, type WeekHours } from './working-hours';
import { hostForDisplay } from './host-names';
import { sameValue } from '../helpers/same-value';

/** The weekdays as working hours store them, Sunday (0) first. */
const DAYS_OF_WEEK = [0, 1, 2, 3, 4, 5, 6] as const;

/** A number field turned off with its Off switch: not text, so that nothing a person types can be taken for it. */
export const SWITCHED_OFF: unique symbol = Symbol('switched off');

/** What a form holds for one setting: the text of a number or list, the state of a switch, or a number switched off. */
export type DraftValue = string | boolean | typeof SWITCHED_OFF;

/** What a form holds for each setting. */
export type SettingDraft = Record<SettingKey, DraftValue>;

/** A form's draft of the given settings: numbers and lists as text (hosts as a person reads them), working hours one line per weekday. */
export function draftOf(settings: Settings): SettingDraft {
  const draft = {} as SettingDraft;
  for (const key of SETTING_KEYS) draft[key] = draftValueOf(key, settings);
  return draft;
}

function draftValueOf(key: SettingKey, settings: Settings): DraftValue {
  const value = settings[key];
  if (typeof value === 'boolean') return value;
  if (value === 'off') return SWITCHED_OFF;
  if (SETTING_FIELDS[key].kind === 'week') return (value as WeekHours).map(formatRanges).join('\n');
  if (SETTING_FIELDS[key].kind === 'hosts') return (value as string[]).map(hostForDisplay).join('\n');
  return String(value);
}

/** The draft with the given fields as the settings have them, and every other field as it was. */
export function withFieldsOf(draft: SettingDraft, settings: Settings, keys: readonly SettingKey[]): SettingDraft {
  const next = { ...draft };
  for (const key of keys) next[key] = draftValueOf(key, settings);
  return next;
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

/** A word as it is compared: without the spaces around it, a closing full stop ("выкл."), or case. */
const wordForm = (text: string) => text.trim().replace(/[.。]$/, '').toLocaleLowerCase();

/** Whether typed text is a word for off: "off" in any language, or one of the UI language's own words for it. */
export function readsAsOff(text: string, offWords: readonly string[]): boolean {
  const typed = wordForm(text);
  return typed !== '' && ['off', ...offWords].some((word) => wordForm(word) === typed);
}

/** Reads one drafted value back into the type the validator expects, or says why it cannot be read. */
function parseDraftValue(key: SettingKey, drafted: DraftValue, offWords: readonly string[]): Parsed {
  const field = SETTING_FIELDS[key];
  if (drafted === SWITCHED_OFF) return { ok: true, value: 'off' };
  if (typeof drafted === 'boolean') return { ok: true, value: drafted };
  switch (field.kind) {
    case 'number': {
      const text = drafted.trim();
      if (field.allowsOff && readsAsOff(text, offWords)) return { ok: true, value: 'off' };
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

/** A draft read field by field: the value of each field valid on its own, and what is wrong with each other one. */
export interface ReadDraft {
  values: Partial<Settings>;
  errors: SettingErrors;
}

/** Reads each field of a draft on its own; `offWords` are the UI language's words for off, also taken as typed. */
export function readDraft(draft: SettingDraft, offWords: readonly string[]): ReadDraft {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const errors: SettingErrors = {};
  for (const key of SETTING_KEYS) {
    const parsed = parseDraftValue(key, draft[key], offWords);
    const result = parsed.ok ? validateSetting(key, parsed.value) : parsed;
    if (result.ok) values[key] = result.value;
    else errors[key] = result.error;
  }
  return { values: values as Partial<Settings>, errors };
}

/** The settings a draft saves: those in force, with each field of the draft that is valid on its own in place. */
export const settingsFromDraft = (inForce: Settings, read: ReadDraft): Settings => ({ ...inForce, ...read.values });

/** The settings whose values differ between two sets of settings, in form order. */
export const settingsThatDiffer = (a: Settings, b: Settings): SettingKey[] => SETTING_KEYS.filter((key) => !sameValue(a[key], b[key]));

/** Whether two settings are the same, field by field, by value. */
export const sameSettings = (a: Settings, b: Settings): boolean => settingsThatDiffer(a, b).length === 0;
