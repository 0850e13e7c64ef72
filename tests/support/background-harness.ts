// Starts the real background module against WXT's fake browser, as the browser would start the
// service worker: a fresh module instance on whatever storage holds. Used by the background's
// own tests and by page tests whose buttons talk to it.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SystemState } from '@/utils/typing-model';

export type IdleListener = (state: SystemState) => void;

/** The idle API is not part of the fake browser: record its listeners, and answer queries with `systemState`. */
export function fakeIdleApi(systemState: SystemState = 'active'): IdleListener[] {
  const listeners: IdleListener[] = [];
  vi.spyOn(fakeBrowser.idle, 'queryState').mockImplementation(() => Promise.resolve(systemState) as never);
  vi.spyOn(fakeBrowser.idle, 'setDetectionInterval').mockImplementation(() => undefined as never);
  vi.spyOn(fakeBrowser.idle.onStateChanged, 'addListener').mockImplementation((listener) => {
    listeners.push(listener as unknown as IdleListener);
  });
  return listeners;
}

/** Lets queued background work and storage events finish, with real or fake timers. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    if (vi.isFakeTimers()) await vi.runOnlyPendingTimersAsync();
    else await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

export async function startBackground() {
  for (const event of [
    fakeBrowser.runtime.onMessage,
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.notifications.onButtonClicked,
    fakeBrowser.notifications.onClicked,
    fakeBrowser.storage.onChanged,
    fakeBrowser.storage.local.onChanged,
  ]) {
    event.removeAllListeners();
  }
  vi.resetModules();
  const background = await import('@/entrypoints/background/index');
  background.main();
  await settle();
  return background;
}
