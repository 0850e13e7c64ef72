// The browser's sync and managed storage, for the background: reading the settings' items of the
// sync area, writing the unsent ones, removing Handrest's synced copy, reading the organisation's
// policy, and telling a refused write's reason. What any of it does to the settings is decided in
// utils/sync/settings-in-force.ts.

import { browser } from 'wxt/browser';
import { policyFrom, type Policy } from '@/utils/settings/policy';
import { SYNCED_SETTING_KEYS, type Outgoing } from '@/utils/sync/synced-settings';
import type { SyncProblem } from '@/utils/sync/sync-state';

export const readSyncArea = (): Promise<Record<string, unknown>> => browser.storage.sync.get([...SYNCED_SETTING_KEYS]);

export async function sendToSyncArea({ items }: Outgoing): Promise<void> {
  if (Object.keys(items).length > 0) await browser.storage.sync.set(items);
}

/** Removes Handrest's settings (and any other items it names) from the sync area. */
export const removeSyncedCopy = (alsoKeys: readonly string[] = []): Promise<void> => browser.storage.sync.remove([...SYNCED_SETTING_KEYS, ...alsoKeys]);

/**
 * The organisation's policy. Firefox rejects the read when no policy or managed storage manifest
 * names Handrest, and Chrome when no policy was ever set: both mean no policy.
 */
export async function readPolicy(): Promise<Policy> {
  const managed = await browser.storage.managed.get().catch(() => ({}));
  return policyFrom(managed);
}

/** Why the browser refused a write: its rate limit (Chrome's MAX_WRITE_OPERATIONS_PER_*), its room (QUOTA_BYTES*), or anything else. */
export function refusalKind(error: unknown): Exclude<SyncProblem['kind'], 'too-large'> {
  const message = error instanceof Error ? error.message : String(error);
  if (/MAX_WRITE_OPERATIONS|rate/i.test(message)) return 'rate';
  if (/QUOTA|quota/.test(message)) return 'quota';
  return 'failed';
}

/** Logs each setting the policy held that was not taken, so that an administrator sees why in the background's console. */
export function logIgnoredPolicy({ ignored }: Policy): void {
  for (const entry of ignored) {
    console.warn(`Handrest: the policy's "${entry.name}" was ignored: ${entry.reason === 'unknown' ? 'not a setting Handrest has' : 'not a value the setting allows'}.`);
  }
}
