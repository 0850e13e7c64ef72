// The `sync` item: what this computer knows about the browser's sync (sync/sync-state.ts).
// Version 1; a damaged one keeps what is sound of it, so that a bad field never turns sync off or
// forgets which settings the person changed.

import { isRecord } from '../helpers/is-record';
import { conformsTo, isBetween, type Shape } from '../helpers/stored-shape';
import type { SettingKey } from '../settings/settings';
import { SETTING_KEYS } from '../settings/setting-fields';
import { INITIAL_SYNC_STATE, type SyncProblem, type SyncState, type WriteCount } from '../sync/sync-state';
import { isDeviceName } from '../sync/device-name';
import { isDayKey } from '../helpers/time';
import { itemOf } from './stored-item';

/** A device id is Handrest's own (a UUID). */
const DEVICE_ID = /^(|[0-9a-f-]{36})$/;
const MAX_TIME = 8.64e15;

const SETTING_KEY_SET: ReadonlySet<string> = new Set(SETTING_KEYS);

const isChangedAt = (raw: unknown): raw is Partial<Record<SettingKey, number>> | null =>
  raw === null || (isRecord(raw) && Object.keys(raw).every((key) => SETTING_KEY_SET.has(key) && isBetween(raw[key], 0, MAX_TIME)));

const isKeyList = (raw: unknown): raw is SettingKey[] =>
  Array.isArray(raw) && raw.length <= SETTING_KEYS.length && raw.every((key) => typeof key === 'string' && SETTING_KEY_SET.has(key));

const WRITE_COUNT_SHAPE: Shape<WriteCount> = { minuteFrom: 'time', inMinute: 'duration', hourFrom: 'time', inHour: 'duration' };

const isProblem = (raw: unknown): raw is SyncProblem | null =>
  raw === null ||
  (isRecord(raw) &&
    isBetween(raw.at, 0, MAX_TIME) &&
    (raw.kind === 'rate' || raw.kind === 'quota' || raw.kind === 'failed' || (raw.kind === 'too-large' && typeof raw.key === 'string' && SETTING_KEY_SET.has(raw.key))));

const SYNC_SHAPE: Shape<SyncState> = {
  enabled: 'boolean',
  deviceId: (raw) => typeof raw === 'string' && DEVICE_ID.test(raw),
  deviceName: (raw) => raw === null || isDeviceName(raw),
  changedAt: isChangedAt,
  unsent: isKeyList,
  sendAt: 'time|null',
  writes: (raw) => conformsTo(raw, WRITE_COUNT_SHAPE),
  problem: isProblem,
  syncedAt: 'time|null',
  published: (raw) => raw === null || (isRecord(raw) && isBetween(raw.at, 0, MAX_TIME) && typeof raw.day === 'string' && isDayKey(raw.day) && Number.isInteger(raw.hash) && isBetween(raw.hash, 0, 2 ** 32)),
};

/** What is sound of a damaged sync state: each field that passes its check, the rest from the initial state. */
function repairSync(raw: unknown): SyncState {
  if (!isRecord(raw)) return INITIAL_SYNC_STATE;
  const repaired: Record<string, unknown> = { ...INITIAL_SYNC_STATE };
  for (const [key, check] of Object.entries(SYNC_SHAPE)) {
    if (conformsTo({ [key]: raw[key] }, { [key]: check } as Shape<Record<string, unknown>>)) repaired[key] = raw[key];
  }
  return repaired as unknown as SyncState;
}

export const SYNC_ITEM = itemOf<SyncState>({
  version: 1,
  fallback: INITIAL_SYNC_STATE,
  migrations: {},
  isSound: (raw): raw is SyncState => conformsTo(raw, SYNC_SHAPE),
  repair: repairSync,
});
