// Code that runs inside an extension context (Chromium's service worker or an extension page in
// either browser), passed to the drivers' evaluate(). Each function is serialized on its own, so
// it may use only its argument and the extension's `chrome` global (promise-based in MV3, Firefox too).
import type { DayTotals } from '../../../utils/history';
import type { NudgeState } from '../../../utils/nudge-schedule';
import type { Settings } from '../../../utils/settings';
import type { BreakSession } from '../../../utils/tracker';
import type { TypingState } from '../../../utils/typing-model';

interface AlarmInfo {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/** The slice of the extension API these functions use. */
declare const chrome: {
  storage: {
    local: {
      get(keys: string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
  action: { getBadgeText(details: Record<string, never>): Promise<string> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  alarms: {
    get(name: string): Promise<AlarmInfo | undefined>;
    clear(name: string): Promise<boolean>;
    create(name: string, info: { when: number; periodInMinutes?: number }): Promise<void>;
  };
};

/** The keys the tests read and write (WXT storage keys, without the 'local:' prefix): utils/storage.ts. */
export interface StoredItems {
  typing?: TypingState;
  settings?: Settings;
  nudges?: NudgeState;
  today?: DayTotals;
  pastDays?: DayTotals[];
  breakSession?: BreakSession | null;
  recentTips?: string[];
}

/** Every key Handrest stores (STORED_ITEMS in utils/storage.ts). */
export const STORED_KEYS = [
  'settings',
  'typing',
  'nudges',
  'today',
  'pastDays',
  'breakSession',
  'recentTips',
] as const satisfies readonly (keyof StoredItems)[];

/** The background's periodic alarm (TICK_ALARM in entrypoints/background/index.ts). */
export const TICK_ALARM = 'handrest-tick';

/** `keys` null reads everything stored. */
export function storageGet(keys: string[] | null): Promise<Record<string, unknown>> {
  return chrome.storage.local.get(keys);
}

export function storageSet(items: Record<string, unknown>): Promise<void> {
  return chrome.storage.local.set(items);
}

export async function storageReplace(items: Record<string, unknown>): Promise<void> {
  await chrome.storage.local.clear();
  await chrome.storage.local.set(items);
}

export function badgeText(): Promise<string> {
  return chrome.action.getBadgeText({});
}

export function hasHostPermission(origin: string): Promise<boolean> {
  return chrome.permissions.contains({ origins: [origin] });
}

export function fetchStatus(url: string): Promise<number> {
  return fetch(url, { cache: 'no-store' }).then((response) => response.status);
}

export interface HeldAlarm {
  name: string;
  periodInMinutes: number | null;
  scheduledTime: number;
}

/** Clears an alarm and returns what it was (null if there was none), so it can be put back. */
export async function holdAlarm(name: string): Promise<HeldAlarm | null> {
  const alarm = await chrome.alarms.get(name);
  if (alarm === undefined) return null;
  await chrome.alarms.clear(name);
  return { name, periodInMinutes: alarm.periodInMinutes ?? null, scheduledTime: alarm.scheduledTime };
}

/** Puts back an alarm taken by holdAlarm, due at its old time or at once if that has passed. */
export function restoreAlarm(alarm: HeldAlarm): Promise<void> {
  const when = Math.max(alarm.scheduledTime, Date.now() + 1000);
  return chrome.alarms.create(alarm.name, alarm.periodInMinutes === null ? { when } : { when, periodInMinutes: alarm.periodInMinutes });
}
