// The settings in the browser's sync area: one item per setting, `setting.<name>`, holding its
// value and when it was changed, so that a write carries only what changed and two computers
// changing different settings keep both; for the same setting the later change wins. What goes out,
// what comes in (each value checked as if typed in the form, a locked one never taken), and the
// browser's size limits. Pure.

import { isRecord } from '../helpers/is-record';
import { DAY } from '../helpers/time';
import { isBetween } from '../helpers/stored-shape';
import { storedBytes } from '../helpers/storage-budget';
import type { SettingKey, Settings } from '../settings/settings';
import { SETTING_KEYS } from '../settings/setting-fields';
import { validateSetting } from '../settings/validate-settings';
import { isLocked, type Policy } from '../settings/policy';
import { changedAtOf, type SyncState } from './sync-state';

export interface SyncedSetting {
  /** The value, as the settings hold it. */
  v: unknown;
  /** When it was changed, by the clock of the computer that changed it. */
  at: number;
}

/** The browser's limit for one item of the sync area (key and JSON value), in bytes: Chrome's and Firefox's. */
export const MAX_SYNC_ITEM_BYTES = 8192;

/** A change dated this far past the receiving computer's clock is taken as dated now: a clock set ahead cannot win every later change. */
const MAX_AHEAD_MS = DAY;

const SYNCED_PREFIX = 'setting.';
export const isSyncedSettingKey = (key: string): boolean => key.startsWith(SYNCED_PREFIX);
export const syncedSettingKey = (key: SettingKey): string => `${SYNCED_PREFIX}${key}`;

/** Every setting's item name: what a read of the sync area asks for, and what turning sync off removes. */
export const SYNCED_SETTING_KEYS: readonly string[] = SETTING_KEYS.map(syncedSettingKey);

/** The bytes an item takes against the browser's limit: its key and its value as JSON. */
export const syncItemBytes = (key: string, value: unknown): number => key.length + storedBytes(value);

export interface Outgoing {
  /** The items to write, in one call. */
  items: Record<string, SyncedSetting>;
  /** Settings too large for an item of their own: kept on this computer only. */
  tooLarge: SettingKey[];
}

/** The unsent settings as items of the sync area. */
export function outgoingSettings(settings: Settings, sync: SyncState): Outgoing {
  const items: Record<string, SyncedSetting> = {};
  const tooLarge: SettingKey[] = [];
  const changedAt = changedAtOf(sync, settings);
  for (const key of sync.unsent) {
    const item = { v: settings[key], at: changedAt[key] ?? 0 };
    if (syncItemBytes(syncedSettingKey(key), item) > MAX_SYNC_ITEM_BYTES) tooLarge.push(key);
    else items[syncedSettingKey(key)] = item;
  }
  return { items, tooLarge };
}

const syncedSettingOf = (raw: unknown, now: number): SyncedSetting | null =>
  isRecord(raw) && isBetween(raw.at, 0, 8.64e15) ? { v: raw.v, at: Math.min(raw.at, now + MAX_AHEAD_MS) } : null;

export interface Incoming {
  settings: Settings;
  sync: SyncState;
  /** The settings another computer changed that this one took. */
  taken: SettingKey[];
}

/**
 * The settings after reading the sync area: each setting whose item is later than this
 * computer's last change of it, valid, and not locked by the organisation, is taken; anything
 * else in the area is never read.
 */
export function incomingSettings(settings: Settings, sync: SyncState, area: Record<string, unknown>, policy: Policy, now: number): Incoming {
  const next = { ...settings } as Record<SettingKey, unknown>;
  const changedAt = { ...changedAtOf(sync, settings) };
  const taken: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    const item = syncedSettingOf(area[syncedSettingKey(key)], now);
    if (item === null || isLocked(policy, key) || item.at <= (changedAt[key] ?? -1)) continue;
    const result = validateSetting(key, item.v);
    if (!result.ok) continue;
    next[key] = result.value;
    changedAt[key] = item.at;
    taken.push(key);
  }
  if (taken.length === 0) return { settings, sync, taken };
  const unsent = sync.unsent.filter((key) => !taken.includes(key));
  return { settings: next as unknown as Settings, sync: { ...sync, changedAt, unsent, sendAt: unsent.length > 0 ? sync.sendAt : null, syncedAt: now }, taken };
}

/**
 * The settings this computer changed later than the sync area's copy (or that the area lacks):
 * they go out, so that a computer coming back after weeks offline sends what it changed since.
 */
export function newerHere(settings: Settings, sync: SyncState, area: Record<string, unknown>, now: number): SettingKey[] {
  const changedAt = changedAtOf(sync, settings);
  return SETTING_KEYS.filter((key) => {
    const at = changedAt[key];
    if (at === undefined) return false;
    const item = syncedSettingOf(area[syncedSettingKey(key)], now);
    return item === null || item.at < at;
  });
}
