// The `devices` item: the person's other computers as this one last read them from the browser's
// sync area (sync/other-devices.ts), each checked, so that the pages show them and the daily limit
// counts them without reading the sync area. Version 1; a damaged one is dropped, and the next
// read of the sync area brings it back.

import type { DeviceSummary } from '../sync/device-summary';
import { isDeviceSummary } from '../sync/device-summary';
import { MAX_DEVICES } from '../sync/other-devices';
import { itemOf } from './stored-item';

export const NO_DEVICES: readonly DeviceSummary[] = Object.freeze([]);

export const DEVICES_ITEM = itemOf<DeviceSummary[]>({
  version: 1,
  fallback: NO_DEVICES as DeviceSummary[],
  migrations: {},
  isSound: (raw): raw is DeviceSummary[] => Array.isArray(raw) && raw.length <= MAX_DEVICES && raw.every(isDeviceSummary),
});
