// Page tests: fake timers (no test waits in real time), a clock that moves only when the test
// says so, the fake idle API for the background, and a page rendered on seeded storage with the
// real background answering its messages.
//
// Testing Library's waitFor and findBy* advance fake timers themselves when they see Jest's; Vitest
// fakes timers with the same clock library, so a `jest` global that forwards to Vitest is all
// they need. The wall clock is kept apart from the timers (Date.now is pinned to `setClock`'s
// value): waiting advances timers, never the time the pages and the background read. Each round
// of waiting lets promise chains take only a step or two, and a page's action takes a few dozen
// through the background and storage: the waits get more (fake, free) time than the default.
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup, configure, render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import type { Settings } from '@/utils/settings/settings';
import type { TrackerState } from '@/utils/tracker/tracker-state';
import { fakeIdleApi, seedTracker, startBackground } from './background-harness';
import { makeSettings } from './fixtures';

let clock = 0;

/** Sets the time that Date.now() returns from now on. */
export function setClock(now: number): void {
  clock = now;
}

/** Runs timers due within `ms` (a page's refresh interval, a typing pause) and what they set off. */
export async function advanceTimers(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

const FAKE_WAIT_LIMIT_MS = 10_000;

export function installPageTestClock(now: number): void {
  beforeEach(() => {
    configure({ asyncUtilTimeout: FAKE_WAIT_LIMIT_MS });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
    setClock(now);
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    fakeIdleApi();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}

export async function renderPage(page: ComponentChild, tracker: TrackerState, settings: Settings = makeSettings()): Promise<void> {
  await seedTracker(tracker, settings);
  await startBackground();
  render(page);
}
