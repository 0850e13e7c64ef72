// The browser side of stored state: each item of store/stored-state.ts defined with WXT's storage
// (its key, default, schema version and migrations), one read of the whole state, one write of
// what changed, and one listener for changes.
//
// The background is the only writer: every change (typing, actions, saved settings, an import,
// "delete all data") is applied under its serial queue and written in a single storage call. Pages
// only read, and ask the background for changes through messages (background-client.ts). The one
// exception is a migration, which rewrites an item in its newer shape wherever the item is first
// read after an update; it is idempotent, so two contexts running it write the same value.

import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { changedValues, ITEMS, STORAGE_KEYS, storedStateFrom, versionRecordsFor, type StorageKey, type StoredState, type StoredValues } from '../store/stored-state';

type DefinedItems = { [Key in StorageKey]: WxtStorageItem<StoredValues[Key], Record<string, unknown>> };

/** Every item of store/stored-state.ts, defined with WXT's storage under its key in `storage.local`. */
export const STORED_ITEMS = Object.fromEntries(
  STORAGE_KEYS.map((key) => {
    const { fallback, version, migrations } = ITEMS[key];
    return [key, storage.defineItem(`local:${key}`, { fallback, version, migrations: migrations as Record<number, (stored: unknown) => unknown> })];
  }),
) as unknown as DefinedItems;

/** Items found damaged in this context, each logged once. */
const loggedDamaged = new Set<StorageKey>();

/** Whether a read in this context has waited for every item's migration (each getValue waits for its own). */
let migrated = false;

/**
 * Every item's value (or its default). The first read in a context goes item by item, waiting
 * for each item's migration; later reads are one storage call, not ten: the background reads the
 * whole state for every report.
 */
async function readValues(): Promise<unknown[]> {
  const items = STORAGE_KEYS.map((key) => STORED_ITEMS[key]);
  if (migrated) return (await storage.getItems(items)).map(({ value }) => value as unknown);
  const values = await Promise.all(items.map((item) => item.getValue()));
  migrated = true;
  return values;
}

/** Reads the whole stored state; any part that is corrupt comes back repaired or as its default, and is logged once. */
export async function readStoredState(): Promise<StoredState> {
  const values = await readValues();
  const raw = Object.fromEntries(STORAGE_KEYS.map((key, index) => [key, values[index]]));
  const { state, damaged } = storedStateFrom(raw);
  for (const key of damaged.filter((item) => !loggedDamaged.has(item))) {
    loggedDamaged.add(key);
    console.warn(`Handrest: the stored "${key}" was damaged; what could not be kept is back to its default.`);
  }
  return state;
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
