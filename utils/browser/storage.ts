// The browser side of stored state: each item declared once with WXT's storage (key, default,
// schema version, migrations), one read of the whole state, one write of what changed, and one
// listener for changes.
//
// The background is the only writer: every change (typing, actions, saved settings, an import,
// "delete all data") is applied under its serial queue and written in a single storage call. Pages
// only read, and ask the background for changes through messages (background-client.ts). The one
// exception is a migration, which rewrites an item in its newer shape wherever the item is first
// read after an update; it is idempotent, so two contexts running it write the same value.

import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { defaultSettings, type Settings } from '../settings/settings';
import { INITIAL_TYPING_STATE, type TypingState } from '../typing/typing-model';
import { INITIAL_NUDGE_STATE, type NudgeState } from '../breaks/nudge-schedule';
import { dayV2FromV1, dayV3FromV2, emptyDay, type DayTotals } from '../days/history';
import { INITIAL_QUIET_STATE, type QuietState } from '../breaks/quiet-time';
import type { BreakSession } from '../tracker/tracker';
import {
  breakSessionV2FromV1,
  changedValues,
  STORAGE_KEYS,
  STORAGE_VERSIONS,
  storedStateFrom,
  versionRecordsFor,
  nudgesV2FromV1,
  nudgesV3FromV2,
  pastDaysV2FromV1,
  pastDaysV3FromV2,
  settingsV2FromV1,
  settingsV3FromV2,
  typingV2FromV1,
  type StorageKey,
  type StoredState,
  type StoredValues,
} from '../store/stored-state';

export const STORED_ITEMS = {
  settings: storage.defineItem<Settings>('local:settings', {
    fallback: defaultSettings(),
    version: STORAGE_VERSIONS.settings,
    migrations: { 2: settingsV2FromV1, 3: settingsV3FromV2 },
  }),
  typing: storage.defineItem<TypingState>('local:typing', {
    fallback: INITIAL_TYPING_STATE,
    version: STORAGE_VERSIONS.typing,
    migrations: { 2: typingV2FromV1 },
  }),
  nudges: storage.defineItem<NudgeState>('local:nudges', {
    fallback: INITIAL_NUDGE_STATE,
    version: STORAGE_VERSIONS.nudges,
    migrations: { 2: nudgesV2FromV1, 3: nudgesV3FromV2 },
  }),
  today: storage.defineItem<DayTotals>('local:today', {
    fallback: emptyDay(''),
    version: STORAGE_VERSIONS.today,
    migrations: { 2: dayV2FromV1, 3: dayV3FromV2 },
  }),
  pastDays: storage.defineItem<DayTotals[]>('local:pastDays', {
    fallback: [],
    version: STORAGE_VERSIONS.pastDays,
    migrations: { 2: pastDaysV2FromV1, 3: pastDaysV3FromV2 },
  }),
  breakSession: storage.defineItem<BreakSession | null>('local:breakSession', {
    fallback: null,
    version: STORAGE_VERSIONS.breakSession,
    migrations: { 2: breakSessionV2FromV1 },
  }),
  recentTips: storage.defineItem<string[]>('local:recentTips', { fallback: [], version: STORAGE_VERSIONS.recentTips }),
  recentExercises: storage.defineItem<string[]>('local:recentExercises', { fallback: [], version: STORAGE_VERSIONS.recentExercises }),
  quiet: storage.defineItem<QuietState>('local:quiet', { fallback: INITIAL_QUIET_STATE, version: STORAGE_VERSIONS.quiet }),
} satisfies { [K in StorageKey]: unknown };

/** Reads the whole stored state; any part that is corrupt comes back as its default. */
export async function readStoredState(): Promise<StoredState> {
  const values = await Promise.all(STORAGE_KEYS.map((key) => STORED_ITEMS[key].getValue()));
  return storedStateFrom(Object.fromEntries(STORAGE_KEYS.map((key, index) => [key, values[index]])));
}

/**
 * Writes the items that changed between two states in one storage call, so that a failed write
 * changes nothing. An item past version 1 carries its version record along: written on its own,
 * WXT would take the next read of it for version 1 and migrate it again.
 */
export async function writeStoredState(before: StoredState, after: StoredState): Promise<void> {
  const changed = Object.entries(changedValues(before, after)) as [StorageKey, StoredValues[StorageKey]][];
  if (changed.length === 0) return;
  const values = changed.map(([key, value]) => ({ key: STORED_ITEMS[key].key, value }));
  const versions = Object.entries(versionRecordsFor(changed.map(([key]) => key))).map(([key, value]) => ({ key: `local:${key}` as const, value }));
  await storage.setItems([...values, ...versions]);
}

/** Calls `onChange` after every change to Handrest's local storage; returns the unsubscribe. */
export function watchStoredState(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
