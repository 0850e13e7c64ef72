// The person's computers in the browser's sync area, for the background: this computer's name
// (from the browser and the system unless the person gave one), writing its summary, reading the
// other computers' items, and the keys that removing the synced copy takes along. What goes out
// when, and what is kept of what comes in, is decided in utils/sync/device-publishing.ts.

import { browser } from 'wxt/browser';
import { deviceNameOf } from '@/utils/words/device-name-text';
import { deviceIdOfKey, deviceItemKey, type SyncedSummary } from '@/utils/sync/device-summary';
import { systemName } from '@/utils/browser/platform';

/** This computer's name as its summary carries it. */
export const thisDeviceName = async (given: string | null): Promise<string> => deviceNameOf(given, import.meta.env.FIREFOX, await systemName());

export const writeSummary = (key: string, item: SyncedSummary): Promise<void> => browser.storage.sync.set({ [key]: item });

/** The sync area's items, whole: the other computers' are picked out and checked by the core (never more than the area's 512). */
export const readDeviceArea = (): Promise<Record<string, unknown>> => browser.storage.sync.get(null);

/** Whether a change in the sync area touches a computer's summary. */
export const touchesDevices = (changes: Record<string, unknown>): boolean => Object.keys(changes).some((key) => deviceIdOfKey(key) !== null);

/** This computer's item, for removing the synced copy: none before its first summary went out. */
export const ownDeviceKeys = (deviceId: string): string[] => (deviceId === '' ? [] : [deviceItemKey(deviceId)]);
