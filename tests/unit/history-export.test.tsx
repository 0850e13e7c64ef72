import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/history-page/App';
import { buildExport, csvField, EXPORT_VERSION, parseImport, toCsv } from '@/utils/days/history-export';
import { emptyDay, type DayTotals } from '@/utils/days/day-totals';
import { defaultSettings } from '@/utils/settings/settings';
import { readStoredState } from '@/utils/browser/storage';
import { initialStoredState, STORAGE_KEYS, storedValuesOf } from '@/utils/store/stored-state';
import { storedSettings, storedTracker } from '../support/background-harness';
import { HOUR, MINUTE } from '@/utils/helpers/time';
import { renderPage, installPageTestClock } from '../support/page-harness';
import { makeSettings, makeTrackerState, makeTypingState } from '../support/fixtures';
import { importProblemText } from '@/utils/words/import-problem-text';

const NOW = new Date(2026, 10, 25, 15, 0).getTime();
const day = (key: string, typingMinutes: number, extra: Partial<DayTotals> = {}): DayTotals => ({
  ...emptyDay(key),
  typingMs: typingMinutes * MINUTE,
  longestStreakMs: 25 * MINUTE,
  breaksNatural: 2,
  glasses: 4,
  ...extra,
});
const WEEK = [day('2026-11-19', 190), day('2026-11-20', 250), day('2026-11-21', 0), day('2026-11-24', 300, { nudgesIgnored: 2 })];
const TODAY = day('2026-11-25', 95, { breaksCompleted: 1 });
const SETTINGS = makeSettings({ breakAfterMin: 45, excludedSites: ['mail.example.com'] });

describe('CSV', () => {
  it('quotes fields as RFC 4180 asks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(42)).toBe('42');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('has a header row and one CRLF-terminated row per day', () => {
    const csv = toCsv([WEEK[0] as DayTotals, TODAY]);
    expect(csv.split('\r\n')).toEqual([
      'day,typingMs,longestStreakMs,breaksNatural,breaksCompleted,breaksEndedEarly,nudgesShown,nudgesSnoozed,nudgesIgnored,glasses,microPausesPrompted,microPausesTaken,microPausesNatural,microPausesSkipped,dailyLimitReached,nudgesHeld',
      `2026-11-19,${190 * MINUTE},${25 * MINUTE},2,0,0,0,0,0,4,0,0,0,0,0,0`,
      `2026-11-25,${95 * MINUTE},${25 * MINUTE},2,1,0,0,0,0,4,0,0,0,0,0,0`,
      '',
    ]);
  });
});

describe('JSON export and import', () => {
  it('a round trip restores exactly what was exported', () => {
    const exported = buildExport([...WEEK, TODAY], SETTINGS, NOW);
    expect(exported).toMatchObject({ format: 'handrest-export', version: EXPORT_VERSION, exportedAt: new Date(NOW).toISOString() });
    expect(parseImport(JSON.stringify(exported))).toEqual({ ok: true, days: [...WEEK, TODAY], settings: SETTINGS });
  });

  const valid = JSON.stringify(buildExport(WEEK, SETTINGS, NOW));
  it.each([
    ['not JSON', 'hello', 'This file is not valid JSON. Choose a file exported from Handrest.'],
    ['truncated', valid.slice(0, valid.length / 2), 'This file is not valid JSON. Choose a file exported from Handrest.'],
    ['another app', JSON.stringify({ days: [] }), 'This file is not a Handrest export.'],
    ['a newer version', valid.replace('"version":3', '"version":4'), 'This export has version 4; this Handrest reads versions 1 to 3.'],
    ['a damaged day', valid.replace('"typingMs":11400000', '"typingMs":-5'), 'The days in this export are incomplete or damaged.'],
    ['a bad day key', valid.replace('2026-11-19', '2026-13-19'), 'The days in this export are incomplete or damaged.'],
    ['a repeated day', JSON.stringify(buildExport([TODAY, TODAY], SETTINGS, NOW)), 'This export lists the same day twice.'],
    ['bad settings', valid.replace('"breakAfterMin":45', '"breakAfterMin":400'), 'The settings in this export are invalid: Break after must be from 5 to 180 minutes.'],
  ])('refuses %s with a message', (_name, text, message) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : importProblemText(result.problem)).toBe(message);
  });

  const fieldsSinceV3 = ['callSites', 'workingHoursEnabled', 'workingHours', 'nudgesHeld'];
  const fieldsSinceV2 = ['microPauseAfterMin', 'microPauseLengthSec', 'dailyLimitEnabled', 'dailyLimitHours', 'microPausesPrompted', 'microPausesTaken', 'microPausesNatural', 'microPausesSkipped', 'dailyLimitReached'];
  const olderExport = (version: number, dropped: string[]) =>
    JSON.stringify({ ...(JSON.parse(valid, (key, value: unknown) => (dropped.includes(key) ? undefined : value)) as object), version });

  it.each([
    ['1', olderExport(1, [...fieldsSinceV2, ...fieldsSinceV3])],
    ['2', olderExport(2, fieldsSinceV3)],
  ])('accepts an export of version %s, its days and settings brought forward', (_version, text) => {
    expect(parseImport(text)).toEqual({ ok: true, days: WEEK, settings: SETTINGS });
  });
});

describe('history page', () => {
  installPageTestClock(NOW);
  beforeEach(async () => {
    await renderPage(
      <App />,
      makeTrackerState({
        typing: makeTypingState({ lastActivityAt: NOW - HOUR, coveredUntil: NOW - HOUR, activeMs: 5 * HOUR }),
        history: { today: TODAY, past: WEEK },
        recentTips: ['micro-pause'],
      }),
      SETTINGS,
    );
    await screen.findByRole('heading', { name: 'Last 7 days' });
  });

  it('shows the week as a chart and a table with today last in the chart and first in the table', () => {
    expect(screen.getByRole('img', { name: /Typing time per day over the last 7 days/ })).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    expect(rows[0]?.textContent).toContain('1 hr, 35 min');
    expect(screen.getByText('13 hr, 55 min', { selector: '.summary dd' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '30 days' }));
    expect(screen.getAllByRole('row').slice(1)).toHaveLength(30);
  });

  it('exports JSON with everything, downloaded through a link', async () => {
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:handrest-export';
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(clicked).toEqual([{ href: 'blob:handrest-export', download: 'handrest-2026-11-25.json' }]);
    expect(parseImport(await (blobs[0] as Blob).text())).toEqual({ ok: true, days: [...WEEK, TODAY], settings: SETTINGS });
  });

  it('a bad import file gets a message and changes nothing', async () => {
    const before = await storedTracker();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File(['{"format":"handrest-export","version":7}'], 'old.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText('This export has version 7; this Handrest reads versions 1 to 3.')).toBeTruthy();
    expect(await storedTracker()).toEqual(before);
    expect(await storedSettings()).toEqual(SETTINGS);
  });

  it('a good import file replaces the days and the settings', async () => {
    const imported = [day('2026-11-10', 60), day('2026-11-25', 30)];
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File([JSON.stringify(buildExport(imported, defaultSettings(), NOW))], 'export.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText('Imported 2 days and your settings.')).toBeTruthy();
    await waitFor(async () => expect((await storedTracker()).history).toEqual({ today: imported[1], past: [imported[0]] }));
    expect(await storedSettings()).toEqual(defaultSettings());
  });

  it('an import whose write fails says so and changes nothing', async () => {
    const before = await fakeBrowser.storage.local.get(null);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File([JSON.stringify(buildExport([day('2026-11-10', 60)], defaultSettings(), NOW))], 'export.json');
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText('Could not import this file: nothing was changed. Please try again.')).toBeTruthy();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('Delete all data asks first, then leaves nothing but defaults, item by item', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await storedTracker()).history.today).toEqual(TODAY);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    expect(await screen.findByText('All data deleted. Settings are back to their defaults.')).toBeTruthy();
    await waitFor(async () => expect(await readStoredState()).toEqual(initialStoredState()));
    const stored = await fakeBrowser.storage.local.get([...STORAGE_KEYS]);
    const defaults = storedValuesOf(initialStoredState());
    for (const key of STORAGE_KEYS.filter((present) => stored[present] !== undefined)) expect(stored[key], key).toEqual(defaults[key]);
    await waitFor(() => expect(screen.getAllByText('0 sec', { selector: '.summary dd' })).toHaveLength(2));
  });
});
