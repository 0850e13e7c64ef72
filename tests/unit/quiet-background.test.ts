// Quiet time through the real background on the fake browser: an audible tab on a call site, a
// fullscreen window, Firefox's sharing state and an announced meeting each start and end quiet
// time, hold a due break nudge and show the quiet mark; a restart in the middle keeps it; and the
// call's host is never stored.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  runOnFakeClock,
  seedTracker,
  send,
  closeTab,
  setFullscreen,
  settle,
  startBackground,
  storedTracker,
  typeAsReported,
} from '../support/background-harness';
import { MINUTE, SECOND } from '@/utils/helpers/time';
import { makeSettings, makeTrackerState, MONDAY_9AM, streakState, typeFor } from '../support/fixtures';

const SETTINGS = makeSettings({ breakAfterMin: 30, hydrationEnabled: false, microPauseAfterMin: 'off', callSites: ['meet.google.com', 'example.net'] });

runOnFakeClock();
beforeEach(async () => {
  // A streak 25 min long whose last key was 10 s ago: 6 min more typing makes the break due.
  await seedTracker(makeTrackerState({ typing: streakState(25 * MINUTE, MONDAY_9AM - 10 * SECOND) }), SETTINGS);
});

const breakNotification = () => fakeBrowser.notifications.getAllCreateOptions()['handrest-break'];
const badge = () => fakeBrowser.action.getBadgeText({});

async function openTab(url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id as number;
}

/** Changes a tab as the browser would, firing onUpdated with the change. */
async function changeTab(id: number, change: Record<string, unknown>) {
  await fakeBrowser.tabs.update(id, change as never);
  await settle();
}

async function tickAlarm() {
  await fakeBrowser.alarms.onAlarm.trigger({ name: 'handrest-tick', scheduledTime: Date.now() });
  await settle();
}

/**
 * In quiet time, types on past "break after": the nudge is held (counted once) and the badge shows
 * the quiet mark. Then ends quiet time with `end` and expects the held nudge to come, saying so.
 */
async function expectHeldNudgeAfter(end: () => Promise<void>) {
  await typeAsReported(typeFor(MONDAY_9AM + SECOND, 6 * MINUTE, 500));
  vi.setSystemTime(Date.now() + 10 * SECOND);
  await tickAlarm();
  expect(breakNotification()).toBeUndefined();
  expect(await badge()).toBe('zz');
  expect((await storedTracker()).history.today.nudgesHeld).toBe(1);
  const endAt = Date.now() + SECOND;
  vi.setSystemTime(endAt);
  await end();
  expect((await storedTracker()).quiet).toMatchObject({ inCall: false, fullscreen: false, meetingUntil: null, since: null, endedAt: endAt });
  expect(breakNotification()?.title).toMatch(/^Break held while it was quiet: you typed \d+ min past it$/);
  expect(await badge()).toMatch(/^3\d!$/);
}

describe('quiet time in the background', () => {
  it('an audible tab on a call site makes a call; going silent ends it and the held nudge comes', async () => {
    const id = await openTab('https://meet.google.com/abc-defg-hij');
    await startBackground();
    await changeTab(id, { audible: true });
    expect((await storedTracker()).quiet).toMatchObject({ inCall: true, since: MONDAY_9AM });
    await expectHeldNudgeAfter(() => changeTab(id, { audible: false }));
  });

  it('an audible tab elsewhere is no call', async () => {
    const id = await openTab('https://www.youtube.com/watch?v=1');
    await startBackground();
    await changeTab(id, { audible: true });
    await typeAsReported(typeFor(MONDAY_9AM + SECOND, 6 * MINUTE, 500));
    vi.setSystemTime(Date.now() + 10 * SECOND);
    await tickAlarm();
    expect((await storedTracker()).quiet.inCall).toBe(false);
    expect(breakNotification()?.title).toMatch(/^Time to rest your hands/);
  });

  it('a fullscreen window makes quiet time until it leaves fullscreen', async () => {
    await startBackground();
    await setFullscreen(true);
    expect((await storedTracker()).quiet.fullscreen).toBe(true);
    await expectHeldNudgeAfter(() => setFullscreen(false));
  });

  it('Firefox’s sharing state (camera, microphone or screen) makes a call on any site, until it stops', async () => {
    const id = await openTab('https://call.example.org/room');
    await startBackground();
    await changeTab(id, { sharingState: { camera: true, microphone: true } });
    expect((await storedTracker()).quiet.inCall).toBe(true);
    await expectHeldNudgeAfter(() => changeTab(id, { sharingState: { camera: false, microphone: false } }));
  });

  it('a meeting announced from the popup holds the nudge; ending it early brings the nudge', async () => {
    await startBackground();
    expect(await send({ type: 'meeting', until: MONDAY_9AM + 30 * MINUTE })).toEqual({ ok: true });
    expect((await storedTracker()).quiet.meetingUntil).toBe(MONDAY_9AM + 30 * MINUTE);
    await expectHeldNudgeAfter(async () => {
      await send({ type: 'end-meeting' });
      await settle();
    });
  });

  it('refuses a meeting longer than two hours or already over', async () => {
    await startBackground();
    expect(await send({ type: 'meeting', until: MONDAY_9AM + 3 * 60 * MINUTE })).toMatchObject({ ok: false });
    expect(await send({ type: 'meeting', until: MONDAY_9AM - MINUTE })).toMatchObject({ ok: false });
  });

  it('a restart in the middle of a call knows it at once from storage, and closing the tab ends it', async () => {
    const id = await openTab('https://meet.google.com/abc-defg-hij');
    await startBackground();
    await changeTab(id, { audible: true });
    await fakeBrowser.action.setBadgeText({ text: '' });
    await startBackground();
    expect((await storedTracker()).quiet).toMatchObject({ inCall: true, since: MONDAY_9AM });
    expect(await badge()).toBe('zz');
    await expectHeldNudgeAfter(() => closeTab(id));
  });

  it('never stores the call’s host', async () => {
    const id = await openTab('https://call.example.net/standup');
    await startBackground();
    await changeTab(id, { audible: true });
    expect((await storedTracker()).quiet.inCall).toBe(true);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('call.example.net');
  });
});
