import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/history-page/App';
import { buildExport, csvField, EXPORT_VERSION, toCsv } from '@/utils/days/history-export';
import { csvWords } from '@/utils/words/day-column-text';
import { DAY_COLUMNS } from '@/utils/days/day-columns';
import { parseImport } from '@/utils/days/history-import';
import { defaultSettings } from '@/utils/settings/settings';
import { readStoredState } from '@/utils/browser/storage';
import { STORAGE_KEYS, storedValuesOf } from '@/utils/store/stored-state';
import { seedStorage, storedSettings, storedTracker } from '../support/background-harness';
import { dayKeyBefore, HOUR, MINUTE } from '@/utils/helpers/time';
import { HISTORY_DAYS } from '@/utils/days/history';
import { renderPage, installPageTestClock } from '../support/page-harness';
import { speak } from '../support/locale-messages';
import { dayWith, exportText, makePolicy, makeSettings, makeTrackerState, makeTypingState, longestHosts, stateAfterDeleteAll } from '../support/fixtures';

const NOW = new Date(2026, 10, 25, 15, 0).getTime();
const WEEK = [dayWith('2026-11-19', 190), dayWith('2026-11-20', 250), dayWith('2026-11-21', 0), dayWith('2026-11-24', 300, { nudgesIgnored: 2 })];
const TODAY = dayWith('2026-11-25', 95, { breaksCompleted: 1 });
const SETTINGS = makeSettings({ breakAfterMin: 45, excludedSites: ['mail.example.com'] });

describe('CSV', () => {
  it('quotes fields as RFC 4180 asks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(42)).toBe('42');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('is spreadsheet-ready: a BOM, the page\u2019s headings in its order, times in whole minutes, CRLF rows', () => {
    const csv = toCsv([dayWith('2026-11-19', 190, { longestStreakMs: 25 * MINUTE + 40_000, dailyLimitReached: 1 }), TODAY], csvWords());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Day,Typing (min),Longest streak (min),Breaks,Water,Your own rests,Breaks from Handrest,Ended early,Breaks typed through,Nudges,Snoozed,Ignored,Held in quiet time,Micro-pauses asked,Taken when asked,Taken unasked,Typed through,Daily limit',
      '2026-11-19,190,26,2,4,2,0,0,0,0,0,0,0,0,0,0,0,Reached',
      '2026-11-25,95,25,3,4,2,1,0,0,0,0,0,0,0,0,0,0,',
      '',
    ]);
  });

  it('quotes a heading that holds a comma, and heads Arabic and Japanese columns in their own script', async () => {
    const words = { day: 'Day', heading: () => 'Breaks, taken', reached: 'Reached' };
    expect(toCsv([], words).split('\r\n')[0]).toBe(`\uFEFFDay,${Array(DAY_COLUMNS.length).fill('"Breaks, taken"').join(',')}`);
    await speak('ar');
    expect(toCsv([], csvWords()).split(',').slice(0, 2)).toEqual(['\uFEFFاليوم', 'الكتابة (بالدقائق)']);
    await speak('ja');
    expect(toCsv([], csvWords()).split(',').slice(0, 2)).toEqual(['\uFEFF日付', 'タイピング（分）']);
  });
});

describe('JSON export', () => {
  it('a round trip restores exactly what was exported', () => {
    const exported = buildExport([...WEEK, TODAY], SETTINGS, NOW);
    expect(exported).toMatchObject({ format: 'handrest-export', version: EXPORT_VERSION, exportedAt: new Date(NOW).toISOString() });
    expect(parseImport(JSON.stringify(exported))).toEqual({ ok: true, file: { exportedAt: NOW, days: [...WEEK, TODAY], settings: SETTINGS } });
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
  });

  it('shows nothing before the first day counted, and averages over the days with data', () => {
    // Five days with data (the 19th to the 21st, the 24th and today) hold 835 minutes of typing: 167 a day.
    expect(screen.getByText('Daily average').nextSibling?.textContent).toBe('2 hr, 47 minacross 5 days counted');
    fireEvent.click(screen.getByRole('button', { name: '30 days' }));
    expect(screen.getAllByRole('row').slice(1)).toHaveLength(7);
    expect(screen.getByText('Handrest began counting on Nov 19, 2026, so no earlier days are shown.')).toBeTruthy();
    expect(screen.getByRole('img', { name: /over the last 30 days/ }).querySelectorAll('.chart-bar')).toHaveLength(7);
  });

  it('shows a few plain columns, the rest on demand, each heading explained', () => {
    const headings = () => screen.getAllByRole('columnheader').map((heading) => heading.textContent);
    expect(headings()).toEqual(['Day', 'Typing', 'Longest streak', 'Breaks', 'Water']);
    const details = screen.getByRole('button', { name: 'More details' });
    expect(details.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(details);
    expect(details.getAttribute('aria-pressed')).toBe('true');
    expect(headings()).toHaveLength(DAY_COLUMNS.length + 1);
    expect(headings()).toContain('Held in quiet time');
    for (const heading of screen.getAllByRole('columnheader').slice(1)) {
      const help = document.getElementById(heading.getAttribute('aria-describedby') ?? '');
      expect(help?.textContent, String(heading.textContent)).toMatch(/\w{4}.*\.$/);
    }
    expect(document.getElementById(screen.getByRole('columnheader', { name: 'Taken unasked' }).getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Micro-pauses you took by yourself, before Handrest asked.',
    );
    const [todayRow] = screen.getAllByRole('row').slice(1);
    expect(Array.from(todayRow?.children ?? [], (cell) => cell.textContent)).toEqual(['Wed, Nov 25', '1 hr, 35 min', '25 min', '3', '4', '2', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '—']);
    fireEvent.click(details);
    expect(headings()).toHaveLength(5);
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
    expect(parseImport(await (blobs[0] as Blob).text())).toEqual({ ok: true, file: { exportedAt: NOW, days: [...WEEK, TODAY], settings: SETTINGS } });
  });

  /** Chooses a file in the history page's file chooser. */
  const chooseFile = (text: string) => {
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([text], 'export.json', { type: 'application/json' })] } });
  };
  const preview = () => screen.findByRole('region', { name: 'Import this file?' });

  it('a bad import file gets a message and changes nothing', async () => {
    const before = await fakeBrowser.storage.local.get(null);
    chooseFile('{"format":"handrest-export","version":7}');
    expect(await screen.findByText('This export has version 7; this Handrest reads versions 1 to 5.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Import this file?' })).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('a good file is shown first, beside the days here, and nothing changes until a choice', async () => {
    const before = await fakeBrowser.storage.local.get(null);
    chooseFile(exportText([dayWith('2026-11-10', 60), dayWith('2026-11-24', 30), dayWith('2026-11-25', 30)], defaultSettings(), NOW - HOUR));
    const shown = within(await preview());
    expect(document.activeElement?.textContent).toBe('Import this file?');
    const cells = (row: string) => shown.getByRole('row', { name: new RegExp(`^${row}`) }).textContent;
    expect(cells('Days')).toBe('Days35');
    expect(cells('First day')).toBe('First dayNov 10, 2026Nov 19, 2026');
    expect(shown.getByText('Days in both').nextSibling?.textContent).toBe('2');
    expect(shown.getByText('Settings that differ from yours').nextSibling?.textContent).toBe('Break after, Excluded sites');
    expect((shown.getByRole('checkbox', { name: 'Use the file’s settings' }) as HTMLInputElement).checked).toBe(false);
    expect(shown.getByRole('button', { name: 'Merge' }).getAttribute('aria-describedby')).toBe('import-merge-hint');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('Merge keeps today’s totals and the days here, adds the file’s, keeps the settings, and says so', async () => {
    const imported = [dayWith('2026-11-10', 60), dayWith('2026-11-25', 30, { glasses: 9 })];
    chooseFile(exportText(imported, defaultSettings(), NOW - HOUR));
    fireEvent.click(within(await preview()).getByRole('button', { name: 'Merge' }));
    expect(
      await screen.findByText('Merged the file with your history: Days from the file: 2, Your days kept as they were: 4, Days in both, larger figures kept: 1, Days left out: 0.'),
    ).toBeTruthy();
    expect(screen.getByText('Your settings were kept.')).toBeTruthy();
    await waitFor(async () => expect((await storedTracker()).history).toEqual({ today: { ...TODAY, glasses: 9 }, past: [imported[0], ...WEEK] }));
    expect(await storedSettings()).toEqual(SETTINGS);
    expect(document.activeElement).toBe(document.querySelector('input[type=file]'));
  });

  it('Replace with the file’s settings puts the file’s days and settings in place of these', async () => {
    const imported = [dayWith('2026-11-10', 60), dayWith('2026-11-25', 30)];
    chooseFile(exportText(imported, defaultSettings(), NOW - HOUR));
    const shown = within(await preview());
    fireEvent.click(shown.getByRole('checkbox', { name: 'Use the file’s settings' }));
    fireEvent.click(shown.getByRole('button', { name: 'Replace' }));
    expect(await screen.findByText('Your settings are now the file’s.')).toBeTruthy();
    await waitFor(async () => expect((await storedTracker()).history).toEqual({ today: imported[1], past: [imported[0]] }));
    expect(await storedSettings()).toEqual(defaultSettings());
  });

  it('a setting the organisation locked is not listed as changing, and Replace with the file’s settings keeps it', async () => {
    await seedStorage({ policy: makePolicy({ breakAfterMin: 45 }) });
    chooseFile(exportText([dayWith('2026-11-10', 60)], defaultSettings(), NOW - HOUR));
    const shown = within(await preview());
    await waitFor(() => expect(shown.getByText('Settings that differ from yours').nextSibling?.textContent).toBe('Excluded sites'));
    fireEvent.click(shown.getByRole('checkbox', { name: 'Use the file’s settings' }));
    fireEvent.click(shown.getByRole('button', { name: 'Replace' }));
    expect(await screen.findByText('Your settings are now the file’s.')).toBeTruthy();
    await waitFor(async () => expect(await storedSettings()).toEqual({ ...defaultSettings(), breakAfterMin: 45 }));
  });

  it('Cancel changes nothing, and the same file can be chosen again', async () => {
    const before = await fakeBrowser.storage.local.get(null);
    const text = exportText([dayWith('2026-11-10', 60)], defaultSettings(), NOW - HOUR);
    chooseFile(text);
    fireEvent.click(within(await preview()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Import this file?' })).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    chooseFile(text);
    expect(await preview()).toBeTruthy();
  });

  it('an import over the storage budget is refused before anything is sent', async () => {
    const before = await fakeBrowser.storage.local.get(null);
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const sites = longestHosts(200);
    const window = Array.from({ length: HISTORY_DAYS }, (_, index) => dayWith(dayKeyBefore('2026-11-25', index), 60));
    chooseFile(exportText(window, makeSettings({ excludedSites: sites, callSites: sites }), NOW - HOUR));
    const shown = within(await preview());
    fireEvent.click(shown.getByRole('checkbox', { name: 'Use the file’s settings' }));
    fireEvent.click(shown.getByRole('button', { name: 'Merge' }));
    expect(await screen.findByText(/^This import would take 1\d\d kB of storage, more than the 128 kB Handrest allows itself\. Nothing was changed\.$/)).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('an import whose write fails says so and changes nothing', async () => {
    const before = await fakeBrowser.storage.local.get(null);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    chooseFile(exportText([dayWith('2026-11-10', 60)], defaultSettings(), NOW - HOUR));
    fireEvent.click(within(await preview()).getByRole('button', { name: 'Replace' }));
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
    await waitFor(async () => expect(await readStoredState()).toEqual(stateAfterDeleteAll()));
    const stored = await fakeBrowser.storage.local.get([...STORAGE_KEYS]);
    const defaults = storedValuesOf(stateAfterDeleteAll());
    for (const key of STORAGE_KEYS.filter((present) => stored[present] !== undefined)) expect(stored[key], key).toEqual(defaults[key]);
    await waitFor(() => expect(screen.getAllByText('0 sec', { selector: '.summary dd' })).toHaveLength(1));
    expect(screen.getByText('Daily average').nextSibling?.textContent).toBe('—');
  });

  it('says one outcome at a time: All data deleted replaces what an import said', async () => {
    chooseFile(exportText([dayWith('2026-11-10', 60)], defaultSettings(), NOW - HOUR));
    fireEvent.click(within(await preview()).getByRole('button', { name: 'Merge' }));
    await screen.findByText('Your settings were kept.');
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    await screen.findByText('All data deleted. Settings are back to their defaults.');
    expect(screen.queryByText('Your settings were kept.')).toBeNull();
    expect(screen.getAllByRole('status').map((status) => status.textContent).filter((text) => text !== '')).toEqual(['All data deleted. Settings are back to their defaults.']);
  });
});
