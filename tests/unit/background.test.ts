import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runningBreak } from '@/utils/breaks/break-session';
import { KEYSTROKE_SLICE_MS } from '@/utils/typing/typing-model';
import {
  runOnFakeClock,
  seedStorage,
  seedTracker,
  send,
  settle,
  startBackground,
  storedSettings,
  storedTracker,
  typeAsReported,
} from '../support/background-harness';
import { readStoredState } from '@/utils/browser/storage';
import { dayKeyBefore, HOUR, localDayKey, MINUTE, SECOND } from '@/utils/helpers/time';
import { HISTORY_DAYS } from '@/utils/days/history';
import { tipById, type Tip } from '@/utils/content/tips';
import { exerciseSteps, exerciseTitle, tipText, tipTitle } from '@/utils/words/content-text';
import { microPauseExercise } from '@/utils/breaks/guided-break';
import { breakSessionOf, burst, dayWith, longestHosts, makeSettings, makeTrackerState, MONDAY_9AM, runModel, stateAfterDeleteAll, streakState, typeFor, weekOfDays } from '../support/fixtures';
import { sendAs, senders } from '../support/senders';
import { injectsOnInstalled } from '@/entrypoints/background/open-tabs';

const { idleListeners } = runOnFakeClock();

describe('background wiring', () => {
  it('a keystroke report updates the stored streak, the badge and its tooltip', async () => {
    await startBackground();
    const times = typeFor(MONDAY_9AM, 3 * MINUTE + 10 * SECOND, 250);
    await typeAsReported(times);
    const { typing } = await storedTracker();
    expect(typing.streakMs).toBe(runModel(times).state.streakMs);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(await fakeBrowser.action.getTitle({})).toBe('Handrest: Tracking');
  });

  it('sets up its tick alarm once, however often it starts', async () => {
    await startBackground();
    const [alarm] = await fakeBrowser.alarms.getAll();
    vi.setSystemTime(MONDAY_9AM + 10 * SECOND);
    await startBackground();
    expect(await fakeBrowser.alarms.getAll()).toEqual([alarm]);
    expect(alarm?.periodInMinutes).toBe(0.5);
  });

  it('restarting the background loses nothing and counts nothing twice', async () => {
    await startBackground();
    const first = typeFor(MONDAY_9AM, 30 * SECOND, 300);
    const second = typeFor(MONDAY_9AM + 31 * SECOND, 30 * SECOND, 300);
    vi.setSystemTime(MONDAY_9AM + 30 * SECOND);
    await send({ type: 'keystrokes', times: first });
    await startBackground();
    vi.setSystemTime(MONDAY_9AM + 62 * SECOND);
    await send({ type: 'keystrokes', times: second });
    await send({ type: 'keystrokes', times: second.slice(-10) });
    const { typing, history } = await storedTracker();
    const expected = runModel([...first, ...second]).state;
    expect(typing.streakMs).toBe(expected.streakMs);
    expect(history.today.typingMs).toBe(expected.streakMs);
  });

  it('counts all of 1,000 reports sent at once (from 1,000 tabs)', async () => {
    await startBackground();
    const times = burst(MONDAY_9AM, 1000, 550);
    vi.setSystemTime((times.at(-1) as number) + SECOND);
    await Promise.all(times.map((time, tab) => sendAs({ type: 'keystrokes', times: [time] }, senders.contentScript(undefined, tab))));
    const { history } = await storedTracker();
    expect(history.today.typingMs).toBe(runModel(times).typedMs);
  });

  it('does not count typing on an excluded site, from the very next report', async () => {
    await startBackground();
    await seedStorage({ settings: makeSettings({ excludedSites: ['127.0.0.1'] }) });
    vi.setSystemTime(MONDAY_9AM + 5 * SECOND);
    await send({ type: 'keystrokes', times: burst(MONDAY_9AM, 10) }, 'http://127.0.0.1:8080/form');
    expect((await storedTracker()).typing.streakMs).toBe(0);
    await send({ type: 'keystrokes', times: burst(MONDAY_9AM, 10) }, 'https://elsewhere.test/');
    expect((await storedTracker()).typing.streakMs).toBe(9 * 200 + KEYSTROKE_SLICE_MS);
  });

  it('uses a new typing gap from the very next report', async () => {
    await startBackground();
    await seedStorage({ settings: makeSettings({ typingGapSec: 10 }) });
    vi.setSystemTime(MONDAY_9AM + 10 * SECOND);
    await send({ type: 'keystrokes', times: [MONDAY_9AM, MONDAY_9AM + 8 * SECOND] });
    expect((await storedTracker()).typing.streakMs).toBe(8 * SECOND + KEYSTROKE_SLICE_MS);
  });

  it('a lower break after makes a nudge due at once, a higher one clears it', async () => {
    await startBackground();
    await typeAsReported(typeFor(MONDAY_9AM, 12 * MINUTE, 500));
    vi.setSystemTime(Date.now() + 10 * SECOND);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('12');
    await send({ type: 'save-settings', settings: makeSettings({ breakAfterMin: 10 }) });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('12!');
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['handrest-break']);
    await send({ type: 'save-settings', settings: makeSettings({ breakAfterMin: 20 }) });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('12');
  });

  it('ignores malformed messages', async () => {
    await startBackground();
    await send({ type: 'keystrokes', times: ['a'] } as never);
    await send({ type: 'format-disk' } as never);
    expect((await storedTracker()).typing.lastActivityAt).toBeNull();
  });
});

describe('nudges through notifications', () => {
  async function reachBreakNudge() {
    await startBackground();
    await typeAsReported(typeFor(MONDAY_9AM, 31 * MINUTE, 500));
    vi.setSystemTime(Date.now() + 10 * SECOND);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'handrest-tick', scheduledTime: Date.now() });
    await settle();
  }

  it('shows a break notification with Start break and Snooze once the streak passes break after, saying how long the break and the snooze are', async () => {
    await reachBreakNudge();
    const notifications = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(notifications)).toContain('handrest-break');
    expect(notifications['handrest-break']).toMatchObject({
      title: 'Time to rest your hands: 31 min of typing',
      buttons: [{ title: 'Start break' }, { title: 'Snooze 10 min' }],
    });
    const { recentTips } = await storedTracker();
    const tip = tipById(recentTips.at(-1) as string);
    expect(['break', 'stretch', 'grip']).toContain(tip?.kind);
    expect(notifications['handrest-break']?.message).toBe(`5-minute break · Snooze 10 min\n${tipTitle(tip as Tip)}. ${tipText(tip as Tip)}`);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('31!');
  });

  it('the break notification follows the break and snooze lengths set: a 1-minute break, a 20 min snooze', async () => {
    await seedStorage({ settings: makeSettings({ breakLengthMin: 1, snoozeMin: 20 }) });
    await reachBreakNudge();
    const notification = fakeBrowser.notifications.getAllCreateOptions()['handrest-break'];
    expect(notification?.message?.split('\n')[0]).toBe('1-minute break · Snooze 20 min');
    expect(notification?.buttons?.[1]).toEqual({ title: 'Snooze 20 min' });
  });

  it('a micro-pause notification suggests the exercise the popup shows for it, not a tip, and leaves the recent tips alone', async () => {
    await startBackground();
    await typeAsReported(typeFor(MONDAY_9AM, 16 * MINUTE, 500));
    vi.setSystemTime(Date.now() + 5 * SECOND);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'handrest-tick', scheduledTime: Date.now() });
    await settle();
    const notification = fakeBrowser.notifications.getAllCreateOptions()['handrest-micro-pause'];
    const { typing, recentTips } = await storedTracker();
    const exercise = microPauseExercise(typing, await storedSettings());
    expect(notification?.message).toBe(`${exerciseTitle(exercise)}. ${exerciseSteps(exercise).join(' ')}`);
    expect(recentTips).toEqual([]);
  });

  it('the Snooze button snoozes', async () => {
    await reachBreakNudge();
    await fakeBrowser.notifications.onButtonClicked.trigger('handrest-break', 1);
    await settle();
    const { nudges, history } = await storedTracker();
    expect(nudges.holds.snoozedUntil).toBe(Date.now() + 10 * MINUTE);
    expect(history.today.nudgesSnoozed).toBe(1);
  });

  it('the Start break button starts a break', async () => {
    await reachBreakNudge();
    await fakeBrowser.notifications.onButtonClicked.trigger('handrest-break', 0);
    await settle();
    const { breakSession } = await storedTracker();
    expect(breakSession).toEqual(breakSessionOf(Date.now(), Date.now() + 5 * MINUTE));
  });

  it('a click on the break notification (Firefox has no buttons) starts a break too', async () => {
    await reachBreakNudge();
    await fakeBrowser.notifications.onClicked.trigger('handrest-break');
    await settle();
    expect(runningBreak((await storedTracker()).breakSession)?.startedAt).toBe(Date.now());
  });

  it('badge-only delivery sends no notification', async () => {
    await seedStorage({ settings: makeSettings({ delivery: 'badge' }) });
    await reachBreakNudge();
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('31!');
  });
});

describe('idle and install', () => {
  it('a locked screen for the break length ends the streak', async () => {
    await startBackground();
    await typeAsReported(typeFor(MONDAY_9AM, 2 * MINUTE));
    vi.setSystemTime(Date.now() + SECOND);
    idleListeners().forEach((listener) => listener('locked'));
    vi.setSystemTime(Date.now() + 6 * MINUTE);
    idleListeners().forEach((listener) => listener('active'));
    await settle();
    const { typing, history } = await storedTracker();
    expect(typing.streakMs).toBe(0);
    expect(history.today.breaksNatural).toBe(1);
  });

  it('with activity in other apps counted, a tick picks up an active system and counts it', async () => {
    await seedStorage({ settings: makeSettings({ countOtherApps: true }) });
    await startBackground();
    for (let tick = 1; tick <= 20; tick += 1) {
      vi.setSystemTime(MONDAY_9AM + tick * 30 * SECOND);
      await fakeBrowser.alarms.onAlarm.trigger({ name: 'handrest-tick', scheduledTime: Date.now() });
      await settle();
    }
    const { typing } = await storedTracker();
    expect(typing.systemActiveAt).toBe(MONDAY_9AM + 10 * MINUTE);
    expect(typing.streakMs).toBe(10 * MINUTE);
  });

  it('opens the welcome page on first install, not on an update', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await startBackground();
    const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await settle();
    expect(await welcomeTabs()).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await settle();
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('injects the content script into tabs already open at install, skipping browser pages', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await fakeBrowser.tabs.create({ url: 'https://docs.example.test/' });
    await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    await startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await settle();
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript.mock.calls[0]?.[0]).toMatchObject({ target: { allFrames: true }, files: ['/content-script.js'] });
  });

  it('injects nothing when the browser, not Handrest, was updated', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    await startBackground();
    for (const reason of ['chrome_update', 'browser_update', 'shared_module_update']) await fakeBrowser.runtime.onInstalled.trigger({ reason } as never);
    await settle();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it.each([
    ['install', false, true],
    ['update', false, true],
    ['browser_update', false, false],
    ['chrome_update', false, false],
    ['install', true, false],
    ['update', true, false],
  ] as const)('on "%s" (Firefox: %s) the content script goes into open tabs: %s', (reason, firefox, injects) => {
    expect(injectsOnInstalled(reason, firefox)).toBe(injects);
  });
});

describe('the one writer: atomic changes and visible failures', () => {
  const failNextWrite = () => vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES exceeded'));
  const consoleErrors = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

  it('a failing storage write is reported with what was being handled, and leaves the state as it was', async () => {
    await startBackground();
    vi.setSystemTime(MONDAY_9AM + 5 * SECOND);
    await send({ type: 'keystrokes', times: burst(MONDAY_9AM, 10) });
    // The first typing sends this computer's totals to the sync area: that write is done before the failing one.
    await settle();
    const before = await fakeBrowser.storage.local.get(null);
    const errors = consoleErrors();
    failNextWrite();
    vi.setSystemTime(MONDAY_9AM + 10 * SECOND);
    expect(await send({ type: 'keystrokes', times: burst(MONDAY_9AM + 6 * SECOND, 10) })).toEqual({ ok: false, failed: 'QUOTA_BYTES exceeded' });
    expect(errors).toHaveBeenCalledWith('Handrest: handling "keystrokes" failed.', expect.objectContaining({ message: 'QUOTA_BYTES exceeded' }));
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    await send({ type: 'keystrokes', times: burst(MONDAY_9AM + 6 * SECOND, 10) });
    expect((await storedTracker()).typing.streakMs).toBe(runModel([...burst(MONDAY_9AM, 10), ...burst(MONDAY_9AM + 6 * SECOND, 10)]).state.streakMs);
  });

  it('an import replaces the days and the settings in one write; a failed one changes nothing', async () => {
    await startBackground();
    vi.setSystemTime(MONDAY_9AM + 5 * SECOND);
    await send({ type: 'keystrokes', times: burst(MONDAY_9AM, 10) });
    await settle();
    const days = weekOfDays(localDayKey(MONDAY_9AM));
    const settings = makeSettings({ breakAfterMin: 45 });
    const before = await fakeBrowser.storage.local.get(null);
    const errors = consoleErrors();
    failNextWrite();
    expect(await send({ type: 'import', mode: 'replace', days, settings })).toEqual({ ok: false, failed: 'QUOTA_BYTES exceeded' });
    expect(errors).toHaveBeenCalledWith('Handrest: handling "import" failed.', expect.any(Error));
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);

    const write = vi.spyOn(fakeBrowser.storage.local, 'set');
    write.mockClear();
    expect(await send({ type: 'import', mode: 'replace', days, settings })).toEqual({ ok: true });
    expect(write).toHaveBeenCalledTimes(1);
    const stored = await storedTracker();
    expect([...stored.history.past, stored.history.today]).toEqual(days);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(settings);
  });

  it('"delete all data" puts every item back to its default in one write', async () => {
    await seedTracker(makeTrackerState({ typing: streakState(20 * MINUTE, MONDAY_9AM), recentTips: ['micro-pause'] }), makeSettings({ snoozeMin: 20 }));
    await startBackground();
    const write = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await send({ type: 'delete-all' })).toEqual({ ok: true });
    expect(write).toHaveBeenCalledTimes(1);
    expect(await readStoredState()).toEqual(stateAfterDeleteAll());
  });

  it('refuses a malformed message whole, with a reply that says so', async () => {
    await startBackground();
    const refused = { ok: false, refused: 'not a message Handrest understands' };
    expect(await send({ type: 'import', days: [{ day: 'yesterday' }], settings: makeSettings() } as never)).toEqual(refused);
    expect(await send({ type: 'save-settings', settings: makeSettings({ breakAfterMin: 1 }) })).toEqual(refused);
    expect(await storedSettings()).toEqual(makeSettings());
  });

  it('refuses an import no history page would send: an unknown mode, days out of order or impossible, or more than the storage budget', async () => {
    await startBackground();
    const refused = { ok: false, refused: 'not a message Handrest understands' };
    const week = weekOfDays(localDayKey(MONDAY_9AM));
    const window = Array.from({ length: HISTORY_DAYS }, (_, index) => dayWith(dayKeyBefore(localDayKey(MONDAY_9AM), HISTORY_DAYS - 1 - index), 60));
    const heavy = makeSettings({ excludedSites: longestHosts(200), callSites: longestHosts(200) });
    for (const message of [
      { type: 'import', mode: 'overwrite', days: week, settings: null },
      { type: 'import', mode: 'merge', days: [...week].reverse(), settings: null },
      { type: 'import', mode: 'merge', days: [{ ...week[0], typingMs: 30 * HOUR }], settings: null },
      { type: 'import', mode: 'merge', days: [{ ...week[0], glasses: 2.5 }], settings: null },
      { type: 'import', mode: 'replace', days: window, settings: heavy },
    ]) {
      expect(await send(message as never), JSON.stringify(message).slice(0, 80)).toEqual(refused);
    }
    expect(await storedSettings()).toEqual(makeSettings());
    expect(await send({ type: 'import', mode: 'replace', days: window, settings: null })).toEqual({ ok: true });
    expect((await storedTracker()).history.past).toHaveLength(HISTORY_DAYS - 1);
    expect(await send({ type: 'import', mode: 'merge', days: week, settings: heavy })).toEqual({ ok: true });
    expect(await storedSettings()).toEqual(heavy);
  });
});
