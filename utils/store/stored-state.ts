// What Handrest keeps in storage, as the core sees it: the stored state (the settings, the
// person's own break plan kept while a preset is in force, and the tracker's state), the items it
// is kept in (each declared once, in its own file, with its version, migrations and repair), the
// repair of whatever a read returns, and which items a change rewrites. Pure: browser/storage.ts does the reading and writing. To add an item: declare it in
// a file of its own, list it in ITEMS, give it its place in the tracker's state (below) and a row
// in the README's privacy table (a test checks the table).

import { defaultSettings, type Settings } from '../settings/settings';
import { INITIAL_TRACKER_STATE, type TrackerState } from '../tracker/tracker-state';
import type { StoredItem } from './stored-item';
import { SETTINGS_ITEM } from './settings-item';
import { TYPING_ITEM } from './typing-item';
import { NUDGES_ITEM } from './nudges-item';
import { PAST_DAYS_ITEM, TODAY_ITEM } from './day-items';
import { BREAK_ITEM } from './break-item';
import { RECENT_EXERCISES_ITEM, RECENT_TIPS_ITEM } from './list-items';
import { QUIET_ITEM } from './quiet-item';
import { CUSTOM_PLAN_ITEM } from './custom-plan-item';
import type { CustomPlan } from '../settings/custom-plan';
import { NO_POLICY, type Policy } from '../settings/policy';
import { INITIAL_SYNC_STATE, type SyncState } from '../sync/sync-state';
import { SYNC_ITEM } from './sync-item';
import { POLICY_ITEM } from './policy-item';
import { DEVICES_ITEM, NO_COMPUTERS, type Computers } from './devices-item';

export interface StoredState {
  settings: Settings;
  /** The person's own break settings, kept while a preset is in force, or null. */
  customPlan: CustomPlan | null;
  tracker: TrackerState;
  /** What this computer knows about the browser's sync. */
  sync: SyncState;
  /** The organisation's policy, as last read from managed storage. */
  policy: Policy;
  /** The person's other computers, as last read from the browser's sync, and which the pages show. */
  devices: Computers;
}

/** Each stored item's value, by its key in `storage.local`. */
export type StoredValues = Omit<TrackerState, 'history'> & {
  settings: Settings;
  customPlan: CustomPlan | null;
  sync: SyncState;
  policy: Policy;
  devices: Computers;
  today: TrackerState['history']['today'];
  pastDays: TrackerState['history']['past'];
};

export type StorageKey = keyof StoredValues;

/** Every item Handrest stores, by its key in `storage.local` (never sync). The README's privacy table lists each. */
export const ITEMS: { readonly [Key in StorageKey]: StoredItem<StoredValues[Key]> } = {
  settings: SETTINGS_ITEM,
  customPlan: CUSTOM_PLAN_ITEM,
  typing: TYPING_ITEM,
  nudges: NUDGES_ITEM,
  today: TODAY_ITEM,
  pastDays: PAST_DAYS_ITEM,
  breakSession: BREAK_ITEM,
  recentTips: RECENT_TIPS_ITEM,
  recentExercises: RECENT_EXERCISES_ITEM,
  quiet: QUIET_ITEM,
  sync: SYNC_ITEM,
  policy: POLICY_ITEM,
  devices: DEVICES_ITEM,
};

export const STORAGE_KEYS = Object.keys(ITEMS) as StorageKey[];

/**
 * The version records (WXT's `<key>$`) of items written at the current schema: an item past
 * version 1 without one would be taken for version 1 and migrated again.
 */
export function versionRecordsFor(keys: readonly StorageKey[]): Record<string, { v: number }> {
  return Object.fromEntries(keys.filter((key) => ITEMS[key].version > 1).map((key) => [`${key}$`, { v: ITEMS[key].version }]));
}

/** The stored values of a state (a literal, not spreads: the background does this on every write). */
export function storedValuesOf({ settings, customPlan, tracker, sync, policy, devices }: StoredState): StoredValues {
  const { typing, nudges, history, breakSession, recentTips, recentExercises, quiet } = tracker;
  return { settings, customPlan, typing, nudges, today: history.today, pastDays: history.past, breakSession, recentTips, recentExercises, quiet, sync, policy, devices };
}

/** The state from stored values. */
function stateOf(values: StoredValues): StoredState {
  const { settings, customPlan, typing, nudges, today, pastDays, breakSession, recentTips, recentExercises, quiet, sync, policy, devices } = values;
  return { settings, customPlan, tracker: { typing, nudges, history: { today, past: pastDays }, breakSession, recentTips, recentExercises, quiet }, sync, policy, devices };
}

export function initialStoredState(): StoredState {
  return { settings: defaultSettings(), customPlan: null, tracker: INITIAL_TRACKER_STATE, sync: INITIAL_SYNC_STATE, policy: NO_POLICY, devices: NO_COMPUTERS };
}

/** A read's result: the state, and the items that were there (not missing) but damaged, and so were repaired or dropped. */
export interface ReadResult {
  state: StoredState;
  damaged: StorageKey[];
}

/** The stored state from what a read returned, each item checked once: one that is missing or corrupt is repaired or its default. */
export function storedStateFrom(raw: Partial<Record<StorageKey, unknown>>): ReadResult {
  const values: Partial<Record<StorageKey, unknown>> = {};
  const damaged: StorageKey[] = [];
  for (const key of STORAGE_KEYS) {
    const item = ITEMS[key] as StoredItem<unknown>;
    const value = raw[key];
    if (item.isSound(value)) {
      values[key] = value;
      continue;
    }
    values[key] = item.repair(value);
    // A missing item comes back as its default: that is no damage.
    if (value !== undefined && value !== item.fallback) damaged.push(key);
  }
  return { state: stateOf(values as StoredValues), damaged };
}

/**
 * The items a change rewrites: those whose value is a different object. The core never mutates
 * state, so an unchanged part keeps its identity: a keystroke report leaves the past days alone.
 */
export function changedValues(before: StoredState, after: StoredState): Partial<StoredValues> {
  const old = storedValuesOf(before);
  const next = storedValuesOf(after);
  const changed: Partial<Record<StorageKey, unknown>> = {};
  for (const key of STORAGE_KEYS) {
    if (old[key] !== next[key]) changed[key] = next[key];
  }
  return changed as Partial<StoredValues>;
}
