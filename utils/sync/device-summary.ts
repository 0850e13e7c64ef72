// One computer's summary of its last 30 days, as the other computers see it: per day the typing
// time, the breaks taken, the micro-pauses taken when asked and the glasses of water, under the
// sync item `device.<id>`. Stored compact (one array per day, typing in whole seconds) so that 30
// full days stay far inside the browser's 8 KB an item; read back checked field by field, since
// the sync area is written by every computer of the account. Pure.

import { breaksTaken, type DayTotals } from '../days/day-totals';
import { MAX_DAY_COUNT, MAX_DAY_TYPING_MS } from '../days/day-bounds';
import { allDays, type History } from '../days/history';
import { dayKeyBefore, isDayKey, SECOND } from '../helpers/time';
import { isRecord } from '../helpers/is-record';
import { isBetween } from '../helpers/stored-shape';
import { isDeviceName } from './device-name';

/** The days a summary covers: today and the 29 before it. */
export const SUMMARY_DAYS = 30;

/** One day of a computer's summary. */
export interface DeviceDay {
  day: string;
  typingMs: number;
  breaks: number;
  microPauses: number;
  glasses: number;
}

export interface DeviceSummary {
  id: string;
  name: string;
  /** When the computer last published its summary, by its own clock. */
  seenAt: number;
  /** Its days with anything counted, oldest first. */
  days: DeviceDay[];
}

/** A day as the sync item holds it: the day, typing in whole seconds, breaks, micro-pauses, glasses. */
type SyncedDay = [string, number, number, number, number];

/** The value of a `device.<id>` item. */
export interface SyncedSummary {
  name: string;
  seenAt: number;
  days: SyncedDay[];
}

const DEVICE_PREFIX = 'device.';
/** A device id is Handrest's own: a UUID, as crypto.randomUUID() makes it. */
const DEVICE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const isDeviceId = (id: string): boolean => DEVICE_ID.test(id);
export const deviceItemKey = (id: string): string => `${DEVICE_PREFIX}${id}`;
/** The id of a `device.<id>` key, or null for any other key (a setting's, or one Handrest never writes). */
export const deviceIdOfKey = (key: string): string | null => (key.startsWith(DEVICE_PREFIX) && isDeviceId(key.slice(DEVICE_PREFIX.length)) ? key.slice(DEVICE_PREFIX.length) : null);

/** Breaks taken on a day: the natural rests and the breaks run to their end, each at most a day's count. */
const MAX_DAY_BREAKS = 2 * MAX_DAY_COUNT;
const MAX_SEEN_AT = 8.64e15;

const deviceDayOf = (totals: DayTotals): DeviceDay => ({
  day: totals.day,
  typingMs: totals.typingMs,
  breaks: breaksTaken(totals),
  microPauses: totals.microPausesTaken,
  glasses: totals.glasses,
});

const isEmpty = (day: DeviceDay): boolean => day.typingMs < SECOND && day.breaks === 0 && day.microPauses === 0 && day.glasses === 0;

/** This computer's days of the summary: those of the last SUMMARY_DAYS up to `today` with anything in them, oldest first. */
export function ownDays(history: History, today: string): DeviceDay[] {
  const first = dayKeyBefore(today, SUMMARY_DAYS - 1);
  return allDays(history)
    .filter((totals) => totals.day >= first && totals.day <= today)
    .map(deviceDayOf)
    .filter((day) => !isEmpty(day));
}

/** This computer's summary as its sync item. */
export const syncedSummaryOf = (name: string, seenAt: number, days: readonly DeviceDay[]): SyncedSummary => ({
  name,
  seenAt,
  days: days.map((day) => [day.day, Math.floor(day.typingMs / SECOND), day.breaks, day.microPauses, day.glasses]),
});

const isCount = (value: unknown, most: number): value is number => Number.isInteger(value) && isBetween(value, 0, most);

/** Whether a day's figures are ones a day can hold, on a day the calendar has. */
function isDeviceDay(day: DeviceDay): boolean {
  return isDayKey(day.day) && isCount(day.typingMs, MAX_DAY_TYPING_MS) && isCount(day.breaks, MAX_DAY_BREAKS) && isCount(day.microPauses, MAX_DAY_COUNT) && isCount(day.glasses, MAX_DAY_COUNT);
}

/** One day of an item, or null when it is not one Handrest could have written. */
function deviceDayFrom(raw: unknown): DeviceDay | null {
  if (!Array.isArray(raw) || raw.length !== 5) return null;
  const [day, typingSec, breaks, microPauses, glasses] = raw as unknown[];
  if (typeof day !== 'string' || !Number.isInteger(typingSec)) return null;
  const parsed = { day, typingMs: (typingSec as number) * SECOND, breaks, microPauses, glasses } as DeviceDay;
  return isDeviceDay(parsed) ? parsed : null;
}

/** Whether days are in order, each once. */
const inOrder = (days: readonly DeviceDay[]): boolean => days.every((day, index) => index === 0 || (days[index - 1] as DeviceDay).day < day.day);

/**
 * Another computer's item, checked: a name it could have had, a time, and at most SUMMARY_DAYS
 * days, each once, in order, with figures a day can hold. The length is checked before any day
 * is read; anything else is refused whole.
 */
export function deviceSummaryFrom(id: string, raw: unknown): DeviceSummary | null {
  if (!isRecord(raw) || !isDeviceName(raw.name) || !isBetween(raw.seenAt, 0, MAX_SEEN_AT)) return null;
  if (!Array.isArray(raw.days) || raw.days.length > SUMMARY_DAYS) return null;
  const days: DeviceDay[] = [];
  for (const entry of raw.days as unknown[]) {
    const day = deviceDayFrom(entry);
    if (day === null) return null;
    days.push(day);
  }
  return inOrder(days) ? { id, name: raw.name.trim(), seenAt: raw.seenAt, days } : null;
}

/** Whether a value read from the `devices` item is a summary as this computer keeps it (the same bounds as the sync item's). */
export function isDeviceSummary(raw: unknown): raw is DeviceSummary {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !isDeviceId(raw.id) || !isDeviceName(raw.name) || !isBetween(raw.seenAt, 0, MAX_SEEN_AT)) return false;
  if (!Array.isArray(raw.days) || raw.days.length > SUMMARY_DAYS) return false;
  const days = raw.days as unknown[];
  return days.every((day) => isRecord(day) && Object.keys(day).length === 5 && isDeviceDay(day as unknown as DeviceDay)) && inOrder(days as DeviceDay[]);
}
