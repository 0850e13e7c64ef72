// The background with the browser's sync and managed storage (WXT's fake browser): another
// computer's change arrives and is applied, this computer's goes out after its delay, a refused
// write keeps the local value, turning sync off removes the synced copy, and a policy set or
// changed by an administrator applies at once, locks what it locks and logs what it ignores.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readStoredState } from '@/utils/browser/storage';
import { SEND_DELAY_MS } from '@/utils/sync/sync-state';
import { syncedSettingKey } from '@/utils/sync/synced-settings';
import { MINUTE } from '@/utils/helpers/time';
import { runOnFakeClock, send, settle, startBackground, storedSettings } from '../support/background-harness';
import { makeSettings, MONDAY_9AM } from '../support/fixtures';

runOnFakeClock();

/** Lets the send delay pass, and what it sets off finish. */
async function afterSendDelay(): Promise<void> {
  await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
  await settle();
}

describe('the background and the browser\'s sync', () => {
  it('applies a setting another computer changed, and keeps the ones it did not', async () => {
    await startBackground();
    await send({ type: 'save-settings', settings: makeSettings({ snoozeMin: 20 }) });
    await fakeBrowser.storage.sync.set({ [syncedSettingKey('breakAfterMin')]: { v: 45, at: MONDAY_9AM + 1 } });
    await settle();
    expect(await storedSettings()).toEqual(makeSettings({ breakAfterMin: 45, snoozeMin: 20 }));
  });

  it('sends a change only after its delay, as one item per changed setting', async () => {
    await startBackground();
    await send({ type: 'save-settings', settings: makeSettings({ snoozeMin: 20, breakAfterMin: 40 }) });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await afterSendDelay();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      [syncedSettingKey('snoozeMin')]: { v: 20, at: MONDAY_9AM },
      [syncedSettingKey('breakAfterMin')]: { v: 40, at: MONDAY_9AM },
    });
    expect((await readStoredState()).sync).toMatchObject({ unsent: [], problem: null, syncedAt: MONDAY_9AM + SEND_DELAY_MS });
  });

  it('keeps the local setting when the browser refuses the write for room, says so, and tries again later', async () => {
    await startBackground();
    // Only the settings' write is refused: this computer's totals may go out on their own.
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    let refusals = 0;
    const refuse = vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation((items: Record<string, unknown>) => {
      if (refusals > 0 || !Object.keys(items).some((key) => key.startsWith('setting.'))) return set(items);
      refusals += 1;
      return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await send({ type: 'save-settings', settings: makeSettings({ snoozeMin: 20 }) });
    await afterSendDelay();
    expect(refuse).toHaveBeenCalled();
    expect(refusals).toBe(1);
    expect(await storedSettings()).toEqual(makeSettings({ snoozeMin: 20 }));
    expect((await readStoredState()).sync).toMatchObject({ unsent: ['snoozeMin'], problem: { kind: 'quota' } });
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    await send({ type: 'drink' });
    await settle();
    expect(await fakeBrowser.storage.sync.get([syncedSettingKey('snoozeMin')])).toEqual({ [syncedSettingKey('snoozeMin')]: { v: 20, at: MONDAY_9AM } });
  });

  it('turned off, removes Handrest\'s synced copy and keeps the settings here', async () => {
    await startBackground();
    await send({ type: 'save-settings', settings: makeSettings({ snoozeMin: 20 }) });
    await afterSendDelay();
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    expect(await send({ type: 'set-sync', enabled: false })).toEqual({ ok: true });
    await settle();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ unrelated: 1 });
    expect(await storedSettings()).toEqual(makeSettings({ snoozeMin: 20 }));
    await fakeBrowser.storage.sync.set({ [syncedSettingKey('snoozeMin')]: { v: 30, at: MONDAY_9AM + MINUTE } });
    await settle();
    expect((await storedSettings()).snoozeMin).toBe(20);
  });
});

describe('the background and the organisation\'s policy', () => {
  it('applies a policy set after start at once, locks what it locks, and logs what it ignores', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await startBackground();
    await fakeBrowser.storage.managed.set({ breakAfterMin: 45, lockedSettings: ['breakAfterMin'], snoozeMin: 999 });
    await settle();
    expect(await storedSettings()).toEqual(makeSettings({ breakAfterMin: 45 }));
    expect((await readStoredState()).policy).toEqual({ values: { breakAfterMin: 45 }, locked: ['breakAfterMin'], ignored: [{ name: 'snoozeMin', reason: 'invalid' }] });
    expect(warn).toHaveBeenCalledWith('Handrest: the policy\'s "snoozeMin" was ignored: not a value the setting allows.');
    await send({ type: 'save-settings', settings: makeSettings({ breakAfterMin: 90, snoozeMin: 15 }) });
    expect(await storedSettings()).toEqual(makeSettings({ breakAfterMin: 45, snoozeMin: 15 }));
  });

  it('reads the policy at install, before anything is typed', async () => {
    await fakeBrowser.storage.managed.set({ hydrationIntervalMin: 90 });
    await startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settle();
    expect(await storedSettings()).toEqual(makeSettings({ hydrationIntervalMin: 90 }));
  });
});
