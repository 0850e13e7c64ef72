// The person's other computers, as this one mirrors them from the browser's sync area: each
// `device.<id>` item but this computer's own, checked (device-summary.ts), those not seen for 90
// days left out, at most MAX_DEVICES of them (the most recently seen); and the sums of all
// computers per day, for the history page, the popup and the daily limit. Pure.

import { HOUR } from '../helpers/time';
import { deviceIdOfKey, deviceSummaryFrom, type DeviceDay, type DeviceSummary } from './device-summary';

/** The most other computers kept: more than anyone types on, and within the sync area's room (20 full items are under 30 KB). */
export const MAX_DEVICES = 20;
/** A computer not seen for this long has been given up or wiped: it drops out. */
export const DEVICE_GONE_AFTER_MS = 90 * 24 * HOUR;
/** The most items a sync area holds (Chrome's MAX_ITEMS): no read of one looks at more keys. */
const MAX_SYNC_ITEMS = 512;

/** The other computers in a read of the sync area, checked, seen within 90 days of `now`, most recently seen first. */
export function otherDevices(area: Record<string, unknown>, ownId: string, now: number): DeviceSummary[] {
  const found: DeviceSummary[] = [];
  for (const key of Object.keys(area).slice(0, MAX_SYNC_ITEMS)) {
    const id = deviceIdOfKey(key);
    if (id === null || id === ownId) continue;
    const summary = deviceSummaryFrom(id, area[key]);
    if (summary !== null && now - summary.seenAt <= DEVICE_GONE_AFTER_MS) found.push(summary);
  }
  return found.sort((a, b) => b.seenAt - a.seenAt || (a.id < b.id ? -1 : 1)).slice(0, MAX_DEVICES);
}

/** The mirrored computers still within 90 days of `now`: one not seen since drops out without a new read. */
export const stillSeen = (devices: readonly DeviceSummary[], now: number): DeviceSummary[] => devices.filter((device) => now - device.seenAt <= DEVICE_GONE_AFTER_MS);

/** Each day's figures summed over this computer's days and the other computers', oldest day first. */
export function allComputersDays(own: readonly DeviceDay[], others: readonly DeviceSummary[]): DeviceDay[] {
  const byDay = new Map<string, DeviceDay>();
  for (const day of [own, ...others.map((device) => device.days)].flat()) {
    const sum = byDay.get(day.day);
    byDay.set(
      day.day,
      sum === undefined
        ? { ...day }
        : { day: day.day, typingMs: sum.typingMs + day.typingMs, breaks: sum.breaks + day.breaks, microPauses: sum.microPauses + day.microPauses, glasses: sum.glasses + day.glasses },
    );
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** The other computers' typing on a day (a local day key), for the daily limit across computers. */
export const othersTypingOn = (others: readonly DeviceSummary[], day: string): number =>
  others.reduce((sum, device) => sum + (device.days.find((entry) => entry.day === day)?.typingMs ?? 0), 0);
