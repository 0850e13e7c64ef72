// Break presets: named sets of the break settings (micro-pauses, rest breaks, the daily limit),
// and which one a set of settings matches (custom-plan.ts applies one). Pure. The numbers and
// where they come from are in the README.

import type { Settings } from './settings';

export const PRESET_KEYS = [
  'microPauseAfterMin',
  'microPauseLengthSec',
  'breakAfterMin',
  'breakLengthMin',
  'dailyLimitEnabled',
  'dailyLimitHours',
] as const satisfies readonly (keyof Settings)[];

/** The break settings a plan sets. */
export type PresetValues = Pick<Settings, (typeof PRESET_KEYS)[number]>;

export type PresetName = 'gentle' | 'recommended' | 'recovering';
/** A preset, or 'custom': the person's own break settings, which no preset has. */
export type PresetChoice = PresetName | 'custom';

export const PRESETS: Record<PresetName, PresetValues> = {
  /** Rest breaks only, a little further apart. */
  gentle: {
    microPauseAfterMin: 'off',
    microPauseLengthSec: 30,
    breakAfterMin: 45,
    breakLengthMin: 5,
    dailyLimitEnabled: false,
    dailyLimitHours: 4,
  },
  /** A 30 s micro-pause every 15 min of typing and a 5 min rest every 30 min: the defaults. */
  recommended: {
    microPauseAfterMin: 15,
    microPauseLengthSec: 30,
    breakAfterMin: 30,
    breakLengthMin: 5,
    dailyLimitEnabled: false,
    dailyLimitHours: 4,
  },
  /** Shorter intervals and a daily limit, for hands that already hurt. */
  recovering: {
    microPauseAfterMin: 10,
    microPauseLengthSec: 30,
    breakAfterMin: 20,
    breakLengthMin: 5,
    dailyLimitEnabled: true,
    dailyLimitHours: 3,
  },
};

export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

/** The preset whose every break setting the settings have, or 'custom'. */
export function presetOf(settings: Settings): PresetChoice {
  const name = PRESET_NAMES.find((preset) => PRESET_KEYS.every((key) => PRESETS[preset][key] === settings[key]));
  return name ?? 'custom';
}
