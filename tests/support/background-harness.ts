// Starts the real background module against WXT's fake browser, as the browser would start the
// service worker: a fresh module instance on whatever storage holds. Used by the background's
// own tests and by page tests whose buttons talk to it. Storage is seeded and read the way the
// extension keeps it (raw keys in storage.local), never through the background's writer.
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SystemState } from '@/utils/typing/system-activity';
import type { Settings } from '@/utils/settings/settings';
import type { TrackerState } from '@/utils/tracker/tracker-state';
import { readStoredState } from '@/utils/browser/storage';
import { initialStoredState, storedValuesOf, versionRecordsFor, type StorageKey, type StoredValues } from '@/utils/store/stored-state';
import type { Message } from '@/utils/protocol/messages';
import type { Reply } from '@/utils/protocol/reply';
import { MONDAY_9AM, reportBatches } from './fixtures';
import { sendAs, senders } from './senders';

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

/**
 * Every test of the calling file starts at `at` on a fake clock (Date and timers) with the fake
 * idle API, and ends with real timers and no spies. Gives the current test's idle listeners.
 */
export function runOnFakeClock(at = MONDAY_9AM): { idleListeners: () => IdleListener[] } {
  let listeners: IdleListener[] = [];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(at);
    listeners = fakeIdleApi();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  return { idleListeners: () => listeners };
}

/** Windows as the fake browser cannot show them: which are fullscreen, and the bounds-changed event. */
const fakeWindows = { fullscreen: false, boundsListeners: [] as (() => void)[] };

/** The fake browser's windows have no state and no onBoundsChanged: answer with `fakeWindows` and record the listeners. */
function fakeWindowState(): void {
  fakeWindows.fullscreen = false;
  fakeWindows.boundsListeners = [];
  vi.spyOn(fakeBrowser.windows, 'getAll').mockImplementation(
    () => Promise.resolve([{ id: 1, state: fakeWindows.fullscreen ? 'fullscreen' : 'normal' }]) as never,
  );
  vi.spyOn(fakeBrowser.windows.onBoundsChanged, 'addListener').mockImplementation((listener) => {
    fakeWindows.boundsListeners.push(listener as unknown as () => void);
  });
}

/** Puts the one window in or out of fullscreen, as the browser would, firing onBoundsChanged. */
export async function setFullscreen(fullscreen: boolean): Promise<void> {
  fakeWindows.fullscreen = fullscreen;
  for (const listener of fakeWindows.boundsListeners) listener();
  await settle();
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
    fakeBrowser.runtime.onStartup,
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.notifications.onButtonClicked,
    fakeBrowser.notifications.onClicked,
    fakeBrowser.storage.onChanged,
    fakeBrowser.storage.local.onChanged,
    fakeBrowser.storage.sync.onChanged,
    fakeBrowser.storage.managed.onChanged,
    fakeBrowser.tabs.onUpdated,
    fakeBrowser.tabs.onRemoved,
    fakeBrowser.windows.onRemoved,
  ]) {
    event.removeAllListeners();
  }
  fakeWindowState();
  // The fake browser has no platform info: the computer's default name is "Chrome on Linux".
  vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockImplementation(() => Promise.resolve({ os: 'linux', arch: 'x86-64', nacl_arch: 'x86-64' }) as never);
  vi.resetModules();
  const background = await import('@/entrypoints/background/index');
  background.main();
  await settle();
  return background;
}

/** Stores items as the extension keeps them (a whole tracker state, settings, or single items), with their version records. */
export async function seedStorage(items: Partial<StoredValues>): Promise<void> {
  await fakeBrowser.storage.local.set({ ...items, ...versionRecordsFor(Object.keys(items) as StorageKey[]) });
}

/** Stores a whole tracker state, and the settings when given, as the background would have. */
export async function seedTracker(tracker: TrackerState, settings?: Settings): Promise<void> {
  const { settings: _unchanged, customPlan: _kept, sync: _synced, policy: _managed, devices: _mirrored, ...items } = storedValuesOf({ ...initialStoredState(), settings: settings ?? ({} as Settings), tracker });
  await seedStorage(settings === undefined ? items : { ...items, settings });
}

export async function storedTracker(): Promise<TrackerState> {
  return (await readStoredState()).tracker;
}

export async function storedSettings(): Promise<Settings> {
  return (await readStoredState()).settings;
}

/** Sends a message as Handrest does: keystrokes from a content script in a tab at `pageUrl`, every action from its popup. */
export function send(message: Message, pageUrl = 'http://example.test/editor'): Promise<Reply> {
  return sendAs(message, message.type === 'keystrokes' ? senders.contentScript(pageUrl) : senders.page());
}

/** Sends keystrokes as a content script would: each batch when it goes out, with the fake clock there. */
export async function typeAsReported(times: readonly number[]): Promise<void> {
  for (const { at, report } of reportBatches(times)) {
    vi.setSystemTime(at);
    await send(report);
  }
}

/**
 * Closes a tab as the browser would, firing onRemoved. The fake browser looks up the window by the
 * tab's id when closing one, so a window with that id must exist.
 */
export async function closeTab(id: number) {
  while ((await fakeBrowser.windows.get(id)) === undefined) await fakeBrowser.windows.create({});
  await fakeBrowser.tabs.remove(id);
  await settle();
}
