// The person's own break plan: the break settings they had that no preset has, kept when they
// choose a preset, so that Custom can be chosen again (after a reload too: it is stored). Pure.

import { sameValue } from '../helpers/same-value';
import { isRecord } from '../helpers/is-record';
import type { Settings } from './settings';
import { PRESET_KEYS, PRESETS, presetOf, type PresetChoice, type PresetValues } from './presets';
import { validateSetting } from './validate-settings';

export type CustomPlan = PresetValues;

const customPlanOf = (settings: Settings): CustomPlan => Object.fromEntries(PRESET_KEYS.map((key) => [key, settings[key]])) as CustomPlan;

/**
 * The own plan kept after the settings went from `before` to `after`: the latest break settings
 * that matched no preset (`after` if they are the person's own, else `before` if those were), or
 * the one kept already. The same object while nothing changes, so that it is not written again.
 */
export function keptCustomPlan(kept: CustomPlan | null, before: Settings, after: Settings): CustomPlan | null {
  if (before === after) return kept;
  const latest = presetOf(after) === 'custom' ? after : presetOf(before) === 'custom' ? before : null;
  if (latest === null) return kept;
  const plan = customPlanOf(latest);
  return kept !== null && sameValue(kept, plan) ? kept : plan;
}

/** The settings with a plan's break settings, everything else kept: a preset's, or the own plan kept (none kept: unchanged). */
export function withPlan(settings: Settings, choice: PresetChoice, custom: CustomPlan | null): Settings {
  const plan = choice === 'custom' ? custom : PRESETS[choice];
  return plan === null ? settings : { ...settings, ...plan };
}

/** Whether a stored value is an own plan: each break setting valid, and nothing else. */
export function isCustomPlan(raw: unknown): raw is CustomPlan {
  return (
    isRecord(raw) &&
    Object.keys(raw).length === PRESET_KEYS.length &&
    PRESET_KEYS.every((key) => Object.hasOwn(raw, key) && validateSetting(key, raw[key]).ok)
  );
}
