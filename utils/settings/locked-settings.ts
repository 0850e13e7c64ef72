// What the settings pages may change under an organisation's locks (policy.ts): a locked setting
// keeps the value in force whatever the form, a plan or "Restore defaults" holds, and a plan that
// would change one is not offered, since choosing it could not give what it says. Pure.

import type { SettingKey, Settings } from './settings';
import { PRESET_NAMES, type PresetChoice } from './presets';
import { withPlan, type CustomPlan } from './custom-plan';
import { sameValue } from '../helpers/same-value';

const changesLocked = (next: Settings, inForce: Settings, locked: readonly SettingKey[]): boolean => locked.some((key) => !sameValue(next[key], inForce[key]));

/** The settings `next` with every locked setting as it is in force: what a page may save. */
export function keepLocked(next: Settings, inForce: Settings, locked: readonly SettingKey[]): Settings {
  if (!changesLocked(next, inForce, locked)) return next;
  const kept = { ...next } as Record<SettingKey, unknown>;
  for (const key of locked) kept[key] = inForce[key];
  return kept as unknown as Settings;
}

/** The plans that would change a locked setting: they cannot be chosen. */
export const plansChangingLocked = (inForce: Settings, custom: CustomPlan | null, locked: readonly SettingKey[]): PresetChoice[] =>
  [...PRESET_NAMES, 'custom' as const].filter((choice) => changesLocked(withPlan(inForce, choice, custom), inForce, locked));
