// What this computer knows about the browser's sync: whether it is on, this computer's id and
// name in the sync area, when each setting was last changed (here or on another computer), what
// is still to go out and when, the writes made against the browser's rate limits, and why the
// last write was refused. Kept in storage.local (it never syncs itself). Pure.

import type { SettingKey, Settings } from '../settings/settings';
import { SETTING_KEYS } from '../settings/setting-fields';
import { defaultSettings } from '../settings/settings';
import { sameValue } from '../helpers/same-value';
import { HOUR, MINUTE, SECOND } from '../helpers/time';

/** Why settings are waiting to go out: the browser's write limit, its room, a setting too large for one item, or any other failure. */
export type SyncProblem = { kind: 'rate' | 'quota' | 'failed'; at: number } | { kind: 'too-large'; key: SettingKey; at: number };

export interface WriteCount {
  /** Start of the current minute window and the writes in it. */
  minuteFrom: number;
  inMinute: number;
  /** Start of the current hour window and the writes in it. */
  hourFrom: number;
  inHour: number;
}

/** This computer's summary as it last went out (device-publishing.ts): when, on which local day, and a hash of its name and days. */
export interface PublishedSummary {
  at: number;
  day: string;
  hash: number;
}

export interface SyncState {
  /** Whether settings and this computer's totals go into the browser's sync (on by default). */
  enabled: boolean;
  /** This computer's random id in the sync area; '' until its totals first go out. */
  deviceId: string;
  /** The name the person gave this computer, or null for the one from the browser and OS. */
  deviceName: string | null;
  /**
   * When each setting was last changed, here or on another computer, by the changing computer's
   * clock; a setting not in it was never changed and has its default (or the organisation's), and
   * null means every setting not at its default was changed before sync came (changedAtOf).
   */
  changedAt: Partial<Record<SettingKey, number>> | null;
  /** Settings changed here that the sync area does not have yet. */
  unsent: SettingKey[];
  /** When the unsent settings go out (a moment after the last change, or a retry), or null. */
  sendAt: number | null;
  writes: WriteCount;
  problem: SyncProblem | null;
  /** When settings last went out to or came in from the sync area, or null. */
  syncedAt: number | null;
  /** This computer's summary as it last went out, or null when it has not since sync was turned on. */
  published: PublishedSummary | null;
}

export const INITIAL_SYNC_STATE: SyncState = {
  enabled: true,
  deviceId: '',
  deviceName: null,
  changedAt: null,
  unsent: [],
  sendAt: null,
  writes: { minuteFrom: 0, inMinute: 0, hourFrom: 0, inHour: 0 },
  problem: null,
  syncedAt: null,
  published: null,
};

/** A change waits this long for the next one, so that typing a number or clicking through a form is one write. */
export const SEND_DELAY_MS = 2 * SECOND;
/** Handrest's own write limits, well inside Chrome's (120 a minute, 1,800 an hour), which count every call. */
export const MAX_WRITES_PER_MINUTE = 20;
export const MAX_WRITES_PER_HOUR = 300;
/** After a refusal for room or any failure, the next try. */
export const RETRY_AFTER_MS = 10 * MINUTE;

/** When a write may be made: `now`, or the start of the window that has room again. */
export function writeAllowedAt(writes: WriteCount, now: number): number {
  if (now - writes.hourFrom < HOUR && writes.inHour >= MAX_WRITES_PER_HOUR) return writes.hourFrom + HOUR;
  if (now - writes.minuteFrom < MINUTE && writes.inMinute >= MAX_WRITES_PER_MINUTE) return writes.minuteFrom + MINUTE;
  return now;
}

/** The count after one more write at `now`. */
export function countWrite(writes: WriteCount, now: number): WriteCount {
  const newMinute = now - writes.minuteFrom >= MINUTE || now < writes.minuteFrom;
  const newHour = now - writes.hourFrom >= HOUR || now < writes.hourFrom;
  return {
    minuteFrom: newMinute ? now : writes.minuteFrom,
    inMinute: newMinute ? 1 : writes.inMinute + 1,
    hourFrom: newHour ? now : writes.hourFrom,
    inHour: newHour ? 1 : writes.inHour + 1,
  };
}

/** The settings a person changed before sync came (those not at their default), dated the beginning of time so that any later change anywhere wins over them. */
function changesBeforeSync(settings: Settings): Partial<Record<SettingKey, number>> {
  const defaults = defaultSettings();
  return Object.fromEntries(SETTING_KEYS.filter((key) => !sameValue(settings[key], defaults[key])).map((key) => [key, 0]));
}

/** When each setting was last changed; on an install from before sync (or after "delete all data"), worked out from the settings. */
export const changedAtOf = (sync: SyncState, settings: Settings): Partial<Record<SettingKey, number>> => sync.changedAt ?? changesBeforeSync(settings);

/** The settings that differ between two versions of them. */
export const changedSettings = (before: Settings, after: Settings): SettingKey[] => SETTING_KEYS.filter((key) => !sameValue(before[key], after[key]));

/**
 * The sync state after settings changed on this computer at `now`: each changed setting dated
 * `now` and waiting to go out SEND_DELAY_MS after the last change (whether or not sync is on:
 * turned on later, they go out then).
 */
export function noteLocalChanges(sync: SyncState, before: Settings, keys: readonly SettingKey[], now: number): SyncState {
  if (keys.length === 0) return sync;
  const changedAt = { ...changedAtOf(sync, before) };
  for (const key of keys) changedAt[key] = now;
  const unsent = SETTING_KEYS.filter((key) => keys.includes(key) || sync.unsent.includes(key));
  return { ...sync, changedAt, unsent, sendAt: Math.max(now + SEND_DELAY_MS, sync.sendAt ?? 0) };
}
