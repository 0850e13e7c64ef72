// Each setting's field: its kind, unit and allowed range (the one place a range is written; the
// pages render their forms from it and the validators check against it), and how the options page
// groups them. Pure.

import type { NudgeDelivery, SettingKey } from './settings';

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
  dailyLimitAllDevices: {
    kind: 'toggle',
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
  { id: 'dailyLimit', keys: ['dailyLimitEnabled', 'dailyLimitHours', 'dailyLimitAllDevices'] },
  { id: 'hydration', keys: ['hydrationEnabled', 'hydrationIntervalMin', 'waterGoalGlasses'] },
  { id: 'nudges', keys: ['delivery', 'badgeEnabled'] },
  { id: 'quietTime', keys: ['workingHoursEnabled', 'workingHours', 'callSites'] },
  { id: 'sites', keys: ['excludedSites'] },
  { id: 'advanced', keys: ['typingGapSec', 'countOtherApps'] },
];

export const SETTING_KEYS = Object.keys(SETTING_FIELDS) as SettingKey[];
