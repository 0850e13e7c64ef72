// Page tests: a fixed clock (only Date is faked, so Testing Library's polling keeps working),
// the fake idle API for the background, and a page rendered on seeded storage with the real
// background answering its messages.
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import type { Settings } from '@/utils/settings';
import type { TrackerState } from '@/utils/tracker';
import { fakeIdleApi, startBackground } from './background-harness';
import { makeSettings, seedStorage } from './fixtures';

export function usePageTestClock(now: number): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    fakeIdleApi();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

export async function renderPage(page: ComponentChild, tracker: TrackerState, settings: Settings = makeSettings()): Promise<void> {
  await seedStorage(tracker, settings);
  await startBackground();
  render(page);
}
