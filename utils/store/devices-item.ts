// The `devices` item: the person's other computers as this one last read them from the browser's
// sync area (sync/other-devices.ts), each checked, so that the pages show them and the daily limit
// counts them without reading the sync area; and which the history page and the popup show, this
// computer or all of them. Version 1; a damaged list of computers is dropped (the next read of the
// sync area brings it back), and a damaged choice is this computer.

import { isRecord } from '../helpers/is-record';
import { isDeviceSummary, type DeviceSummary } from '../sync/device-summary';
import { MAX_DEVICES } from '../sync/other-devices';
import { itemOf } from './stored-item';

export interface Computers {
  /** What the history page and the popup show: this computer's figures, or all computers' together. */
  shown: 'this' | 'all';
  /** The other computers, most recently seen first. */
  others: DeviceSummary[];
}

export const NO_COMPUTERS: Computers = Object.freeze({ shown: 'this', others: Object.freeze([]) as unknown as DeviceSummary[] });

const isShown = (raw: unknown): raw is Computers['shown'] => raw === 'this' || raw === 'all';
const isOthers = (raw: unknown): raw is DeviceSummary[] => Array.isArray(raw) && raw.length <= MAX_DEVICES && raw.every(isDeviceSummary);

export const DEVICES_ITEM = itemOf<Computers>({
  version: 1,
  fallback: NO_COMPUTERS,
  migrations: {},
  isSound: (raw): raw is Computers => isRecord(raw) && Object.keys(raw).length === 2 && isShown(raw.shown) && isOthers(raw.others),
  repair: (raw) => (isRecord(raw) ? { shown: isShown(raw.shown) ? raw.shown : 'this', others: isOthers(raw.others) ? raw.others : NO_COMPUTERS.others } : NO_COMPUTERS),
});
