// The background and the person's other computers, through the fake browser's sync area: a
// second computer's item shows up in the `devices` item (and goes when it is removed there), this
// computer's summary goes out as its own item after typing, and turning sync off or deleting all
// data removes that item; the daily limit across computers counts the mirrored typing.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readStoredState } from '@/utils/browser/storage';
import { deviceItemKey } from '@/utils/sync/device-summary';
import { HOUR, localDayKey, MINUTE, SECOND } from '@/utils/helpers/time';
import { emptyDay } from '@/utils/days/day-totals';
import { PUBLISH_EVERY_MS } from '@/utils/sync/device-publishing';
import { TICK_ALARM } from '@/utils/tracker/wake-schedule';
import { runOnFakeClock, seedTracker, send, settle, startBackground, typeAsReported } from '../support/background-harness';
import { deviceDay, deviceIdOf, deviceItemOf, makeSettings, makeTrackerState, MONDAY_9AM, otherDevice, typeFor } from '../support/fixtures';

runOnFakeClock();

const TODAY = localDayKey(MONDAY_9AM);
const LAPTOP = otherDevice(2, 'Laptop', MONDAY_9AM - HOUR, [deviceDay(TODAY, 90)]);

/** The keys of the computers' items in the sync area. */
const deviceKeys = async () => Object.keys(await fakeBrowser.storage.sync.get(null)).filter((key) => key.startsWith('device.'));

/** The tick alarm fires `ms` later. */
async function tickAfter(ms: number): Promise<void> {
  vi.setSystemTime(Date.now() + ms);
  await fakeBrowser.alarms.onAlarm.trigger({ name: TICK_ALARM, scheduledTime: Date.now() });
  await settle();
}

describe('the other computers, in the background', () => {
  it('a second computer’s item written to the sync area shows up in the devices item, and goes when it is removed there', async () => {
    await startBackground();
    await fakeBrowser.storage.sync.set({ [deviceItemKey(LAPTOP.id)]: deviceItemOf(LAPTOP) });
    await settle();
    expect((await readStoredState()).devices.others).toEqual([LAPTOP]);
    await fakeBrowser.storage.sync.remove(deviceItemKey(LAPTOP.id));
    await settle();
    expect((await readStoredState()).devices.others).toEqual([]);
  });

  it('a hostile item in the sync area is never mirrored', async () => {
    await startBackground();
    await fakeBrowser.storage.sync.set({ [deviceItemKey(deviceIdOf(3))]: { name: 'Evil', seenAt: MONDAY_9AM, days: [[TODAY, 1e12, 0, 0, 0]] } });
    await settle();
    expect((await readStoredState()).devices.others).toEqual([]);
  });

  it('this computer’s summary goes out once it counted something, under a new random id and its default name, and its typing again 15 minutes later; sync turned off removes it and forgets the others', async () => {
    await startBackground();
    expect(await deviceKeys(), 'nothing counted yet: not among the computers').toEqual([]);
    await fakeBrowser.storage.sync.set({ [deviceItemKey(LAPTOP.id)]: deviceItemOf(LAPTOP) });
    await typeAsReported(typeFor(MONDAY_9AM, 20 * SECOND));
    const first = await readStoredState();
    expect(await deviceKeys()).toEqual([deviceItemKey(LAPTOP.id), deviceItemKey(first.sync.deviceId)]);
    await typeAsReported(typeFor(Date.now(), 2 * MINUTE));
    await tickAfter(PUBLISH_EVERY_MS);
    const { sync } = await readStoredState();
    expect(sync.deviceId).toBe(first.sync.deviceId);
    expect(sync.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    const item = (await fakeBrowser.storage.sync.get(deviceItemKey(sync.deviceId)))[deviceItemKey(sync.deviceId)] as { name: string; days: unknown[][] };
    expect(item.name).toBe('Chrome on Linux');
    expect(item.days[0]?.[0]).toBe(TODAY);
    expect(item.days[0]?.[1]).toBeGreaterThan(2 * 60);
    expect(await deviceKeys()).toHaveLength(2);

    expect(await send({ type: 'set-sync', enabled: false })).toEqual({ ok: true });
    await tickAfter(PUBLISH_EVERY_MS);
    expect(await deviceKeys()).toEqual([deviceItemKey(LAPTOP.id)]);
    expect((await readStoredState()).devices.others).toEqual([]);
  });

  it('delete all data removes this computer’s item, though its id is forgotten with the rest; it comes back under a new id once it counts again', async () => {
    await startBackground();
    await typeAsReported(typeFor(MONDAY_9AM, 2 * MINUTE));
    const before = await deviceKeys();
    expect(before).toHaveLength(1);
    expect(await send({ type: 'delete-all' })).toEqual({ ok: true });
    await tickAfter(PUBLISH_EVERY_MS);
    expect(await deviceKeys()).toEqual([]);
    await typeAsReported(typeFor(Date.now(), 20 * SECOND));
    const after = await deviceKeys();
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });

  it('with the limit across computers on, the laptop’s typing today brings the daily limit on this one', async () => {
    await seedTracker(makeTrackerState({ history: { today: { ...emptyDay(TODAY), typingMs: 3 * HOUR }, past: [] } }), makeSettings({ dailyLimitEnabled: true, dailyLimitHours: 4, dailyLimitAllDevices: true }));
    await startBackground();
    await fakeBrowser.storage.sync.set({ [deviceItemKey(LAPTOP.id)]: deviceItemOf(LAPTOP) });
    await settle();
    expect((await readStoredState()).tracker.history.today.dailyLimitReached).toBe(1);
  });
});
