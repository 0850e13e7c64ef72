// The settings page with the browser's sync and an organisation's policy: the sync section, the
// locked settings and the plans they rule out, the policy entries that were not used, and the
// form following changes that come from another computer or a new policy.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { defaultSettings, type SettingKey } from '@/utils/settings/settings';
import { readStoredState } from '@/utils/browser/storage';
import { syncStatusText } from '@/utils/words/sync-text';
import { settingLabel } from '@/utils/words/setting-text';
import type { SyncState } from '@/utils/sync/sync-state';
import type { Message } from '@/utils/protocol/messages';
import { HOUR, MINUTE } from '@/utils/helpers/time';
import { makePolicy, makeSettings, makeSyncState, makeTrackerState, MONDAY_9AM } from '../support/fixtures';
import { advanceTimers, installPageTestClock, renderPage } from '../support/page-harness';
import { seedStorage, storedSettings } from '../support/background-harness';

installPageTestClock(MONDAY_9AM);

async function renderOptions(settings = makeSettings()) {
  await renderPage(<App />, makeTrackerState(), settings);
  await screen.findByRole('heading', { name: 'Handrest settings' });
}

const inputFor = (key: SettingKey) => screen.getByLabelText(settingLabel(key), { selector: 'input, textarea' }) as HTMLInputElement;
const typeInto = (key: SettingKey, text: string) => fireEvent.input(inputFor(key), { target: { value: text } });
const describedBy = (element: Element) => (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
const sentMessages = () => vi.spyOn(fakeBrowser.runtime, 'sendMessage');
/** The messages of one type the page sent since `sentMessages()` began to watch. */
const sentOf = <T extends Message['type']>(spy: ReturnType<typeof sentMessages>, type: T) =>
  spy.mock.calls.map(([message]) => message as unknown as Message).filter((message): message is Extract<Message, { type: T }> => message.type === type);
const syncStatus = () => document.querySelector('.sync-status') as HTMLElement;
const nameField = () => screen.getByLabelText('This computer’s name') as HTMLInputElement;
const storedSync = async () => (await readStoredState()).sync;

describe('settings page: a setting the organisation locked', () => {
  const renderLocked = async () => {
    await seedStorage({ policy: makePolicy({ breakAfterMin: 45 }) });
    await renderOptions(makeSettings({ breakAfterMin: 45 }));
  };

  it('shows the value in force in a disabled control, described by the note "Set by your organisation"', async () => {
    await renderLocked();
    const input = inputFor('breakAfterMin');
    expect(input.value).toBe('45');
    expect(input.disabled).toBe(true);
    const note = document.querySelector('.locked-note') as HTMLElement;
    expect(note.textContent).toBe('Set by your organisation');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(note.id);
    expect(document.querySelectorAll('.locked-note')).toHaveLength(1);
    expect(inputFor('typingGapSec').disabled).toBe(false);
  });

  it('every kind of control is disabled when locked', async () => {
    await seedStorage({ policy: makePolicy({ renudgeMin: 5, hydrationEnabled: true, delivery: 'notification', excludedSites: [], workingHoursEnabled: true, workingHours: defaultSettings().workingHours }) });
    await renderOptions(makeSettings({ workingHoursEnabled: true }));
    const renudge = inputFor('renudgeMin').closest('.field') as HTMLElement;
    expect([...renudge.querySelectorAll('input')].map((input) => input.disabled)).toEqual([true, true]);
    expect((screen.getByLabelText(settingLabel('hydrationEnabled')) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Badge only') as HTMLInputElement).disabled).toBe(true);
    expect(inputFor('excludedSites').disabled).toBe(true);
    expect((screen.getByLabelText('Tuesday') as HTMLInputElement).disabled).toBe(true);
    expect(document.querySelectorAll('.locked-note')).toHaveLength(6);
  });

  it('nothing on the page changes it: typing, Restore defaults and a plan leave it, and no save carries another value', async () => {
    await renderLocked();
    const sent = sentMessages();
    typeInto('breakAfterMin', '20');
    typeInto('typingGapSec', '9');
    await waitFor(async () => expect((await storedSettings()).typingGapSec).toBe(9));
    expect(inputFor('breakAfterMin').value).toBe('45');
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    await waitFor(async () => expect(await storedSettings()).toEqual(makeSettings({ breakAfterMin: 45 })));
    const saves = sentOf(sent, 'save-settings');
    expect(saves.length).toBe(2);
    expect(saves.every((message) => message.settings.breakAfterMin === 45)).toBe(true);
  });

  it('a plan that would change it cannot be chosen, and says why; one that keeps it can', async () => {
    await renderLocked();
    const plan = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name} `) }) as HTMLButtonElement;
    const note = screen.getByText('Plans that would change a setting your organisation set cannot be chosen.');
    for (const name of ['Recommended', 'Recovering hands']) {
      expect(plan(name).disabled).toBe(true);
      expect(plan(name).getAttribute('aria-describedby')).toBe(note.id);
    }
    fireEvent.click(plan('Recovering hands'));
    await advanceTimers(1000);
    expect((await storedSettings()).breakAfterMin).toBe(45);
    expect(plan('Gentle').disabled).toBe(false);
    fireEvent.click(plan('Gentle'));
    await waitFor(async () => expect((await storedSettings()).microPauseAfterMin).toBe('off'));
    expect((await storedSettings()).breakAfterMin).toBe(45);
  });

  it('a setting locked while it is being edited takes the organisation’s value at once', async () => {
    await renderOptions();
    typeInto('breakAfterMin', '4');
    expect(inputFor('breakAfterMin').getAttribute('aria-invalid')).toBe('true');
    await fakeBrowser.storage.managed.set({ breakAfterMin: 45, lockedSettings: ['breakAfterMin'] });
    await waitFor(() => expect(inputFor('breakAfterMin').disabled).toBe(true));
    expect(inputFor('breakAfterMin').value).toBe('45');
    expect(inputFor('breakAfterMin').getAttribute('aria-invalid')).toBe('false');
    expect(document.querySelector('.save-status')?.textContent).toBe('');
    expect((await storedSettings()).breakAfterMin).toBe(45);
  });

  it('a lock on the value in force drops what was being typed into it', async () => {
    await renderOptions();
    typeInto('breakAfterMin', '4');
    await fakeBrowser.storage.managed.set({ lockedSettings: ['breakAfterMin'] });
    await waitFor(() => expect(inputFor('breakAfterMin').disabled).toBe(true));
    expect(inputFor('breakAfterMin').value).toBe('30');
  });
});

describe('settings page: the organisation’s defaults', () => {
  it('Restore defaults gives the organisation’s values where it sets one without locking it', async () => {
    await seedStorage({ policy: { values: { hydrationIntervalMin: 90 }, locked: [], ignored: [] } });
    await renderOptions(makeSettings({ hydrationIntervalMin: 120, typingGapSec: 9 }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    await waitFor(async () => expect(await storedSettings()).toEqual(makeSettings({ hydrationIntervalMin: 90 })));
    expect(inputFor('hydrationIntervalMin').value).toBe('90');
  });
});

describe('settings page: policy entries that were not used', () => {
  it('are listed at the top, one line each, the unknown name quoted and cut to a line', async () => {
    const long = `x${'y'.repeat(63)}`;
    await seedStorage({
      policy: makePolicy({}, [
        { name: 'snoozeMin', reason: 'invalid' },
        { name: 'breakEvery', reason: 'unknown' },
        { name: long, reason: 'unknown' },
        { name: 'lockedSettings', reason: 'invalid' },
      ]),
    });
    await renderOptions();
    const notice = document.querySelector('.policy-ignored') as HTMLElement;
    expect(notice.compareDocumentPosition(document.querySelector('form') as HTMLElement) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(notice).getByRole('heading').textContent).toBe('From your organisation');
    expect([...notice.querySelectorAll('li')].map((line) => line.textContent)).toEqual([
      'Your organisation’s value for Snooze length was not used: it is not one the setting allows.',
      'Your organisation’s policy names “breakEvery”, which is not a Handrest setting.',
      `Your organisation’s policy names “${long}”, which is not a Handrest setting.`,
      'Your organisation’s list of locked settings was not used: it is not a list of Handrest’s settings.',
    ]);
  });

  it('are not there when the policy was taken whole', async () => {
    await seedStorage({ policy: makePolicy({ breakAfterMin: 45 }) });
    await renderOptions(makeSettings({ breakAfterMin: 45 }));
    expect(document.querySelector('.policy-ignored')).toBeNull();
  });
});

describe('settings page: a change from another computer', () => {
  it('updates a field nobody is editing, keeps the one being edited, and the background holds it', async () => {
    await renderOptions();
    typeInto('typingGapSec', '99');
    await fakeBrowser.storage.sync.set({ 'setting.breakAfterMin': { v: 45, at: MONDAY_9AM }, 'setting.typingGapSec': { v: 9, at: MONDAY_9AM } });
    await waitFor(() => expect(inputFor('breakAfterMin').value).toBe('45'));
    expect(await storedSettings()).toEqual(makeSettings({ breakAfterMin: 45, typingGapSec: 9 }));
    expect(inputFor('typingGapSec').value).toBe('99');
    expect(inputFor('typingGapSec').getAttribute('aria-invalid')).toBe('true');
    typeInto('typingGapSec', '12');
    await waitFor(async () => expect((await storedSettings()).typingGapSec).toBe(12));
    expect((await storedSettings()).breakAfterMin).toBe(45);
  });
});

describe('settings page: the sync section', () => {
  it('is on by default; turning it off says that settings stay here and removes Handrest’s synced copy; on again reads it back', async () => {
    await fakeBrowser.storage.sync.set({ 'setting.breakAfterMin': { v: 45, at: MONDAY_9AM - HOUR } });
    await renderOptions();
    const toggle = screen.getByLabelText('Keep settings the same on every computer where you use this browser account') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(describedBy(toggle)[0]).toMatch(/^Through your browser’s own sync/);
    expect(syncStatus().getAttribute('role')).toBe('status');
    expect(syncStatus().textContent).toBe('Not synced yet.');
    fireEvent.click(toggle);
    await waitFor(() => expect(syncStatus().textContent).toBe('Sync is off: your settings stay on this computer.'));
    expect(toggle.checked).toBe(false);
    await waitFor(async () => expect(await fakeBrowser.storage.sync.get(null)).toEqual({}));
    expect((await storedSync()).enabled).toBe(false);
  });

  it('names this computer: empty is the default name, a name too long says so beside the field and is never sent', async () => {
    await renderOptions();
    const sent = sentMessages();
    const namings = () => sentOf(sent, 'name-device');
    expect(nameField().value).toBe('');
    expect(nameField().placeholder).toBe('This computer');
    fireEvent.input(nameField(), { target: { value: 'W'.repeat(41) } });
    expect(nameField().getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(nameField())[0]).toBe('A name can be up to 40 characters on one line, and not only spaces.');
    await advanceTimers(1000);
    expect(namings()).toEqual([]);
    fireEvent.input(nameField(), { target: { value: '  Work laptop ' } });
    expect(nameField().getAttribute('aria-invalid')).toBe('false');
    await waitFor(async () => expect((await storedSync()).deviceName).toBe('Work laptop'));
    expect(namings()).toEqual([{ type: 'name-device', name: 'Work laptop' }]);
    fireEvent.input(nameField(), { target: { value: ' ' } });
    await waitFor(async () => expect((await storedSync()).deviceName).toBeNull());
    expect(nameField().value).toBe(' ');
  });

  it('shows a name given elsewhere', async () => {
    await renderOptions();
    await seedStorage({ sync: makeSyncState({ deviceName: 'Desk at home' }) });
    await waitFor(() => expect(nameField().value).toBe('Desk at home'));
  });

  it('says where sync stands as the stored state changes', async () => {
    await renderOptions();
    await seedStorage({ sync: makeSyncState({ syncedAt: MONDAY_9AM - 5 * MINUTE }) });
    await waitFor(() => expect(syncStatus().textContent).toBe('Synced at 8:55 AM.'));
    await seedStorage({ sync: makeSyncState({ problem: { kind: 'quota', at: MONDAY_9AM }, unsent: ['breakAfterMin'], sendAt: MONDAY_9AM + 10 * MINUTE }) });
    await waitFor(() => expect(syncStatus().textContent).toBe('There is no room left in your browser’s sync: your settings are kept on this computer.'));
  });
});

describe('the sync status in words', () => {
  const at = (minutes: number) => MONDAY_9AM + minutes * MINUTE;
  it.each<[string, Partial<SyncState>, string]>([
    ['off', { enabled: false, syncedAt: at(-5) }, 'Sync is off: your settings stay on this computer.'],
    ['never synced', {}, 'Not synced yet.'],
    ['synced today', { syncedAt: at(-5) }, 'Synced at 8:55 AM.'],
    ['synced on another day', { syncedAt: at(-3 * 24 * 60) }, 'Synced at Nov 20, 2026, 9:00 AM.'],
    ['waiting to send', { syncedAt: at(-5), unsent: ['breakAfterMin'], sendAt: at(0) + 2000 }, 'Your changes go out at 9:00 AM.'],
    ['the rate limit', { unsent: ['breakAfterMin'], sendAt: at(1), problem: { kind: 'rate', at: at(0) } }, 'Your browser’s sync limit was reached: trying again at 9:01 AM. Your settings apply here meanwhile.'],
    ['no room', { unsent: ['breakAfterMin'], sendAt: at(10), problem: { kind: 'quota', at: at(0) } }, 'There is no room left in your browser’s sync: your settings are kept on this computer.'],
    ['too large', { syncedAt: at(0), problem: { kind: 'too-large', key: 'excludedSites', at: at(0) } }, 'Excluded sites is too large to sync and is kept on this computer.'],
    ['a failure', { unsent: ['breakAfterMin'], sendAt: at(10), problem: { kind: 'failed', at: at(0) } }, 'Could not sync your settings: trying again at 9:10 AM. Your settings apply here meanwhile.'],
  ])('%s', (_name, sync, text) => {
    expect(syncStatusText(makeSyncState(sync), MONDAY_9AM)).toBe(text);
  });
});
