// The options form's draft: what the form holds for each setting (text for numbers and lists,
// a line of ranges per weekday for working hours, a state for switches), how a draft is made from
// settings, and how it is read back and validated.

import { SETTING_FIELDS, SETTING_KEYS, validateSettings, type SettingKey, type Settings } from './settings';
import { formatRanges, parseRanges, type WeekHours } from './working-hours';

/** What a form holds for each setting: the text of a number or list, or the state of a switch. */
export type SettingDraft = Record<SettingKey, string | boolean>;

/** Weekday names, Sunday first as working hours are stored. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A form's draft of the given settings: numbers and lists as text, working hours one line per weekday. */
export function draftOf(settings: Settings): SettingDraft {
  const draft = {} as SettingDraft;
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    if (typeof value === 'boolean') draft[key] = value;
    else if (SETTING_FIELDS[key].kind === 'week') draft[key] = (value as WeekHours).map(formatRanges).join('\n');
    else draft[key] = Array.isArray(value) ? value.join('\n') : String(value);
  }
  return draft;
}

/** One weekday's line of a drafted week. */
export const draftDay = (drafted: string, day: number): string => drafted.split('\n')[day] ?? '';

/** A drafted week with one weekday's line changed. */
export function withDraftDay(drafted: string, day: number, text: string): string {
  return WEEKDAY_NAMES.map((_, index) => (index === day ? text.replaceAll('\n', ' ') : draftDay(drafted, index))).join('\n');
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function parseWeek(drafted: string): Parsed {
  const week: WeekHours = [];
  for (const [day, name] of WEEKDAY_NAMES.entries()) {
    const ranges = parseRanges(draftDay(drafted, day));
    if (!ranges.ok) return { ok: false, message: `${name}: "${ranges.piece}" is not a time range like 09:00–17:30.` };
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

/** Validates a whole form draft: a value that cannot be read gets its own message, the rest the validator's. */
export function validateDraft(draft: SettingDraft): ReturnType<typeof validateSettings> {
  const candidate = {} as Record<SettingKey, unknown>;
  const unreadable: Partial<Record<SettingKey, string>> = {};
  for (const key of SETTING_KEYS) {
    const parsed = parseDraftValue(key, draft[key]);
    if (parsed.ok) candidate[key] = parsed.value;
    else unreadable[key] = parsed.message;
  }
  const result = validateSettings(candidate);
  if (Object.keys(unreadable).length === 0) return result;
  return { ok: false, errors: { ...(result.ok ? {} : result.errors), ...unreadable } };
}

/** Whether two settings are the same, field by field. */
export function sameSettings(a: Settings, b: Settings): boolean {
  return SETTING_KEYS.every((key) => {
    const left = a[key];
    const right = b[key];
    return typeof left === 'object' ? JSON.stringify(left) === JSON.stringify(right) : left === right;
  });
}
