// When this computer's summary goes out to the browser's sync area, and what the sync state and
// the mirror of the other computers become as summaries go out and come in. A summary goes out
// only while sync is on, when it changed since it last went out, at most every 15 minutes (at
// once on a new local day), and within the same write limits as the settings (sync-state.ts).
// Pure: entrypoints/background/devices.ts writes and reads the sync area.

import type { History } from '../days/history';
import type { StoredState } from '../store/stored-state';
import { NO_COMPUTERS, type Computers } from '../store/devices-item';
import { stableHash } from '../helpers/stable-hash';
import { sameValue } from '../helpers/same-value';
import { localDayKey, MINUTE } from '../helpers/time';
import { countWrite, writeAllowedAt, type PublishedSummary, type SyncState } from './sync-state';
import { deviceItemKey, ownDays, syncedSummaryOf, type SyncedSummary } from './device-summary';
import { otherDevices, stillSeen } from './other-devices';
import type { BackgroundInput } from './settings-in-force';

/** The shortest time between two summaries: typing all day, four writes an hour. */
export const PUBLISH_EVERY_MS = 15 * MINUTE;

/** What the background learns about the other computers and this one's summary, applied like any input. */
export type DeviceInput =
  /** The `device.*` items of the sync area, as read at start or after a change there. */
  | { type: 'devices-read'; area: Record<string, unknown> }
  /** This computer's summary went out under `id` (or the write was refused: it waits its 15 minutes all the same). */
  | { type: 'summary-published'; id: string; published: PublishedSummary };

export type PublishStep = { type: 'nothing' } | { type: 'publish'; id: string; key: string; item: SyncedSummary; published: PublishedSummary };

/** A hash of what a summary says (its name and days, not when it went out): a summary that says the same is not sent again. */
const summaryHash = (item: SyncedSummary): number => stableHash(JSON.stringify([item.name, item.days]));

/** Whether the moment for a summary has come: never sent, 15 minutes since the last, a new local day, or a clock set back past it. */
function isMoment(published: PublishedSummary | null, today: string, now: number): boolean {
  return published === null || published.day !== today || now - published.at >= PUBLISH_EVERY_MS || now < published.at;
}

/**
 * Whether this computer's summary goes out at `now`, and as what: `newId` is the id it takes
 * if it has none yet (the background makes a random one), `name` the name it goes out under.
 */
export function publishStep({ sync, tracker }: Pick<StoredState, 'sync' | 'tracker'>, name: string, newId: string, now: number): PublishStep {
  const today = localDayKey(now);
  if (!sync.enabled || !isMoment(sync.published, today, now) || writeAllowedAt(sync.writes, now) > now) return { type: 'nothing' };
  const item = summaryItem(tracker.history, name, today, now);
  // A computer joins the others' lists once it has counted something: not at install, nor straight after "delete all data".
  if (sync.published === null && item.days.length === 0) return { type: 'nothing' };
  const hash = summaryHash(item);
  if (sync.published !== null && sync.published.hash === hash && sync.published.day === today) return { type: 'nothing' };
  const id = sync.deviceId === '' ? newId : sync.deviceId;
  return { type: 'publish', id, key: deviceItemKey(id), item, published: { at: now, day: today, hash } };
}

/** Whether a look for publishing is worth making at all (cheap, for every input). */
export const mayPublish = (sync: SyncState, now: number): boolean => sync.enabled && isMoment(sync.published, localDayKey(now), now);

/** This computer's summary item at `now`. */
const summaryItem = (history: History, name: string, today: string, now: number): SyncedSummary => syncedSummaryOf(name, now, ownDays(history, today));

/** What is noted of a summary the browser refused: its moment, so that it waits its 15 minutes, but not its content, so that it goes out then. */
export const refusedSummary = (sync: SyncState, tried: PublishedSummary): PublishedSummary => ({ ...tried, hash: sync.published?.hash ?? 0 });

/** The sync state and the other computers after one input at `now`. */
export function devicesAfter(input: BackgroundInput, devices: Computers, sync: SyncState, now: number): { sync: SyncState; devices: Computers } {
  switch (input.type) {
    case 'summary-published':
      return { sync: { ...sync, deviceId: input.id, published: input.published, writes: countWrite(sync.writes, now) }, devices };
    case 'show-computers':
      return { sync, devices: input.shown === devices.shown ? devices : { ...devices, shown: input.shown } };
    case 'delete-all':
      return { sync, devices: NO_COMPUTERS };
    case 'devices-read': {
      const others = sync.enabled ? otherDevices(input.area, sync.deviceId, now) : devices.others;
      // The same computers as before (this computer's own write, echoed) keep the item as it is.
      return { sync, devices: sameValue(others, devices.others) ? devices : { ...devices, others } };
    }
    default:
      return sync.enabled ? { sync, devices: withoutGone(devices, now) } : syncOff(sync, devices);
  }
}

/** Sync off: the other computers are forgotten, and a summary goes out afresh when sync is on again. */
const syncOff = (sync: SyncState, devices: Computers): { sync: SyncState; devices: Computers } => ({
  sync: sync.published === null ? sync : { ...sync, published: null },
  devices: devices.others.length === 0 ? devices : { ...devices, others: NO_COMPUTERS.others },
});

/** The computers without those not seen for 90 days: the same object while none drops out. */
function withoutGone(devices: Computers, now: number): Computers {
  const others = stillSeen(devices.others, now);
  return others.length === devices.others.length ? devices : { ...devices, others };
}
