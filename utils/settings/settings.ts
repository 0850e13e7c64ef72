// The settings schema: every user setting with its default, unit and range, one validator per
// field (saying what is wrong as data: the pages put it in words from the locale files, where
// each setting's label and explanation are too), and the field-by-field repair of whatever
// storage holds. Pure. Pages render their forms from this schema; nothing else may repeat a range. The form's draft
// helpers are in settings-draft.ts, the matching of site lists in host-list.ts, working hours in
// working-hours.ts.

import { normaliseHost } from './host-list';
import { defaultWorkingHours, isTimeRange, type WeekHours } from './working-hours';

export type NudgeDelivery = 'notification' | 'badge';

export interface Settings {
  /** Minutes of typing before a micro-pause is asked for, or 'off'. */
  microPauseAfterMin: number | 'off';
  microPauseLengthSec: number;
  breakAfterMin: number;
  breakLengthMin: number;
  typingGapSec: number;
  /** Minutes between repeated break nudges, or 'off' for a single nudge per streak. */
  renudgeMin: number | 'off';
  snoozeMin: number;
  dailyLimitEnabled: boolean;
  dailyLimitHours: number;
  hydrationEnabled: boolean;
  hydrationIntervalMin: number;
  waterGoalGlasses: number;
  delivery: NudgeDelivery;
  badgeEnabled: boolean;
  countOtherApps: boolean;
  /** Host names where typing is not counted (subdomains included). */
  excludedSites: string[];
  /** Host names of call sites: an audible tab on one means a call (subdomains included). */
  callSites: string[];
  /** Mute the tabs playing sound when a break starts, and unmute them after it. */
  muteTabsDuringBreaks: boolean;
  workingHoursEnabled: boolean;
  /** For each weekday, Sunday first, the local time ranges in which nudges may come. */
  workingHours: WeekHours;
}

export type SettingKey = keyof Settings;

export interface NumberField {
  kind: 'number';
  unit: 'minutes' | 'seconds' | 'hours' | 'glasses';
  min: number;
  max: number;
  /** Whether the field also accepts 'off'. */
  allowsOff?: boolean;
}

interface ToggleField {
  kind: 'toggle';
}

interface ChoiceField {
  kind: 'choice';
  choices: readonly NudgeDelivery[];
}

interface HostListField {
  kind: 'hosts';
}

interface WeekField {
  kind: 'week';
}

export type SettingField = NumberField | ToggleField | ChoiceField | HostListField | WeekField;

/** The call sites Handrest knows: an audible tab on one of them (or a subdomain) means a call. */
export const KNOWN_CALL_SITES: readonly string[] = [
  'meet.google.com',
  'teams.microsoft.com',
  'teams.live.com',
  'zoom.us',
  'webex.com',
  'meet.jit.si',
  'whereby.com',
  'app.slack.com',
  'discord.com',
];

/** The defaults, as a fresh object each time: callers may change what they get. */
export function defaultSettings(): Settings {
  return {
    microPauseAfterMin: 15,
    microPauseLengthSec: 30,
    breakAfterMin: 30,
    breakLengthMin: 5,
    typingGapSec: 5,
    renudgeMin: 5,
    snoozeMin: 10,
    dailyLimitEnabled: false,
    dailyLimitHours: 4,
    hydrationEnabled: true,
    hydrationIntervalMin: 60,
    waterGoalGlasses: 8,
    delivery: 'notification',
    badgeEnabled: true,
    countOtherApps: false,
    excludedSites: [],
    callSites: [...KNOWN_CALL_SITES],
    muteTabsDuringBreaks: false,
    workingHoursEnabled: false,
    workingHours: defaultWorkingHours(),
  };
}

export const SETTING_FIELDS: { readonly [K in SettingKey]: SettingField } = {
  microPauseAfterMin: {
    kind: 'number',
    unit: 'minutes',
    min: 5,
    max: 60,
    allowsOff: true,
  },
  microPauseLengthSec: {
    kind: 'number',
    unit: 'seconds',
    min: 10,
    max: 120,
  },
  breakAfterMin: {
    kind: 'number',
    unit: 'minutes',
    min: 5,
    max: 180,
  },
  breakLengthMin: {
    kind: 'number',
    unit: 'minutes',
    min: 1,
    max: 30,
  },
  typingGapSec: {
    kind: 'number',
    unit: 'seconds',
    min: 2,
    max: 30,
  },
  renudgeMin: {
    kind: 'number',
    unit: 'minutes',
    min: 1,
    max: 60,
    allowsOff: true,
  },
  snoozeMin: {
    kind: 'number',
    unit: 'minutes',
    min: 1,
    max: 60,
  },
  dailyLimitEnabled: {
    kind: 'toggle',
  },
  dailyLimitHours: {
    kind: 'number',
    unit: 'hours',
    min: 1,
    max: 12,
  },
  hydrationEnabled: {
    kind: 'toggle',
  },
  hydrationIntervalMin: {
    kind: 'number',
    unit: 'minutes',
    min: 15,
    max: 240,
  },
  waterGoalGlasses: {
    kind: 'number',
    unit: 'glasses',
    min: 1,
    max: 20,
  },
  delivery: {
    kind: 'choice',
    choices: ['notification', 'badge'],
  },
  badgeEnabled: {
    kind: 'toggle',
  },
  countOtherApps: {
    kind: 'toggle',
  },
  excludedSites: {
    kind: 'hosts',
  },
  callSites: {
    kind: 'hosts',
  },
  muteTabsDuringBreaks: {
    kind: 'toggle',
  },
  workingHoursEnabled: {
    kind: 'toggle',
  },
  workingHours: {
    kind: 'week',
  },
};

/** How the options page groups the settings; every setting is in exactly one group. */
export type SettingGroupId = 'breaks' | 'dailyLimit' | 'hydration' | 'nudges' | 'quietTime' | 'sites' | 'advanced';

export const SETTING_GROUPS: readonly { id: SettingGroupId; keys: readonly SettingKey[] }[] = [
  {
    id: 'breaks',
    keys: ['microPauseAfterMin', 'microPauseLengthSec', 'breakAfterMin', 'breakLengthMin', 'renudgeMin', 'snoozeMin', 'muteTabsDuringBreaks'],
  },
  { id: 'dailyLimit', keys: ['dailyLimitEnabled', 'dailyLimitHours'] },
  { id: 'hydration', keys: ['hydrationEnabled', 'hydrationIntervalMin', 'waterGoalGlasses'] },
  { id: 'nudges', keys: ['delivery', 'badgeEnabled'] },
  { id: 'quietTime', keys: ['workingHoursEnabled', 'workingHours', 'callSites'] },
  { id: 'sites', keys: ['excludedSites'] },
  { id: 'advanced', keys: ['typingGapSec', 'countOtherApps'] },
];

/** What is wrong with a value, as data; the pages say it in the UI language. */
export type SettingError =
  /** A number outside the field's range, or not a whole number. */
  | { kind: 'range' | 'whole-number'; field: NumberField }
  | { kind: 'toggle' | 'choice' | 'host-list' | 'week' }
  | { kind: 'host'; host: string }
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

function validateHosts(raw: unknown): FieldResult<string[]> {
  if (!Array.isArray(raw) || raw.some((entry) => typeof entry !== 'string')) return { ok: false, error: { kind: 'host-list' } };
  const hosts = [...new Set((raw as string[]).map(normaliseHost).filter((host) => host !== ''))];
  const invalid = hosts.find((host) => !HOST_PATTERN.test(host));
  if (invalid !== undefined) {
    return { ok: false, error: { kind: 'host', host: invalid } };
  }
  return { ok: true, value: hosts };
}

const isWeek = (raw: unknown): raw is WeekHours =>
  Array.isArray(raw) && raw.length === 7 && raw.every((day) => Array.isArray(day) && day.every(isTimeRange));

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

export const SETTING_KEYS = Object.keys(SETTING_FIELDS) as SettingKey[];

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

