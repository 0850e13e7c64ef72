// Code that runs inside an extension context (Chromium's service worker or an extension page in
// either browser), passed to the drivers' evaluate(). Each function is serialized on its own, so
// it may use only its argument and the extension's `chrome` global (promise-based in MV3, Firefox too).
import type { Settings } from '../../../utils/settings';
import type { TypingState } from '../../../utils/typing-model';

/** The slice of the extension API these functions use. */
declare const chrome: {
  storage: {
    local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  action: { getBadgeText(details: Record<string, never>): Promise<string> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
};

/** The keys the tests read and write (WXT storage keys, without the 'local:' prefix). */
export interface StoredItems {
  typing?: TypingState;
  settings?: Settings;
}

export function storageGet(keys: string[]): Promise<Record<string, unknown>> {
  return chrome.storage.local.get(keys);
}

export function storageSet(items: Record<string, unknown>): Promise<void> {
  return chrome.storage.local.set(items);
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
