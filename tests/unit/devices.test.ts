// Totals across the person's computers: this computer's summary within the browser's 8 KB an item
// for 30 full days, other computers' items read back checked and bounded, the 90-day drop-out,
// the sums per day, when a summary goes out (a simulated clock), and the daily limit across them.
import { describe, expect, it } from 'vitest';
import { emptyDay, type DayTotals } from '@/utils/days/day-totals';
import { MAX_DAY_COUNT, MAX_DAY_TYPING_MS } from '@/utils/days/day-bounds';
import { dayKeyBefore, HOUR, localDayKey, MINUTE, SECOND } from '@/utils/helpers/time';
import { MAX_DEVICE_NAME_LENGTH } from '@/utils/sync/device-name';
import { deviceItemKey, deviceSummaryFrom, ownDays, SUMMARY_DAYS, syncedSummaryOf } from '@/utils/sync/device-summary';
import { allComputersDays, DEVICE_GONE_AFTER_MS, MAX_DEVICES, otherDevices, othersTypingOn, stillSeen } from '@/utils/sync/other-devices';
import { devicesAfter, mayPublish, PUBLISH_EVERY_MS, publishStep, refusedSummary } from '@/utils/sync/device-publishing';
import { MAX_SYNC_ITEM_BYTES, syncItemBytes } from '@/utils/sync/synced-settings';
import { INITIAL_SYNC_STATE, MAX_WRITES_PER_MINUTE, type SyncState } from '@/utils/sync/sync-state';
import { SYNC_ITEM } from '@/utils/store/sync-item';
import { DEVICES_ITEM } from '@/utils/store/devices-item';
import { applyInput } from '@/utils/tracker/tracker';
import { statusOf } from '@/utils/tracker/status';
import type { TrackerState } from '@/utils/tracker/tracker-state';
import { computersOf, deviceDay, deviceIdOf, deviceItemOf, makeSettings, makeTrackerState, MONDAY_9AM, otherDevice } from '../support/fixtures';

const TODAY = localDayKey(MONDAY_9AM);
const OWN_ID = deviceIdOf(1);

/** A history whose today is `today` and whose other days are `past`. */
const historyOf = (today: DayTotals, past: DayTotals[] = []) => ({ today, past });

/** A day with every figure a summary carries at the most a day can hold. */
const fullestDay = (day: string): DayTotals => ({
  ...emptyDay(day),
  typingMs: MAX_DAY_TYPING_MS,
  breaksNatural: MAX_DAY_COUNT,
  breaksCompleted: MAX_DAY_COUNT,
  microPausesTaken: MAX_DAY_COUNT,
  glasses: MAX_DAY_COUNT,
});

/** The last `count` days up to TODAY, oldest first, each made by `make`. */
const lastDays = (count: number, make: (day: string) => DayTotals): DayTotals[] => Array.from({ length: count }, (_, index) => make(dayKeyBefore(TODAY, count - 1 - index)));

const trackerWith = (days: DayTotals[]): TrackerState => makeTrackerState({ history: historyOf(days.at(-1) as DayTotals, days.slice(0, -1)) });

describe('this computer’s summary', () => {
  it('30 full days at the most every figure can be, under the longest name in 3-byte characters, fit one sync item (8 KB)', () => {
    const days = ownDays(historyOf(fullestDay(TODAY), lastDays(SUMMARY_DAYS, fullestDay).slice(0, -1)), TODAY);
    expect(days).toHaveLength(SUMMARY_DAYS);
    const item = syncedSummaryOf('漢'.repeat(MAX_DEVICE_NAME_LENGTH), 8.64e15, days);
    const bytes = syncItemBytes(deviceItemKey(OWN_ID), item);
    expect(bytes).toBeLessThanOrEqual(MAX_SYNC_ITEM_BYTES / 4);
  });

  it('holds only the last 30 days, those with anything in them, oldest first', () => {
    const ninety = lastDays(90, (day) => ({ ...emptyDay(day), typingMs: HOUR }));
    ninety[80] = emptyDay(ninety[80]?.day as string);
    const days = ownDays(historyOf(ninety.at(-1) as DayTotals, ninety.slice(0, -1)), TODAY);
    expect(days).toHaveLength(SUMMARY_DAYS - 1);
    expect(days[0]?.day).toBe(dayKeyBefore(TODAY, SUMMARY_DAYS - 1));
    expect(days.at(-1)?.day).toBe(TODAY);
  });

  it('carries typing, breaks taken (natural and completed), micro-pauses taken when asked and glasses, typing in whole seconds', () => {
    const today = { ...emptyDay(TODAY), typingMs: 90 * MINUTE + 999, breaksNatural: 2, breaksCompleted: 1, microPausesTaken: 5, microPausesNatural: 7, glasses: 3, nudgesShown: 9 };
    const item = syncedSummaryOf('Desk', MONDAY_9AM, ownDays(historyOf(today), TODAY));
    expect(item.days).toEqual([[TODAY, 90 * 60, 3, 5, 3]]);
    expect(deviceSummaryFrom(deviceIdOf(2), item)).toEqual({ id: deviceIdOf(2), name: 'Desk', seenAt: MONDAY_9AM, days: [deviceDay(TODAY, 90, { breaks: 3, microPauses: 5, glasses: 3 })] });
  });
});

describe('another computer’s item, read back', () => {
  const good = deviceItemOf(otherDevice(2, 'Laptop', MONDAY_9AM, [deviceDay(dayKeyBefore(TODAY, 1), 60), deviceDay(TODAY, 30)]));
  const goodDay = good.days[0] as unknown[];

  it.each([
    ['not a record', 'x'],
    ['no name', { ...good, name: undefined }],
    ['a name of spaces', { ...good, name: '   ' }],
    ['a name too long', { ...good, name: 'x'.repeat(MAX_DEVICE_NAME_LENGTH + 1) }],
    ['a name with a control character', { ...good, name: 'Desk\u0007' }],
    ['no time', { ...good, seenAt: 'now' }],
    ['a time before the epoch', { ...good, seenAt: -1 }],
    ['days that are not a list', { ...good, days: {} }],
    ['more than 30 days', { ...good, days: Array.from({ length: SUMMARY_DAYS + 1 }, (_, index) => [dayKeyBefore(TODAY, index), 1, 0, 0, 0]).reverse() }],
    ['a day twice', { ...good, days: [goodDay, goodDay] }],
    ['days out of order', { ...good, days: [...good.days].reverse() }],
    ['a day the calendar lacks', { ...good, days: [['2026-02-30', 1, 0, 0, 0]] }],
    ['more typing than a day holds', { ...good, days: [[TODAY, MAX_DAY_TYPING_MS / SECOND + 1, 0, 0, 0]] }],
    ['more breaks than a day holds', { ...good, days: [[TODAY, 1, 2 * MAX_DAY_COUNT + 1, 0, 0]] }],
    ['a negative count', { ...good, days: [[TODAY, 1, 0, -1, 0]] }],
    ['a fraction', { ...good, days: [[TODAY, 1.5, 0, 0, 0]] }],
    ['a figure that is text', { ...good, days: [[TODAY, '1', 0, 0, 0]] }],
    ['a day with a figure too many', { ...good, days: [[TODAY, 1, 0, 0, 0, 0]] }],
  ])('is refused whole with %s', (_case, raw) => {
    expect(deviceSummaryFrom(deviceIdOf(2), raw)).toBeNull();
    expect(otherDevices({ [deviceItemKey(deviceIdOf(2))]: raw }, OWN_ID, MONDAY_9AM)).toEqual([]);
  });

  it('a list of days longer than 30 is refused before any day of it is read', () => {
    let read = 0;
    const days = new Proxy(Object.assign([], { length: 1_000_000 }), {
      get: (target, key, receiver) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) read += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(deviceSummaryFrom(deviceIdOf(2), { ...good, days })).toBeNull();
    expect(read).toBe(0);
  });

  it('leaves out this computer, the settings’ items, keys with no device id, and computers not seen for 90 days', () => {
    const area = {
      [deviceItemKey(OWN_ID)]: good,
      [deviceItemKey(deviceIdOf(2))]: good,
      [deviceItemKey(deviceIdOf(3))]: { ...good, seenAt: MONDAY_9AM - DEVICE_GONE_AFTER_MS - 1 },
      [deviceItemKey(deviceIdOf(4))]: { ...good, seenAt: MONDAY_9AM - DEVICE_GONE_AFTER_MS },
      'device.not-an-id': good,
      'setting.breakAfterMin': { v: 45, at: 1 },
    };
    expect(otherDevices(area, OWN_ID, MONDAY_9AM).map((device) => device.id)).toEqual([deviceIdOf(2), deviceIdOf(4)]);
  });

  it(`keeps at most ${MAX_DEVICES} computers, the most recently seen`, () => {
    const area = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [deviceItemKey(deviceIdOf(index + 2)), { ...good, seenAt: MONDAY_9AM - index * MINUTE }]));
    const kept = otherDevices(area, OWN_ID, MONDAY_9AM);
    expect(kept).toHaveLength(MAX_DEVICES);
    expect(kept.map((device) => device.id)).toEqual(Array.from({ length: MAX_DEVICES }, (_, index) => deviceIdOf(index + 2)));
  });

  it('the mirror keeps only what the read keeps: the `devices` item refuses more computers or an unchecked one, and keeps the choice', () => {
    const device = otherDevice(2, 'Laptop', MONDAY_9AM, [deviceDay(TODAY, 30)]);
    expect(DEVICES_ITEM.isSound(computersOf([device]))).toBe(true);
    expect(DEVICES_ITEM.isSound(computersOf(Array.from({ length: MAX_DEVICES + 1 }, () => device)))).toBe(false);
    const hostile = computersOf([{ ...device, days: [{ ...deviceDay(TODAY, 30), typingMs: MAX_DAY_TYPING_MS + 1 }] }], 'all');
    expect(DEVICES_ITEM.isSound(hostile)).toBe(false);
    expect(DEVICES_ITEM.repair(hostile)).toEqual(computersOf([], 'all'));
    expect(DEVICES_ITEM.isSound(computersOf([{ ...device, id: 'x' }]))).toBe(false);
    expect(DEVICES_ITEM.repair({ shown: 'both', others: [device] })).toEqual(computersOf([device]));
  });
});

describe('all computers together', () => {
  const yesterday = dayKeyBefore(TODAY, 1);
  const laptop = otherDevice(2, 'Laptop', MONDAY_9AM, [deviceDay(yesterday, 60), deviceDay(TODAY, 30, { glasses: 1 })]);
  const desk = otherDevice(3, 'Desk', MONDAY_9AM - HOUR, [deviceDay(TODAY, 45, { breaks: 1, microPauses: 0, glasses: 2 })]);

  it('sums each day’s figures over every computer, oldest day first', () => {
    const own = [deviceDay(dayKeyBefore(TODAY, 2), 10), deviceDay(TODAY, 20)];
    expect(allComputersDays(own, [laptop, desk])).toEqual([
      deviceDay(dayKeyBefore(TODAY, 2), 10),
      deviceDay(yesterday, 60),
      { day: TODAY, typingMs: 95 * MINUTE, breaks: 7, microPauses: 4, glasses: 7 },
    ]);
  });

  it('the other computers’ typing of one day, for the daily limit', () => {
    expect(othersTypingOn([laptop, desk], TODAY)).toBe(75 * MINUTE);
    expect(othersTypingOn([laptop, desk], yesterday)).toBe(60 * MINUTE);
    expect(othersTypingOn([laptop, desk], dayKeyBefore(TODAY, 5))).toBe(0);
  });

  it('a computer not seen for 90 days drops out of the mirror at the next input, without a read; the mirror is the same list while none does', () => {
    const mirrored = computersOf([laptop, desk], 'all');
    expect(stillSeen(mirrored.others, MONDAY_9AM + DEVICE_GONE_AFTER_MS - HOUR)).toEqual(mirrored.others);
    const later = MONDAY_9AM + DEVICE_GONE_AFTER_MS - HOUR / 2;
    expect(stillSeen(mirrored.others, later)).toEqual([laptop]);
    const sync = { ...INITIAL_SYNC_STATE, deviceId: OWN_ID };
    expect(devicesAfter({ type: 'tick' }, mirrored, sync, MONDAY_9AM).devices).toBe(mirrored);
    expect(devicesAfter({ type: 'tick' }, mirrored, sync, later).devices).toEqual(computersOf([laptop], 'all'));
  });
});

describe('when this computer’s summary goes out', () => {
  const NAME = 'Chrome on Linux';
  const typedToday = (minutes: number): TrackerState => trackerWith([{ ...emptyDay(TODAY), typingMs: minutes * MINUTE }]);

  /** The sync state after the step's summary went out at `now`. */
  function afterPublishing(sync: SyncState, tracker: TrackerState, now: number, newId = OWN_ID): SyncState {
    const step = publishStep({ sync, tracker }, NAME, newId, now);
    if (step.type !== 'publish') throw new Error('expected a summary to go out');
    return devicesAfter({ type: 'summary-published', id: step.id, published: step.published }, computersOf([]), sync, now).sync;
  }

  it('not before this computer counted anything: a computer joins the lists with its first figures', () => {
    expect(publishStep({ sync: INITIAL_SYNC_STATE, tracker: typedToday(0) }, NAME, OWN_ID, MONDAY_9AM)).toEqual({ type: 'nothing' });
  });

  it('never while sync is off', () => {
    expect(publishStep({ sync: { ...INITIAL_SYNC_STATE, enabled: false }, tracker: typedToday(30) }, NAME, OWN_ID, MONDAY_9AM)).toEqual({ type: 'nothing' });
    expect(mayPublish({ ...INITIAL_SYNC_STATE, enabled: false }, MONDAY_9AM)).toBe(false);
  });

  it('the first one takes the new random id and goes out at once, as one item with the name, the time and the days', () => {
    const step = publishStep({ sync: INITIAL_SYNC_STATE, tracker: typedToday(30) }, NAME, OWN_ID, MONDAY_9AM);
    expect(step).toMatchObject({ type: 'publish', id: OWN_ID, key: `device.${OWN_ID}`, item: { name: NAME, seenAt: MONDAY_9AM, days: [[TODAY, 30 * 60, 0, 0, 0]] } });
    const sync = afterPublishing(INITIAL_SYNC_STATE, typedToday(30), MONDAY_9AM);
    expect(sync).toMatchObject({ deviceId: OWN_ID, published: { at: MONDAY_9AM, day: TODAY }, writes: { inMinute: 1, inHour: 1 } });
    expect(SYNC_ITEM.isSound(sync)).toBe(true);
  });

  it('keeps its id afterwards, whatever new id is offered', () => {
    const sync = afterPublishing(INITIAL_SYNC_STATE, typedToday(30), MONDAY_9AM);
    expect(publishStep({ sync, tracker: typedToday(40) }, NAME, deviceIdOf(9), MONDAY_9AM + PUBLISH_EVERY_MS)).toMatchObject({ type: 'publish', id: OWN_ID });
  });

  it('a changed summary waits 15 minutes from the last; an unchanged one does not go out again; a new name is a change', () => {
    const sync = afterPublishing(INITIAL_SYNC_STATE, typedToday(30), MONDAY_9AM);
    let writes = 0;
    // Typing every minute for an hour, looking every minute: one summary each 15 minutes.
    let current = sync;
    for (let minute = 1; minute <= 60; minute += 1) {
      const now = MONDAY_9AM + minute * MINUTE;
      if (publishStep({ sync: current, tracker: typedToday(30 + minute) }, NAME, OWN_ID, now).type === 'publish') {
        current = afterPublishing(current, typedToday(30 + minute), now);
        writes += 1;
      }
    }
    expect(writes).toBe(4);
    const later = MONDAY_9AM + 2 * HOUR;
    expect(publishStep({ sync: current, tracker: typedToday(90) }, NAME, OWN_ID, later)).toEqual({ type: 'nothing' });
    expect(publishStep({ sync: current, tracker: typedToday(90) }, 'Work laptop', OWN_ID, later).type).toBe('publish');
  });

  it('goes out at once on a new local day, even within 15 minutes', () => {
    const lateEvening = new Date(2026, 10, 23, 23, 55).getTime();
    const tracker = trackerWith([{ ...emptyDay(localDayKey(lateEvening)), typingMs: HOUR }]);
    const sync = afterPublishing(INITIAL_SYNC_STATE, tracker, lateEvening);
    const afterMidnight = lateEvening + 10 * MINUTE;
    expect(mayPublish(sync, afterMidnight)).toBe(true);
    expect(publishStep({ sync, tracker }, NAME, OWN_ID, afterMidnight).type).toBe('publish');
  });

  it('waits while the settings used up the write limit: the same budget', () => {
    const full: SyncState = { ...INITIAL_SYNC_STATE, writes: { minuteFrom: MONDAY_9AM, inMinute: MAX_WRITES_PER_MINUTE, hourFrom: MONDAY_9AM, inHour: MAX_WRITES_PER_MINUTE } };
    expect(publishStep({ sync: full, tracker: typedToday(30) }, NAME, OWN_ID, MONDAY_9AM + 30 * SECOND)).toEqual({ type: 'nothing' });
    expect(publishStep({ sync: full, tracker: typedToday(30) }, NAME, OWN_ID, MONDAY_9AM + MINUTE).type).toBe('publish');
  });

  it('a refused write waits its 15 minutes, then goes out again though nothing changed', () => {
    const step = publishStep({ sync: INITIAL_SYNC_STATE, tracker: typedToday(30) }, NAME, OWN_ID, MONDAY_9AM);
    if (step.type !== 'publish') throw new Error('expected a summary to go out');
    const sync = devicesAfter({ type: 'summary-published', id: step.id, published: refusedSummary(INITIAL_SYNC_STATE, step.published) }, computersOf([]), INITIAL_SYNC_STATE, MONDAY_9AM).sync;
    expect(publishStep({ sync, tracker: typedToday(30) }, NAME, OWN_ID, MONDAY_9AM + 5 * MINUTE)).toEqual({ type: 'nothing' });
    expect(publishStep({ sync, tracker: typedToday(30) }, NAME, OWN_ID, MONDAY_9AM + PUBLISH_EVERY_MS).type).toBe('publish');
  });

  const laptop = otherDevice(2, 'Laptop', MONDAY_9AM, [deviceDay(TODAY, 30)]);

  it('sync turned off, or all data deleted, forgets the other computers, and a summary goes out afresh when sync is on again', () => {
    const devices = computersOf([laptop], 'all');
    const published = afterPublishing(INITIAL_SYNC_STATE, typedToday(30), MONDAY_9AM);
    const off = devicesAfter({ type: 'set-sync', enabled: false }, devices, { ...published, enabled: false }, MONDAY_9AM);
    expect(off).toEqual({ sync: { ...published, enabled: false, published: null }, devices: computersOf([], 'all') });
    expect(devicesAfter({ type: 'delete-all' }, devices, INITIAL_SYNC_STATE, MONDAY_9AM).devices).toEqual(computersOf([]));
    expect(devicesAfter({ type: 'devices-read', area: { [deviceItemKey(laptop.id)]: deviceItemOf(laptop) } }, computersOf([]), { ...published, enabled: false }, MONDAY_9AM).devices).toEqual(computersOf([]));
  });

  it('reading the same computers again keeps the mirror as it is (no rewrite for this computer’s own write, echoed)', () => {
    const devices = computersOf([laptop]);
    const area = { [deviceItemKey(laptop.id)]: deviceItemOf(laptop), [deviceItemKey(OWN_ID)]: deviceItemOf(laptop) };
    const sync = { ...INITIAL_SYNC_STATE, deviceId: OWN_ID };
    expect(devicesAfter({ type: 'devices-read', area }, devices, sync, MONDAY_9AM).devices).toBe(devices);
  });

  it('the choice of what the pages show is remembered, and kept through reads of the sync area', () => {
    const sync = { ...INITIAL_SYNC_STATE, deviceId: OWN_ID };
    const all = devicesAfter({ type: 'show-computers', shown: 'all' }, computersOf([]), sync, MONDAY_9AM).devices;
    expect(all).toEqual(computersOf([], 'all'));
    expect(devicesAfter({ type: 'devices-read', area: { [deviceItemKey(laptop.id)]: deviceItemOf(laptop) } }, all, sync, MONDAY_9AM).devices).toEqual(computersOf([laptop], 'all'));
  });
});

describe('the daily limit across computers', () => {
  const limit = makeSettings({ dailyLimitEnabled: true, dailyLimitHours: 4 });
  const tracker = trackerWith([{ ...emptyDay(TODAY), typingMs: 3 * HOUR }]);
  const limitReached = (settings: typeof limit, elsewhereMs: number) =>
    applyInput(tracker, { type: 'tick' }, settings, MONDAY_9AM, elsewhereMs).events.some((event) => event.type === 'limit-reached');

  it('counts the other computers’ typing today only with the setting on', () => {
    expect(limitReached(limit, HOUR)).toBe(false);
    expect(limitReached({ ...limit, dailyLimitAllDevices: true }, HOUR)).toBe(true);
    expect(limitReached({ ...limit, dailyLimitAllDevices: true }, HOUR - MINUTE)).toBe(false);
  });

  it('the status shows the time left across computers', () => {
    const state = applyInput(tracker, { type: 'tick' }, limit, MONDAY_9AM).state;
    expect(statusOf(state, limit, MONDAY_9AM, 30 * MINUTE).dailyLimit).toEqual({ remainingMs: HOUR, reached: false });
    expect(statusOf(state, { ...limit, dailyLimitAllDevices: true }, MONDAY_9AM, 30 * MINUTE).dailyLimit).toEqual({ remainingMs: 30 * MINUTE, reached: false });
  });
});
