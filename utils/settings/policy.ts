// An organisation's policy: the settings an administrator gives Handrest through the browser's
// managed storage (Chrome's policies with storage.managed_schema, Firefox's enterprise policies
// or managed storage manifest), read and checked here, and how it shapes the settings in force.
// A managed value is the default of its setting; a setting named in `lockedSettings` cannot be
// changed from this computer, by the person, an import or another computer. Pure.

import { isRecord } from '../helpers/is-record';
import { sameValue } from '../helpers/same-value';
import { defaultSettings, type SettingKey, type Settings } from './settings';
import { SETTING_KEYS } from './setting-fields';
import { validateSetting } from './validate-settings';

/** The managed key that names the settings the person may not change. */
export const LOCKED_SETTINGS_KEY = 'lockedSettings';

/** A managed entry that was not taken: a name Handrest does not know, or a value outside its range. */
export interface IgnoredEntry {
  name: string;
  reason: 'unknown' | 'invalid';
}

export interface Policy {
  /** The organisation's value of each setting it sets. */
  values: Partial<Settings>;
  /** The settings the person may not change, in the order of the settings page. */
  locked: SettingKey[];
  /** What the policy held that was not taken, shown on the settings page and logged by the background. */
  ignored: IgnoredEntry[];
}

export const NO_POLICY: Policy = { values: {}, locked: [], ignored: [] };

/** More entries than a policy of every setting and the lock list could hold: the rest are not read. */
const MAX_ENTRIES = SETTING_KEYS.length * 2 + 1;
/** An ignored name is shown, so it is cut to what a person can read. */
const MAX_NAME_LENGTH = 64;

const SETTING_KEY_SET: ReadonlySet<string> = new Set(SETTING_KEYS);
const isSettingKey = (name: string): name is SettingKey => SETTING_KEY_SET.has(name);

/** The lock list, or null when it is not a list of setting names. */
function lockedOf(raw: unknown): SettingKey[] | null {
  if (!Array.isArray(raw) || raw.length > SETTING_KEYS.length * 2) return null;
  if (!raw.every((name): name is string => typeof name === 'string' && isSettingKey(name))) return null;
  return SETTING_KEYS.filter((key) => raw.includes(key));
}

/** The policy in what the browser's managed storage returned: each entry checked on its own, so that one bad value keeps the rest. */
export function policyFrom(raw: unknown): Policy {
  if (!isRecord(raw)) return NO_POLICY;
  const values: Partial<Record<SettingKey, unknown>> = {};
  const ignored: IgnoredEntry[] = [];
  let locked: SettingKey[] = [];
  let read = 0;
  for (const name in raw) {
    if (!Object.hasOwn(raw, name)) continue;
    if (++read > MAX_ENTRIES) break;
    const entry = raw[name];
    if (name === LOCKED_SETTINGS_KEY) {
      const list = lockedOf(entry);
      if (list === null) ignored.push({ name, reason: 'invalid' });
      else locked = list;
      continue;
    }
    if (!isSettingKey(name)) {
      ignored.push({ name: name.slice(0, MAX_NAME_LENGTH), reason: 'unknown' });
      continue;
    }
    const result = validateSetting(name, entry);
    if (result.ok) values[name] = result.value;
    else ignored.push({ name, reason: 'invalid' });
  }
  if (read === 0) return NO_POLICY;
  return { values: values as Partial<Settings>, locked, ignored };
}

export const isLocked = (policy: Policy, key: SettingKey): boolean => policy.locked.includes(key);

/**
 * The settings in force under a policy. A locked setting has the organisation's value (or keeps
 * the one it had, when the policy locks it without a value); a setting the person changed keeps
 * their value; any other has the organisation's value, goes back to Handrest's default when the
 * `previous` policy gave it one and this one gives none, and is left alone otherwise.
 */
export function withPolicy(settings: Settings, changedAt: Partial<Record<SettingKey, number>>, policy: Policy, previous: Policy = policy): Settings {
  const defaults = defaultSettings();
  const next = { ...settings } as Record<SettingKey, unknown>;
  let changed = false;
  for (const key of SETTING_KEYS) {
    const managed = policy.values[key];
    const value = isLocked(policy, key) ? (managed ?? settings[key]) : key in changedAt ? settings[key] : (managed ?? (previous.values[key] === undefined ? settings[key] : defaults[key]));
    if (!sameValue(value, settings[key])) {
      next[key] = value;
      changed = true;
    }
  }
  return changed ? (next as unknown as Settings) : settings;
}

/** The most ignored entries a stored policy holds: as many as a policy can have entries. */
const MAX_IGNORED = MAX_ENTRIES;

const isIgnoredEntry = (raw: unknown): raw is IgnoredEntry =>
  isRecord(raw) && typeof raw.name === 'string' && raw.name.length <= MAX_NAME_LENGTH && (raw.reason === 'unknown' || raw.reason === 'invalid');

/** Whether a policy read back from storage is one policyFrom could have made. */
export function isPolicy(raw: unknown): raw is Policy {
  if (!isRecord(raw) || !isRecord(raw.values) || !Array.isArray(raw.ignored) || raw.ignored.length > MAX_IGNORED) return false;
  const values = raw.values;
  const soundValues = Object.keys(values).every((key) => isSettingKey(key) && validateSetting(key, values[key]).ok);
  return soundValues && lockedOf(raw.locked) !== null && raw.ignored.every(isIgnoredEntry);
}
