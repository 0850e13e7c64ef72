// What the two watched-page tests (Chromium and Firefox) check alike, on the page of watched-page.ts.
import { expect } from 'vitest';
import { actAsNewerCopy, caughtSoFar, tracesOfHandrest, WATCHED_FRAMES, type Caught, type Evaluating, type WatchedFrame } from './watched-page';

/** The page and every watched frame, in order: where the watcher should hear the page's own events. */
const EVERY_WINDOW = ['page', ...WATCHED_FRAMES].sort();

/** The windows in which the watcher heard the page's own events (mutations aside), an initial window under its frame's name. */
const windowsHeard = (caught: readonly Caught[]): string[] =>
  [...new Set(caught.filter((item) => item.fromPage && !item.kind.startsWith('mutation')).map((item) => item.where.replace(' (initial window)', '')))].sort();

/**
 * A page just loaded has caught nothing from Handrest; then it plays a newer copy (dispatches
 * WXT's start events and messages itself), and typing in every window is still counted
 * (`typeAndExpectCounted`), nothing from Handrest reaches it, and the watcher heard the page's own
 * events in every window (so it was listening there).
 */
export async function expectCountedAfterPagePlaysNewerCopy(
  page: Evaluating,
  typeAndExpectCounted: (where: 'page' | WatchedFrame, what: string) => Promise<void>,
): Promise<void> {
  expect(tracesOfHandrest(await caughtSoFar(page)), 'on an ordinary load').toEqual([]);
  await actAsNewerCopy(page);
  for (const where of ['page', ...WATCHED_FRAMES] as const) await typeAndExpectCounted(where, `in the ${where} after the page dispatched the events`);
  const caught = await caughtSoFar(page);
  expect(tracesOfHandrest(caught)).toEqual([]);
  expect(windowsHeard(caught), "the watcher heard the page's own events in every window").toEqual(EVERY_WINDOW);
}
