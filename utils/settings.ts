// The settings schema: every user setting with its default, unit, range and explanation,
// one validator per field, and the field-by-field repair of whatever storage holds. Pure.
// Pages render their forms from this schema; nothing else may repeat a range. The form's draft
// helpers are in settings-draft.ts, the matching of site lists in host-list.ts, working hours in
// working-hours.ts.

import { normaliseHost } from './host-list';
import { defaultWorkingHours, isTimeRange, type WeekHours } from './working-hours';

type NudgeDelivery = 'notification' | 'badge';

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

interface FieldBase {
  label: string;
  help: string;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  unit: 'minutes' | 'seconds' | 'hours' | 'glasses';
  min: number;
  max: number;
  /** Whether the field also accepts 'off'. */
  allowsOff?: boolean;
}

interface ToggleField extends FieldBase {
  kind: 'toggle';
}

interface ChoiceField extends FieldBase {
  kind: 'choice';
  choices: { value: NudgeDelivery; label: string }[];
}

interface HostListField extends FieldBase {
  kind: 'hosts';
}

interface WeekField extends FieldBase {
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
    label: 'Micro-pause after',
    unit: 'minutes',
    min: 5,
    max: 60,
    allowsOff: true,
    help: 'Typing time before Handrest asks for a short pause; a pause you take yourself counts too.',
  },
  microPauseLengthSec: {
    kind: 'number',
    label: 'Micro-pause length',
    unit: 'seconds',
    min: 10,
    max: 120,
    help: 'How long a micro-pause lasts: hands off the keys, loose.',
  },
  breakAfterMin: {
    kind: 'number',
    label: 'Break after',
    unit: 'minutes',
    min: 5,
    max: 180,
    help: 'Continuous typing time before Handrest suggests a break.',
  },
  breakLengthMin: {
    kind: 'number',
    label: 'Break length',
    unit: 'minutes',
    min: 1,
    max: 30,
    help: 'How long a break lasts; this long without typing also counts as a break.',
  },
  typingGapSec: {
    kind: 'number',
    label: 'Typing gap',
    unit: 'seconds',
    min: 2,
    max: 30,
    help: 'Keystrokes closer together than this count as one stretch of typing.',
  },
  renudgeMin: {
    kind: 'number',
    label: 'Remind again every',
    unit: 'minutes',
    min: 1,
    max: 60,
    allowsOff: true,
    help: 'How often the break nudge repeats while you keep typing, or off for once per stretch.',
  },
  snoozeMin: {
    kind: 'number',
    label: 'Snooze length',
    unit: 'minutes',
    min: 1,
    max: 60,
    help: 'How long "Snooze" holds nudges back.',
  },
  dailyLimitEnabled: {
    kind: 'toggle',
    label: 'Daily typing limit',
    help: 'Tell you once a day when your typing time reaches the limit.',
  },
  dailyLimitHours: {
    kind: 'number',
    label: 'Daily limit',
    unit: 'hours',
    min: 1,
    max: 12,
    help: 'Hours of typing in a day before Handrest says so.',
  },
  hydrationEnabled: {
    kind: 'toggle',
    label: 'Hydration nudges',
    help: 'Remind you to drink water while you are at the keyboard.',
  },
  hydrationIntervalMin: {
    kind: 'number',
    label: 'Drink reminder after',
    unit: 'minutes',
    min: 15,
    max: 240,
    help: 'Active time since your last glass before Handrest suggests a drink.',
  },
  waterGoalGlasses: {
    kind: 'number',
    label: 'Daily water goal',
    unit: 'glasses',
    min: 1,
    max: 20,
    help: 'Glasses of water to aim for each day.',
  },
  delivery: {
    kind: 'choice',
    label: 'Nudge delivery',
    choices: [
      { value: 'notification', label: 'Notification and badge' },
      { value: 'badge', label: 'Badge only' },
    ],
    help: 'Where nudges appear; the popup always shows them too.',
  },
  badgeEnabled: {
    kind: 'toggle',
    label: 'Toolbar badge',
    help: 'Show streak minutes on the toolbar icon.',
  },
  countOtherApps: {
    kind: 'toggle',
    label: 'Count activity in other apps (approximate)',
    help: 'Also count time the computer reports keyboard or mouse use outside the browser.',
  },
  excludedSites: {
    kind: 'hosts',
    label: 'Excluded sites',
    help: 'Host names where typing is not counted, one per line (subdomains included).',
  },
  callSites: {
    kind: 'hosts',
    label: 'Call sites',
    help: 'While a tab on one of these sites plays sound, you are in a call and nudges wait. One per line (subdomains included).',
  },
  muteTabsDuringBreaks: {
    kind: 'toggle',
    label: 'Mute tabs during a break',
    help: 'Tabs playing sound when a break starts are muted, and exactly those are unmuted when it ends.',
  },
  workingHoursEnabled: {
    kind: 'toggle',
    label: 'Nudge only during working hours',
    help: 'Outside these hours nothing nudges you; your typing is still counted in the history.',
  },
  workingHours: {
    kind: 'week',
    label: 'Working hours',
    help: 'For each day, times like 09:00–12:30, 13:30–18:00; a range may run past midnight (22:00–02:00). Leave a day empty for a day off.',
  },
};

/** How the options page groups the settings; every setting is in exactly one group. */
export const SETTING_GROUPS: readonly { title: string; keys: readonly SettingKey[] }[] = [
  {
    title: 'Breaks',
    keys: ['microPauseAfterMin', 'microPauseLengthSec', 'breakAfterMin', 'breakLengthMin', 'renudgeMin', 'snoozeMin', 'muteTabsDuringBreaks'],
  },
  { title: 'Daily limit', keys: ['dailyLimitEnabled', 'dailyLimitHours'] },
  { title: 'Hydration', keys: ['hydrationEnabled', 'hydrationIntervalMin', 'waterGoalGlasses'] },
  { title: 'Nudges and badge', keys: ['delivery', 'badgeEnabled'] },
  { title: 'Quiet time', keys: ['workingHoursEnabled', 'workingHours', 'callSites'] },
  { title: 'Sites', keys: ['excludedSites'] },
  { title: 'Advanced', keys: ['typingGapSec', 'countOtherApps'] },
];

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

const HOST_PATTERN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

function validateNumber(field: NumberField, raw: unknown): FieldResult<number | 'off'> {
  if (field.allowsOff && raw === 'off') return { ok: true, value: 'off' };
  const range = `from ${field.min} to ${field.max} ${field.unit}`;
  const offNote = field.allowsOff ? ', or off' : '';
  if (typeof raw !== 'number' || !Number.isInteger(raw)) {
    return { ok: false, message: `${field.label} must be a whole number ${range}${offNote}.` };
  }
  if (raw < field.min || raw > field.max) {
    return { ok: false, message: `${field.label} must be ${range}${offNote}.` };
  }
  return { ok: true, value: raw };
}

function validateHosts(field: HostListField, raw: unknown): FieldResult<string[]> {
  if (!Array.isArray(raw) || raw.some((entry) => typeof entry !== 'string')) {
    return { ok: false, message: `${field.label} must be a list of host names.` };
  }
  const hosts = [...new Set((raw as string[]).map(normaliseHost).filter((host) => host !== ''))];
  const invalid = hosts.find((host) => !HOST_PATTERN.test(host));
  if (invalid !== undefined) {
    return { ok: false, message: `"${invalid}" is not a host name (for example: example.com).` };
  }
  return { ok: true, value: hosts };
}

const isWeek = (raw: unknown): raw is WeekHours =>
  Array.isArray(raw) && raw.length === 7 && raw.every((day) => Array.isArray(day) && day.every(isTimeRange));

function validateWeek(field: WeekField, raw: unknown): FieldResult<WeekHours> {
  if (!isWeek(raw)) return { ok: false, message: `${field.label} must give time ranges for each day of the week.` };
  return { ok: true, value: raw.map((day) => [...day].sort((a, b) => a.start - b.start)) };
}

/** Validates one typed value (from storage, or from a form after parsing) for the given setting. */
export function validateSetting<K extends SettingKey>(key: K, raw: unknown): FieldResult<Settings[K]> {
  const field = SETTING_FIELDS[key];
  switch (field.kind) {
    case 'number':
      return validateNumber(field, raw) as FieldResult<Settings[K]>;
    case 'toggle':
      return (typeof raw === 'boolean'
        ? { ok: true, value: raw }
        : { ok: false, message: `${field.label} must be on or off.` }) as FieldResult<Settings[K]>;
    case 'choice':
      return (field.choices.some((choice) => choice.value === raw)
        ? { ok: true, value: raw }
        : {
            ok: false,
            message: `${field.label} must be one of: ${field.choices.map((choice) => choice.label).join(', ')}.`,
          }) as FieldResult<Settings[K]>;
    case 'hosts':
      return validateHosts(field, raw) as FieldResult<Settings[K]>;
    case 'week':
      return validateWeek(field, raw) as FieldResult<Settings[K]>;
  }
}

export const SETTING_KEYS = Object.keys(SETTING_FIELDS) as SettingKey[];

/** Validates a whole candidate; returns the settings or one message per invalid field. */
export function validateSettings(
  candidate: Record<SettingKey, unknown>,
): { ok: true; value: Settings } | { ok: false; errors: Partial<Record<SettingKey, string>> } {
  const value: Partial<Record<SettingKey, unknown>> = {};
  const errors: Partial<Record<SettingKey, string>> = {};
  for (const key of SETTING_KEYS) {
    const result = validateSetting(key, candidate[key]);
    if (result.ok) value[key] = result.value;
    else errors[key] = result.message;
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

