// "Mute tabs during a break" through the real background on the fake browser: the tabs playing
// sound when a break starts are muted, and exactly those are unmuted when it ends, early or in
// full; a tab the person had muted, or a silent one, is left alone; with the setting off, nothing.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runningBreak } from '@/utils/breaks/break-session';
import { closeTab, runOnFakeClock, seedTracker, send, settle, startBackground, storedTracker } from '../support/background-harness';
import { MINUTE } from '@/utils/helpers/time';
import { makeSettings, makeTrackerState, MONDAY_9AM } from '../support/fixtures';

runOnFakeClock();

/** A tab with the given state, as the browser would report it. */
async function tabWith(url: string, state: Record<string, unknown>): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  await fakeBrowser.tabs.update(tab.id as number, state as never);
  return tab.id as number;
}

const mutedOf = async (id: number) => ((await fakeBrowser.tabs.get(id)) as { muted?: boolean }).muted;

async function startWith(muteTabsDuringBreaks: boolean) {
  const playing = await tabWith('https://music.example.com/', { audible: true });
  const userMuted = await tabWith('https://video.example.com/', { audible: true, mutedInfo: { muted: true }, muted: true });
  const silent = await tabWith('https://docs.example.com/', { audible: false });
  await seedTracker(makeTrackerState(), makeSettings({ muteTabsDuringBreaks }));
  await startBackground();
  expect(await send({ type: 'start-break' })).toEqual({ ok: true });
  return { playing, userMuted, silent };
}

describe('mute tabs during a break', () => {
  it('mutes the tabs playing sound when the break starts and unmutes exactly those when it is ended early', async () => {
    const { playing, userMuted, silent } = await startWith(true);
    expect(await mutedOf(playing)).toBe(true);
    expect(runningBreak((await storedTracker()).breakSession)?.mutedTabIds).toEqual([playing]);
    vi.setSystemTime(MONDAY_9AM + MINUTE);
    await send({ type: 'end-break' });
    await settle();
    expect(await mutedOf(playing)).toBe(false);
    expect(await mutedOf(userMuted)).toBe(true);
    expect(await mutedOf(silent)).toBeUndefined();
  });

  it('unmutes them when the break runs its full length', async () => {
    const { playing } = await startWith(true);
    vi.setSystemTime(MONDAY_9AM + 5 * MINUTE);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'handrest-tick', scheduledTime: Date.now() });
    await settle();
    expect((await storedTracker()).breakSession).toMatchObject({ stage: 'ended', how: 'completed' });
    expect(await mutedOf(playing)).toBe(false);
  });

  it('a tab closed during the break is simply gone', async () => {
    const { playing } = await startWith(true);
    await closeTab(playing);
    vi.setSystemTime(MONDAY_9AM + MINUTE);
    expect(await send({ type: 'end-break' })).toEqual({ ok: true });
    expect((await storedTracker()).breakSession).toMatchObject({ stage: 'ended', how: 'ended-early' });
  });

  it('with the setting off (the default), mutes nothing', async () => {
    const { playing } = await startWith(false);
    expect(await mutedOf(playing)).toBeUndefined();
    expect(runningBreak((await storedTracker()).breakSession)?.mutedTabIds).toEqual([]);
  });
});
