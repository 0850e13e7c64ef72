// The settings: every user setting and its default. Their units, ranges and groups are in
// setting-fields.ts, their validation and repair in validate-settings.ts, the form's draft in
// settings-draft.ts, the matching of site lists in host-list.ts, working hours in working-hours.ts,
// the shapes of earlier versions in settings-versions.ts. Pure.

import { defaultWorkingHours, type WeekHours } from './working-hours';

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
  /** The daily limit counts the typing of the person's other computers today too (from their synced summaries). */
  dailyLimitAllDevices: boolean;
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
    dailyLimitAllDevices: false,
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
