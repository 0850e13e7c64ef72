// One stored item, declared once: its schema version (WXT keeps it beside the item under `<key>$`),
// its default, the migrations that bring an older version's value up (keyed by the version each
// produces, as WXT's storage takes them), and the repair of whatever a read returns, so that a
// missing, partial or corrupt item falls back to its default instead of crashing the extension.
// The item's key is its name in stored-state.ts. browser/storage.ts defines each with WXT's storage.

export interface StoredItem<T> {
  version: number;
  fallback: T;
  migrations: Record<number, (stored: never) => unknown>;
  repair: (raw: unknown) => T;
}

/** An item whose value is sound when `isSound` says so, and is its fallback otherwise. */
export function itemOf<T>(item: Omit<StoredItem<T>, 'repair'> & { isSound: (raw: unknown) => raw is T }): StoredItem<T> {
  const { isSound, ...declared } = item;
  return { ...declared, repair: (raw) => (isSound(raw) ? raw : item.fallback) };
}
