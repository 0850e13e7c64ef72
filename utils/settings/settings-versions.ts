// The settings as earlier versions stored and exported them, and how each becomes the next:
// storage migrates with these (store/settings-item.ts) and an import brings an older export
// forward with the same steps (days/history-import.ts). Frozen: add a version, never edit one.

import { defaultSettings, type Settings } from './settings';

/** Version 3 of the settings, before the daily limit could count all of the person's computers. */
export type SettingsV3 = Omit<Settings, 'dailyLimitAllDevices'>;

/** Version 2 of the settings, before quiet time and guided breaks. */
export type SettingsV2 = Omit<SettingsV3, 'callSites' | 'workingHoursEnabled' | 'workingHours' | 'muteTabsDuringBreaks'>;

/** Version 1 of the settings, before micro-pauses and the daily limit. */
export type SettingsV1 = Omit<SettingsV2, 'microPauseAfterMin' | 'microPauseLengthSec' | 'dailyLimitEnabled' | 'dailyLimitHours'>;

/** Version 2 adds micro-pauses and the daily limit, at their defaults; every earlier choice is kept. */
export function settingsV2FromV1(stored: SettingsV1): SettingsV2 {
  const { microPauseAfterMin, microPauseLengthSec, dailyLimitEnabled, dailyLimitHours } = defaultSettings();
  return { microPauseAfterMin, microPauseLengthSec, dailyLimitEnabled, dailyLimitHours, ...stored };
}

/** Version 3 adds quiet time (the known call sites, working hours off) and muting tabs during a break (off). */
export function settingsV3FromV2(stored: SettingsV2): SettingsV3 {
  const { callSites, workingHoursEnabled, workingHours, muteTabsDuringBreaks } = defaultSettings();
  return { callSites, workingHoursEnabled, workingHours, muteTabsDuringBreaks, ...stored };
}

/** Version 4 adds the daily limit across the person's computers, off: the limit counts this computer, as before. */
export function settingsV4FromV3(stored: SettingsV3): Settings {
  return { dailyLimitAllDevices: defaultSettings().dailyLimitAllDevices, ...stored };
}
