// One stored item, declared once: its schema version (WXT keeps it beside the item under `<key>$`),
// its default, the migrations that bring an older version's value up (keyed by the version each
// produces, as WXT's storage takes them), whether what a read returns is sound, and what is kept of
// it when it is not (its sound parts, or the default), so that a missing, partial, corrupt or
// impossible item falls back instead of crashing the extension or hanging a page. The item's key is
// its name in stored-state.ts; browser/storage.ts defines each with WXT's storage.

export interface StoredItem<T> {
  version: number;
  fallback: T;
  migrations: Record<number, (stored: never) => unknown>;
  isSound: (raw: unknown) => raw is T;
  /** What is kept of a value that is not sound. */
  repair: (raw: unknown) => T;
}

/** An item whose unsound value is replaced by its default, unless told how to repair it. */
export function itemOf<T>(item: Omit<StoredItem<T>, 'repair'> & Partial<Pick<StoredItem<T>, 'repair'>>): StoredItem<T> {
  return { repair: () => item.fallback, ...item };
}
