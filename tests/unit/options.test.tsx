import { describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { defaultSettings, type SettingKey } from '@/utils/settings/settings';
import { SETTING_FIELDS, SETTING_GROUPS, SETTING_KEYS, type NumberField } from '@/utils/settings/setting-fields';
import { presetOf } from '@/utils/settings/presets';
import { makeSettings, makeTrackerState, MONDAY_9AM } from '../support/fixtures';
import { advanceTimers, renderPage, installPageTestClock } from '../support/page-harness';
import { seedStorage, storedSettings } from '../support/background-harness';
import { settingGroupTitle, settingLabel } from '@/utils/words/setting-text';

installPageTestClock(MONDAY_9AM);

async function renderOptions(settings?: unknown) {
  await renderPage(<App />, makeTrackerState(), settings as never);
  await screen.findByRole('heading', { name: 'Handrest settings' });
}

const numberKeys = SETTING_KEYS.filter((key) => SETTING_FIELDS[key].kind === 'number');
const inputFor = (key: SettingKey) => screen.getByLabelText(settingLabel(key), { selector: 'input, textarea' }) as HTMLInputElement;
const typeInto = (key: SettingKey, text: string) => fireEvent.input(inputFor(key), { target: { value: text } });
const saveStatus = () => document.querySelector('.save-status') as HTMLElement;
const storedValue = async <K extends SettingKey>(key: K) => (await storedSettings())[key];

/** A value with the keys of every record in it in reverse order. */
function withKeysReversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withKeysReversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, entry]) => [key, withKeysReversed(entry)]));
}

/** The message of a field in error: the first of its descriptions. */
function errorOf(key: SettingKey): string {
  const input = inputFor(key);
  expect(input.getAttribute('aria-invalid')).toBe('true');
  const errorId = input.getAttribute('aria-describedby')?.split(' ')[0] as string;
  return document.getElementById(errorId)?.textContent ?? '';
}

const expectError = (key: SettingKey, message: string) => expect(errorOf(key)).toBe(message);

describe('options page: every number field', () => {
  it.each(numberKeys)('%s rejects just outside its range and wrong types with its own sentence, accepts its bounds', async (key) => {
    const field = SETTING_FIELDS[key] as NumberField;
    await renderOptions();
    const messages = new Set<string>();
    for (const wrong of [String(field.min - 1), String(field.max + 1), 'abc', '', '7.5']) {
      typeInto(key, wrong);
      messages.add(errorOf(key));
      await advanceTimers(1000);
      expect(await storedValue(key)).toBe(defaultSettings()[key]);
    }
    expect([...messages]).toEqual([expect.stringMatching(new RegExp(`\\b${field.min}\\b.*\\b${field.max}\\b`))]);
    for (const bound of [field.min, field.max]) {
      typeInto(key, String(bound));
      await waitFor(async () => expect(await storedValue(key)).toBe(bound));
      expect(inputFor(key).getAttribute('aria-invalid')).toBe('false');
    }
  });
});

describe('options page: saving', () => {
  it('an invalid field blocks only itself: every other change is saved and is there when the page is opened again', async () => {
    await renderOptions();
    typeInto('breakAfterMin', '');
    typeInto('typingGapSec', '10');
    fireEvent.click(screen.getByLabelText(settingLabel('badgeEnabled')));
    await waitFor(async () => expect(await storedSettings()).toEqual({ ...defaultSettings(), typingGapSec: 10, badgeEnabled: false }));
    await advanceTimers(1000);
    expect(await storedSettings()).toEqual({ ...defaultSettings(), typingGapSec: 10, badgeEnabled: false });
    expect(inputFor('breakAfterMin').value).toBe('');
    expectError('breakAfterMin', 'A break can come after 5 to 180 minutes of typing: type a whole number in that range.');

    cleanup();
    render(<App />);
    await screen.findByRole('heading', { name: 'Handrest settings' });
    expect(inputFor('typingGapSec').value).toBe('10');
    expect((screen.getByLabelText(settingLabel('badgeEnabled')) as HTMLInputElement).checked).toBe(false);
    expect(inputFor('breakAfterMin').value).toBe('30');
  });

  it('the status names each field not saved, links to it, and stays while it is invalid; "Saved" goes after a few seconds', async () => {
    await renderOptions();
    typeInto('breakAfterMin', '45');
    expect(await within(saveStatus()).findByText(/^Saved at \d{1,2}:\d\d [AP]M\.$/)).toBeTruthy();
    typeInto('breakLengthMin', '99');
    typeInto('waterGoalGlasses', 'x');
    expect(saveStatus().textContent).toContain('Not saved until fixed: Break length and Daily water goal');
    fireEvent.click(within(saveStatus()).getByRole('button', { name: 'Daily water goal' }));
    expect(document.activeElement).toBe(inputFor('waterGoalGlasses'));
    await advanceTimers(10_000);
    expect(saveStatus().textContent).toBe('Not saved until fixed: Break length and Daily water goal');
    typeInto('breakLengthMin', '10');
    typeInto('waterGoalGlasses', '6');
    await waitFor(() => expect(saveStatus().textContent).toMatch(/^Saved at /));
    await advanceTimers(10_000);
    expect(saveStatus().textContent).toBe('');
  });

  it('a day in error is linked as that day', async () => {
    await renderOptions(makeSettings({ workingHoursEnabled: true }));
    fireEvent.input(screen.getByLabelText('Thursday'), { target: { value: 'soon' } });
    fireEvent.click(within(saveStatus()).getByRole('button', { name: 'Working hours' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Thursday'));
  });

  it('the echo of its own save, with working-hours keys in another order, arriving while another field is typed in, changes nothing typed', async () => {
    await renderOptions(makeSettings({ workingHoursEnabled: true }));
    const write = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let echo = () => {};
    const held = new Promise<void>((resolve) => {
      echo = resolve;
    });
    // Chromium hands stored records back with their keys in another order.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      await held;
      return write(withKeysReversed(items) as typeof items);
    });
    typeInto('breakAfterMin', '10');
    await advanceTimers(500);
    typeInto('typingGapSec', '1');
    const tuesday = screen.getByLabelText('Tuesday') as HTMLInputElement;
    fireEvent.input(tuesday, { target: { value: '9-17' } });
    echo();
    await waitFor(async () => expect(await storedValue('breakAfterMin')).toBe(10));
    await waitFor(async () => expect((await storedValue('workingHours'))[2]).toEqual([{ start: 540, end: 1020 }]));
    await advanceTimers(1000);
    expect(Object.keys((await storedSettings()).workingHours[1]?.[0] ?? {})).toEqual(['end', 'start']);
    expect(inputFor('breakAfterMin').value).toBe('10');
    expect(inputFor('typingGapSec').value).toBe('1');
    expectError('typingGapSec', 'The typing gap can be 2 to 30 seconds: type a whole number in that range.');
    expect(tuesday.value).toBe('9-17');
    expect(await storedValue('typingGapSec')).toBe(5);
  });

  it('saves a typed value once typing settles, never the numbers on the way to it', async () => {
    await renderOptions();
    const saved: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => {
      if (changes.settings !== undefined) saved.push((changes.settings.newValue as { breakAfterMin: number }).breakAfterMin);
    });
    for (const text of ['1', '12', '120']) {
      typeInto('breakAfterMin', text);
      await advanceTimers(120);
    }
    await waitFor(async () => expect(await storedValue('breakAfterMin')).toBe(120));
    expect(saved).toEqual([120]);
  });

  it('a number that can be off takes the word for off as typed, and keeps it as typed', async () => {
    await renderOptions();
    typeInto('renudgeMin', ' OFF ');
    await waitFor(async () => expect(await storedValue('renudgeMin')).toBe('off'));
    expect(inputFor('renudgeMin').value).toBe(' OFF ');
    expect(inputFor('renudgeMin').getAttribute('aria-invalid')).toBe('false');
    expect((within(inputFor('renudgeMin').closest('.field') as HTMLElement).getByLabelText('Off') as HTMLInputElement).checked).toBe(true);
    typeInto('breakAfterMin', 'off');
    expectError('breakAfterMin', 'A break can come after 5 to 180 minutes of typing: type a whole number in that range.');
  });

  it('a micro-pause at or past "Break after" is saved, and beside it the page says that none can come', async () => {
    await renderOptions();
    typeInto('microPauseAfterMin', '30');
    await waitFor(async () => expect(await storedValue('microPauseAfterMin')).toBe(30));
    const input = inputFor('microPauseAfterMin');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    const warning = 'Saved, but no micro-pause can come like this: the break comes first, after 30 min of typing. Choose fewer minutes, or tick Off if you want no micro-pauses.';
    expect(document.getElementById(input.getAttribute('aria-describedby')?.split(' ')[0] as string)?.textContent).toBe(warning);
    typeInto('breakAfterMin', '45');
    await waitFor(() => expect(screen.queryByText(warning)).toBeNull());
    typeInto('breakAfterMin', '20');
    expect(await screen.findByText(warning.replace('30 min', '20 min'))).toBeTruthy();
  });

  it('the working hours are inactive, and say why, while their switch is off', async () => {
    await renderOptions();
    const tuesday = screen.getByLabelText('Tuesday') as HTMLInputElement;
    expect(tuesday.disabled).toBe(true);
    const reason = screen.getByText('Tick the box above to use these hours.');
    expect(tuesday.closest('fieldset')?.getAttribute('aria-describedby')?.split(' ')).toContain(reason.id);
    fireEvent.click(screen.getByLabelText('Nudge only during working hours'));
    expect(tuesday.disabled).toBe(false);
    expect(screen.queryByText('Tick the box above to use these hours.')).toBeNull();
  });

  it('the re-nudge interval can be turned off', async () => {
    await renderOptions();
    fireEvent.click(within(inputFor('renudgeMin').closest('.field') as HTMLElement).getByLabelText('Off'));
    await waitFor(async () => expect(await storedValue('renudgeMin')).toBe('off'));
    expect(inputFor('renudgeMin').disabled).toBe(true);
  });

  it('delivery and excluded sites save their values; a bad host gets its message', async () => {
    await renderOptions();
    fireEvent.click(screen.getByLabelText('Badge only'));
    await waitFor(async () => expect(await storedValue('delivery')).toBe('badge'));
    typeInto('excludedSites', 'Docs.Example.com\nhttps://127.0.0.1:8080/page');
    await waitFor(async () => expect(await storedValue('excludedSites')).toEqual(['docs.example.com', '127.0.0.1']));
    typeInto('excludedSites', 'docs.example.com\nnot_a host!');
    expectError('excludedSites', '"not_a" is not a host name (for example: example.com).');
  });

  it('working hours: each day takes ranges; a bad one gets its message next to the field and nothing is saved', async () => {
    await renderOptions();
    fireEvent.click(screen.getByLabelText('Nudge only during working hours'));
    await waitFor(async () => expect(await storedValue('workingHoursEnabled')).toBe(true));
    const tuesday = screen.getByLabelText('Tuesday') as HTMLInputElement;
    expect(tuesday.value).toBe('09:00–17:30');
    fireEvent.input(tuesday, { target: { value: '8:00-12:00, 25:00-26:00' } });
    expect(tuesday.getAttribute('aria-invalid')).toBe('true');
    const errorId = tuesday.getAttribute('aria-describedby')?.split(' ')[0] as string;
    expect(document.getElementById(errorId)?.textContent).toBe('Tuesday: "25:00-26:00" is not a time range like 09:00–17:30.');
    expect((await storedValue('workingHours'))[2]).toEqual([{ start: 540, end: 1050 }]);
    fireEvent.input(tuesday, { target: { value: '13:00–18:00, 8:00-12:00' } });
    fireEvent.input(screen.getByLabelText('Saturday'), { target: { value: '22:00–02:00' } });
    await waitFor(async () => expect((await storedValue('workingHours'))[6]).toEqual([{ start: 1320, end: 120 }]));
    expect((await storedValue('workingHours'))[2]).toEqual([{ start: 480, end: 720 }, { start: 780, end: 1080 }]);
  });

  it('call sites start with the known list and save the user’s own', async () => {
    await renderOptions();
    expect(inputFor('callSites').value.split('\n')).toContain('meet.google.com');
    typeInto('callSites', 'meet.google.com\nCalls.Example.com');
    await waitFor(async () => expect(await storedValue('callSites')).toEqual(['meet.google.com', 'calls.example.com']));
  });

  it('follows settings changed elsewhere (an import, another window)', async () => {
    await renderOptions();
    await seedStorage({ settings: makeSettings({ breakAfterMin: 75, delivery: 'badge' }) });
    await waitFor(() => expect(inputFor('breakAfterMin').value).toBe('75'));
    expect((screen.getByLabelText('Badge only') as HTMLInputElement).checked).toBe(true);
  });

  it('a save that fails says so and leaves the stored settings as they were', async () => {
    await renderOptions();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    typeInto('breakAfterMin', '45');
    expect(await screen.findByText('Could not save your settings. Your last saved settings still apply.')).toBeTruthy();
    expect(await storedSettings()).toEqual(defaultSettings());
  });

  it('Restore defaults asks first, then restores every field', async () => {
    await renderOptions(
      makeSettings({ breakAfterMin: 90, typingGapSec: 12, renudgeMin: 'off', hydrationEnabled: false, delivery: 'badge', excludedSites: ['a.test'] }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults…' }));
    expect(await storedValue('breakAfterMin')).toBe(90);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    await waitFor(async () => expect(await storedSettings()).toEqual(defaultSettings()));
    expect(inputFor('breakAfterMin').value).toBe('30');
    expect(inputFor('typingGapSec').value).toBe('5');
    expect(inputFor('renudgeMin').value).toBe('5');
    expect((screen.getByLabelText(settingLabel('hydrationEnabled')) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Notification and badge') as HTMLInputElement).checked).toBe(true);
    expect(inputFor('excludedSites').value).toBe('');
  });
});

describe('options page: a confirmation', () => {
  const restoreButton = () => screen.getByRole('button', { name: 'Restore defaults…' });

  it('moves the focus to Cancel, which reads the question; Escape cancels and gives the focus back to the button', async () => {
    await renderOptions(makeSettings({ breakAfterMin: 90 }));
    restoreButton().focus();
    fireEvent.click(restoreButton());
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    expect(cancel.getAttribute('aria-describedby')).toBe(screen.getByText('Put every setting back to its default? Your history is kept.').id);
    fireEvent.keyDown(cancel, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(document.activeElement).toBe(restoreButton());
    expect(await storedValue('breakAfterMin')).toBe(90);
  });

  it('gives the focus back to the button after the answer', async () => {
    await renderOptions(makeSettings({ breakAfterMin: 90 }));
    fireEvent.click(restoreButton());
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    expect(document.activeElement).toBe(restoreButton());
    await waitFor(async () => expect(await storedValue('breakAfterMin')).toBe(30));
  });
});

describe('options page: layout and stored data', () => {
  it('puts every setting in exactly one group, each shown with its default and range', async () => {
    expect(SETTING_GROUPS.flatMap((group) => group.keys).sort()).toEqual([...SETTING_KEYS].sort());
    await renderOptions();
    for (const group of SETTING_GROUPS) expect(screen.getByRole('heading', { name: settingGroupTitle(group.id) })).toBeTruthy();
    expect(screen.getByText('Default 30 min · 5–180 min')).toBeTruthy();
    expect(screen.getByText('Default 5 s · 2–30 s')).toBeTruthy();
  });

  it.each([
    ['missing', undefined],
    ['partial', { breakAfterMin: 50 }],
    ['corrupt', '{"breakAfterMin": 4'],
    ['wrong-typed', { breakAfterMin: 'lots', typingGapSec: null, excludedSites: 7 }],
  ])('renders from %s stored settings, showing defaults', async (_name, stored) => {
    await renderOptions(stored);
    const expectedBreakAfter = typeof stored === 'object' && stored.breakAfterMin === 50 ? '50' : '30';
    expect(inputFor('breakAfterMin').value).toBe(expectedBreakAfter);
    expect(inputFor('typingGapSec').value).toBe('5');
    expect(inputFor('excludedSites').value).toBe('');
  });

  it('says so next to the delivery choice when notifications are blocked', async () => {
    fakeBrowser.notifications.getPermissionLevel = (() => Promise.resolve('denied')) as never;
    await renderOptions();
    expect(await screen.findByText(/Notifications are blocked for Handrest/)).toBeTruthy();
  });
});

describe('options page: the break plan', () => {
  const plan = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name} `) });
  const pressed = (name: string) => plan(name).getAttribute('aria-pressed');

  it('each plan is a button that says whether it is in force; pressing one fills and saves it, a change by hand makes it Custom', async () => {
    await renderOptions();
    expect(pressed('Recommended')).toBe('true');
    expect(pressed('Gentle')).toBe('false');
    fireEvent.click(plan('Recovering hands'));
    await waitFor(async () => expect(presetOf(await storedSettings())).toBe('recovering'));
    expect(pressed('Recovering hands')).toBe('true');
    expect(inputFor('breakAfterMin').value).toBe('20');
    expect(inputFor('microPauseAfterMin').value).toBe('10');
    typeInto('breakAfterMin', '25');
    await waitFor(() => expect(pressed('Custom')).toBe('true'));
    await waitFor(async () => expect((await storedSettings()).breakAfterMin).toBe(25));
  });

  it('moving through the plans with the keyboard chooses none: arrow keys change no setting', async () => {
    await renderOptions();
    for (const name of ['Gentle', 'Recommended', 'Recovering hands']) {
      plan(name).focus();
      for (const key of ['ArrowDown', 'ArrowRight', 'ArrowUp', 'Tab']) fireEvent.keyDown(plan(name), { key });
    }
    await advanceTimers(1000);
    expect(await storedSettings()).toEqual(defaultSettings());
    expect(pressed('Recommended')).toBe('true');
  });

  it('Custom is no choice before there are own numbers; once there are, a preset keeps them and Custom brings them back, after reopening too', async () => {
    await renderOptions();
    expect(screen.queryByRole('button', { name: /^Custom/ })).toBeNull();
    expect(screen.getByText('Custom')).toBeTruthy();
    typeInto('breakAfterMin', '25');
    typeInto('microPauseAfterMin', '12');
    await waitFor(async () => expect((await storedSettings()).microPauseAfterMin).toBe(12));
    fireEvent.click(plan('Gentle'));
    await waitFor(async () => expect(presetOf(await storedSettings())).toBe('gentle'));
    await waitFor(() => expect(pressed('Custom')).toBe('false'));

    cleanup();
    render(<App />);
    await screen.findByRole('heading', { name: 'Handrest settings' });
    expect(pressed('Gentle')).toBe('true');
    expect(plan('Custom').textContent).toBe('CustomYour own numbers, kept from before: choose this to bring them back.');
    fireEvent.click(plan('Custom'));
    await waitFor(async () => expect(await storedSettings()).toEqual({ ...defaultSettings(), breakAfterMin: 25, microPauseAfterMin: 12 }));
    expect(pressed('Custom')).toBe('true');
    expect(inputFor('breakAfterMin').value).toBe('25');
    expect(inputFor('microPauseAfterMin').value).toBe('12');
  });

  it('a break field in error leaves the plan in force as it is, until a valid change really makes it Custom', async () => {
    await renderOptions();
    typeInto('breakAfterMin', '');
    typeInto('breakLengthMin', '900');
    await advanceTimers(1000);
    expect(pressed('Recommended')).toBe('true');
    typeInto('breakAfterMin', '35');
    await waitFor(() => expect(pressed('Custom')).toBe('true'));
  });

  it('choosing a plan keeps what is typed in other fields', async () => {
    await renderOptions();
    typeInto('typingGapSec', '99');
    fireEvent.click(plan('Gentle'));
    await waitFor(async () => expect(presetOf(await storedSettings())).toBe('gentle'));
    expect(inputFor('typingGapSec').value).toBe('99');
    expect(inputFor('typingGapSec').getAttribute('aria-invalid')).toBe('true');
  });
});
