// The options form's draft: what the form holds for each setting (text for numbers and lists,
// a state for switches), how a draft is made from settings, and how it is read back and validated.

import { SETTING_FIELDS, SETTING_KEYS, validateSettings, type SettingKey, type Settings } from './settings';

/** What a form holds for each setting: the text of a number or list, or the state of a switch. */
export type SettingDraft = Record<SettingKey, string | boolean>;

/** A form's draft of the given settings: numbers and lists as text. */
export function draftOf(settings: Settings): SettingDraft {
  const draft = {} as SettingDraft;
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    draft[key] = typeof value === 'boolean' ? value : Array.isArray(value) ? value.join('\n') : String(value);
  }
  return draft;
}

/** Reads one drafted value back into the type the validator expects. */
function parseDraftValue(key: SettingKey, drafted: string | boolean): unknown {
  const field = SETTING_FIELDS[key];
  if (typeof drafted === 'boolean') return drafted;
  switch (field.kind) {
    case 'number': {
      const text = drafted.trim();
      if (field.allowsOff && text === 'off') return 'off';
      return text === '' ? Number.NaN : Number(text);
    }
    case 'hosts':
      return drafted.split(/[\s,]+/).filter((entry) => entry !== '');
    default:
      return drafted;
  }
}

/** Validates a whole form draft. */
export function validateDraft(draft: SettingDraft) {
  const candidate = {} as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) candidate[key] = parseDraftValue(key, draft[key]);
  return validateSettings(candidate);
}

/** Whether two settings are the same, field by field. */
export function sameSettings(a: Settings, b: Settings): boolean {
  return SETTING_KEYS.every((key) => {
    const left = a[key];
    const right = b[key];
    return Array.isArray(left) && Array.isArray(right) ? left.join('\n') === right.join('\n') : left === right;
  });
}
