// Settings each valid on its own that do not work together: said beside the field, and saved all
// the same, since the person may mean it (a micro-pause set past the break, to have none). Pure.

import type { SettingKey, Settings } from './settings';

/** What does not work, as data; the pages say it in the UI language. */
export type SettingWarning = { kind: 'micro-pause-never-comes'; breakAfterMin: number };

export type SettingWarnings = Partial<Record<SettingKey, SettingWarning>>;

/**
 * The warnings of settings as they are in force. A micro-pause is asked for only before the break
 * is due: at or past "Break after", the break always comes first, and no micro-pause can.
 */
export function settingWarnings(settings: Settings): SettingWarnings {
  const { microPauseAfterMin, breakAfterMin } = settings;
  if (microPauseAfterMin === 'off' || microPauseAfterMin < breakAfterMin) return {};
  return { microPauseAfterMin: { kind: 'micro-pause-never-comes', breakAfterMin } };
}
