// Code that runs inside an extension context (Chromium's service worker or an extension page in
// either browser), passed to the drivers' evaluate(). Each function is serialized on its own, so
// it may use only its argument and the extension's `chrome` global (promise-based in MV3, Firefox too).
import type { StoredValues } from '../../../utils/store/stored-state';

interface AlarmInfo {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/** The slice of the extension API these functions use. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getBackgroundPage(): Promise<Window & { handrestE2eMark?: boolean }> };
  storage: {
    local: {
      get(keys: string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
    sync: {
      get(keys: string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
    managed: { get(): Promise<Record<string, unknown>> };
  };
  action: { getBadgeText(details: Record<string, never>): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  windows: {
    getAll(): Promise<{ id?: number }[]>;
    update(id: number, info: { state: string }): Promise<unknown>;
  };
  tabs: { query: unknown };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  alarms: {
    get(name: string): Promise<AlarmInfo | undefined>;
    clear(name: string): Promise<boolean>;
    create(name: string, info: { when: number; periodInMinutes?: number }): Promise<void>;
  };
};

/** Stored items as the extension keeps them (utils/store/stored-state.ts), by key without WXT's 'local:' prefix. */
export type StoredItems = Partial<StoredValues>;

/** Firefox: marks the running event page's window (`set`), or says whether the running one carries the mark; asking wakes it. */
export async function eventPageMarked(set: boolean): Promise<boolean> {
  const page = await chrome.runtime.getBackgroundPage();
  if (set) page.handrestE2eMark = true;
  return page.handrestE2eMark === true;
}

/** `keys` null reads everything stored. */
export function storageGet(keys: string[] | null): Promise<Record<string, unknown>> {
  return chrome.storage.local.get(keys);
}

export function storageSet(items: Record<string, unknown>): Promise<void> {
  return chrome.storage.local.set(items);
}

/** The browser's sync area, as another computer's writes reach it (`keys` null reads everything). */
export function syncAreaGet(keys: string[] | null): Promise<Record<string, unknown>> {
  return chrome.storage.sync.get(keys);
}

export function syncAreaSet(items: Record<string, unknown>): Promise<void> {
  return chrome.storage.sync.set(items);
}

/** What the browser's managed storage hands Handrest: the organisation's policy as delivered. */
export function managedStorage(): Promise<Record<string, unknown>> {
  return chrome.storage.managed.get();
}

/** A setting's control on the settings page as the person finds it: its value, whether it can be changed, and the lock notes it names. */
export interface ControlOnPage {
  value: string;
  disabled: boolean;
  /** The texts of the `.locked-note` elements its aria-describedby names. */
  lockedNotes: string[];
}

/** What the settings page shows of a policy: the given settings' controls (`#setting-<key>`) and the notice of refused entries, if any. */
export function policyOnPage(keys: string[]): { controls: Record<string, ControlOnPage | null>; ignoredNotice: string | null } {
  const controlOf = (key: string): ControlOnPage | null => {
    const control = document.getElementById(`setting-${key}`) as HTMLInputElement | null;
    if (control === null) return null;
    const described = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id !== '');
    const notes = described.map((id) => document.getElementById(id)).filter((note) => note?.classList.contains('locked-note') === true);
    return { value: control.value, disabled: control.disabled, lockedNotes: notes.map((note) => (note?.textContent ?? '').trim()) };
  };
  const notice = document.querySelector('.policy-ignored');
  return { controls: Object.fromEntries(keys.map((key) => [key, controlOf(key)])), ignoredNotice: notice === null ? null : (notice.textContent ?? '') };
}

/** Puts exactly these items in the sync area, as other computers' browsers would have through their sync. */
export async function syncReplace(items: Record<string, unknown>): Promise<void> {
  await chrome.storage.sync.clear();
  await chrome.storage.sync.set(items);
}

export async function storageReplace(items: Record<string, unknown>): Promise<void> {
  await chrome.storage.local.clear();
  await chrome.storage.local.set(items);
}

/** Sends a message to the background from the extension context this runs in; resolves to the reply. */
export function sendMessage(message: unknown): Promise<unknown> {
  return chrome.runtime.sendMessage(message);
}

export function badgeText(): Promise<string> {
  return chrome.action.getBadgeText({});
}

/** The ids of the notifications on screen. */
export async function notificationIds(): Promise<string[]> {
  return Object.keys(await chrome.notifications.getAll());
}

export async function clearNotification(id: string): Promise<void> {
  await chrome.notifications.clear(id);
}

/**
 * For the extension page it runs in (as an init script), makes the tabs query answer with one
 * audible tab on a call site: headless Chromium plays no sound, so no real tab is ever audible.
 */
export function fakeAudibleCallTab(): void {
  const tabs = [{ id: 7, audible: true, url: 'https://meet.google.com/abc-defg-hij' }];
  chrome.tabs.query = (_query: unknown, callback?: (found: typeof tabs) => void) => {
    callback?.(tabs);
    return Promise.resolve(tabs);
  };
}

/** Puts every browser window in `state` (for example fullscreen, or back to normal). */
export async function setWindowsState(state: 'fullscreen' | 'normal'): Promise<void> {
  for (const window of await chrome.windows.getAll()) await chrome.windows.update(window.id as number, { state });
}

export function hasHostPermission(origin: string): Promise<boolean> {
  return chrome.permissions.contains({ origins: [origin] });
}

export function fetchStatus(url: string): Promise<number> {
  return fetch(url, { cache: 'no-store' }).then((response) => response.status);
}

/**
 * Makes the periodic alarm `name` fire within a second, keeping its period: the background then
 * applies what a test stored behind its back (as it would by itself within a period).
 */
export function fireAlarmSoon({ name, periodInMinutes }: { name: string; periodInMinutes: number }): Promise<void> {
  return chrome.alarms.create(name, { when: Date.now() + 1000, periodInMinutes });
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
