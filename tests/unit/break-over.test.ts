// Telling someone who walked away that it is over, through the real background on the fake
// browser: "Break over" when a break ran its length (not when the break view is in front, where
// the page says it; not with badge-only delivery; not in quiet time; not for a break ended early
// or typed through), and "Micro-pause done" in place of the micro-pause prompt once it was taken.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { effectsOf } from '@/utils/tracker/effects';
import { INITIAL_QUIET_STATE } from '@/utils/breaks/quiet-time';
import { REPORT_LATENCY_MS } from '@/utils/typing/activity-timing';
import { MINUTE, SECOND } from '@/utils/helpers/time';
import type { Settings } from '@/utils/settings/settings';
import type { TrackerState } from '@/utils/tracker/tracker-state';
import { runOnFakeClock, seedTracker, send, settle, startBackground, storedTracker, typeAsReported } from '../support/background-harness';
import { breakSessionOf, makeSettings, makeTrackerState, MONDAY_9AM, streakState, typeFor } from '../support/fixtures';

runOnFakeClock();

const BREAK_OVER = 'handrest-break-over';
const MICRO = 'handrest-micro-pause';

/** A break of five minutes that began five minutes ago: its time is up as the background starts. */
const breakJustOver = (overrides: Partial<TrackerState> = {}) =>
  makeTrackerState({ typing: streakState(30 * MINUTE, MONDAY_9AM - 5 * MINUTE - 10 * SECOND), breakSession: breakSessionOf(MONDAY_9AM - 5 * MINUTE, MONDAY_9AM), ...overrides });

/** Starts the background on `tracker` and `settings`, and gives the notifications it created, by id. */
async function createdAfterStart(tracker: TrackerState, settings: Settings = makeSettings()) {
  await seedTracker(tracker, settings);
  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  await startBackground();
  return new Map(create.mock.calls.map((call) => call as unknown as [string, Browser.notifications.NotificationOptions]));
}

describe('"Break over"', () => {
  it('a break run to its end says so, gently, and takes down the nudge that asked for it', async () => {
    const clear = vi.spyOn(fakeBrowser.notifications, 'clear');
    const created = await createdAfterStart(breakJustOver());
    expect((await storedTracker()).breakSession).toMatchObject({ stage: 'ended', how: 'completed' });
    expect(created.get(BREAK_OVER)).toMatchObject({ title: 'Break over', message: 'Your hands have had their rest. Welcome back.', priority: 0 });
    expect(created.get(BREAK_OVER)?.buttons).toBeUndefined();
    expect(clear).toHaveBeenCalledWith('handrest-break');
  });

  it('a click on it only takes it down: it starts no break', async () => {
    await createdAfterStart(breakJustOver());
    await fakeBrowser.notifications.onClicked.trigger(BREAK_OVER);
    await settle();
    expect((await storedTracker()).breakSession.stage).toBe('ended');
  });

  it('is not shown while the break view is the tab in front, which says so itself', async () => {
    const window = await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL('/break.html'), active: true, windowId: window?.id });
    const created = await createdAfterStart(breakJustOver());
    expect((await storedTracker()).breakSession).toMatchObject({ stage: 'ended', how: 'completed' });
    expect(created.has(BREAK_OVER)).toBe(false);
  });

  it.each([
    ['with badge-only delivery', breakJustOver(), makeSettings({ delivery: 'badge' })],
    ['in quiet time (a meeting)', breakJustOver({ quiet: { ...INITIAL_QUIET_STATE, meetingUntil: MONDAY_9AM + 30 * MINUTE, since: MONDAY_9AM - MINUTE } }), makeSettings()],
  ])('is not shown %s', async (_case, tracker, settings) => {
    const created = await createdAfterStart(tracker, settings);
    expect((await storedTracker()).breakSession).toMatchObject({ stage: 'ended', how: 'completed' });
    expect(created.has(BREAK_OVER)).toBe(false);
  });

  it('a break ended early, or typed through, is no break over', async () => {
    const running = makeTrackerState({ breakSession: breakSessionOf(MONDAY_9AM - MINUTE, MONDAY_9AM + 4 * MINUTE) });
    const created = await createdAfterStart(running);
    await send({ type: 'end-break' });
    await settle();
    expect((await storedTracker()).breakSession).toMatchObject({ stage: 'ended', how: 'ended-early' });
    expect(created.has(BREAK_OVER)).toBe(false);
    const typedThrough = effectsOf([{ type: 'break-ended', how: 'typed-through', at: MONDAY_9AM, mutedTabIds: [] }], makeSettings(), false);
    expect(typedThrough).toEqual([]);
  });
});

describe('"Micro-pause done"', () => {
  it('takes the place of the micro-pause prompt once the micro-pause asked for is taken, quietly', async () => {
    await startBackground();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await typeAsReported(typeFor(MONDAY_9AM, 15 * MINUTE + 20 * SECOND, 400));
    vi.setSystemTime(Date.now() + 5 * SECOND);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'handrest-tick', scheduledTime: Date.now() });
    await settle();
    expect(create.mock.calls.map(([id]) => id)).toEqual([MICRO]);
    vi.setSystemTime((await storedTracker()).typing.coveredUntil + 30 * SECOND + REPORT_LATENCY_MS);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'handrest-tick', scheduledTime: Date.now() });
    await settle();
    expect((await storedTracker()).history.today.microPausesTaken).toBe(1);
    expect(create.mock.calls.map(([id]) => id)).toEqual([MICRO, MICRO]);
    expect(create.mock.calls[1]?.[1]).toMatchObject({ title: 'Micro-pause done', message: 'Your hands had their pause. Carry on whenever you are ready.', priority: 0, silent: true });
  });

  it('a micro-pause that a break run to its end answered needs no word of its own; in quiet time the prompt is only taken down', () => {
    const taken = { type: 'micro-pause-taken', asked: true, at: MONDAY_9AM } as const;
    const completed = { type: 'break-ended', how: 'completed', at: MONDAY_9AM, mutedTabIds: [] } as const;
    expect(effectsOf([completed, taken], makeSettings(), false)).toEqual([
      { type: 'clear-notification', kind: 'break' },
      { type: 'notify-over', what: 'break' },
      { type: 'clear-notification', kind: 'micro' },
    ]);
    expect(effectsOf([taken], makeSettings(), true)).toEqual([{ type: 'clear-notification', kind: 'micro' }]);
  });
});
