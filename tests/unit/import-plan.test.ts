// What an import does, previewed and then done: Merge keeps every day here (today's live totals
// too) and takes the larger of each figure for a day in both; Replace puts the file's days in
// place of these; days outside the kept window are left out and counted, in the preview and in
// what the page says after; the storage budget holds; a day that reached the daily limit counts it once.
import { describe, expect, it } from 'vitest';
import { importDays, importedBytes, previewImport, type ImportMode } from '@/utils/days/import-plan';
import { parseImport, type ImportedFile } from '@/utils/days/history-import';
import { allDays, HISTORY_DAYS, type History } from '@/utils/days/history';
import { emptyDay } from '@/utils/days/day-totals';
import { STORAGE_BUDGET_BYTES } from '@/utils/helpers/storage-budget';
import { dayKeyBefore, HOUR, localDayKey, MINUTE } from '@/utils/helpers/time';
import { applyInput } from '@/utils/tracker/tracker';
import { importOutcomeText, previewFigures, spanRows } from '@/utils/words/import-text';
import { dayWith, exportText, makeSettings, makeTrackerState, longestHosts } from '../support/fixtures';

const NOW = new Date(2026, 10, 25, 15, 0).getTime();
const TODAY_KEY = localDayKey(NOW);
const before = (days: number) => dayKeyBefore(TODAY_KEY, days);
const SETTINGS = makeSettings();

/** Here: three earlier days and today's live totals (95 minutes so far). */
const HERE: History = {
  today: dayWith(TODAY_KEY, 95, { breaksCompleted: 1 }),
  past: [dayWith(before(9), 200), dayWith(before(5), 120, { glasses: 7 }), dayWith(before(2), 60)],
};

/** The file as the page has it once read. */
function fileOf(days: ReturnType<typeof dayWith>[], settings = SETTINGS): ImportedFile {
  const result = parseImport(exportText(days, settings, NOW - 3 * HOUR));
  if (!result.ok) throw new Error(`the file was refused: ${result.problem.kind}`);
  return result.file;
}

const dayIn = (history: History, day: string) => allDays(history).find((totals) => totals.day === day);
const imported = (file: ImportedFile, mode: ImportMode, history = HERE) => importDays(history, file.days, mode, NOW);

describe('Merge', () => {
  // Exported this morning elsewhere: today at 40 minutes; one day in both; two days new here.
  const file = fileOf([dayWith(before(20), 30), dayWith(before(5), 150, { glasses: 3, nudgesShown: 2 }), dayWith(before(1), 45), dayWith(TODAY_KEY, 40)]);

  it('keeps every day here, today’s live totals included, and adds the file’s', () => {
    const { history } = imported(file, 'merge');
    expect(history.today).toEqual(HERE.today);
    expect(allDays(history).map((totals) => totals.day)).toEqual([before(20), before(9), before(5), before(2), before(1), TODAY_KEY]);
    expect(dayIn(history, before(9))).toEqual(HERE.past[0]);
    expect(dayIn(history, before(1))).toEqual(file.days[2]);
  });

  it('a day in both keeps the larger of each figure, so importing the same file twice changes nothing more', () => {
    const once = imported(file, 'merge').history;
    expect(dayIn(once, before(5))).toEqual({ ...dayWith(before(5), 150, { glasses: 7, nudgesShown: 2 }) });
    expect(importDays(once, file.days, 'merge', NOW).history).toEqual(once);
  });

  it('says exactly what it did, in the preview and after', () => {
    const { outcome } = imported(file, 'merge');
    expect(outcome).toEqual({ mode: 'merge', taken: 4, inBoth: 2, keptHere: 2, leftOut: 0 });
    expect(importOutcomeText(outcome, false)).toEqual([
      'Merged the file with your history: Days from the file: 4, Your days kept as they were: 2, Days in both, larger figures kept: 2, Days left out: 0.',
      'Your settings were kept.',
    ]);
  });
});

describe('Replace', () => {
  it('puts the file’s days in place of these, today’s included', () => {
    const file = fileOf([dayWith(before(3), 80), dayWith(TODAY_KEY, 40)]);
    const { history, outcome } = imported(file, 'replace');
    expect(history).toEqual({ today: file.days[1], past: [file.days[0]] });
    expect(outcome).toEqual({ mode: 'replace', taken: 2, inBoth: 1, keptHere: 0, leftOut: 0 });
    expect(importOutcomeText(outcome, true)).toEqual(['Replaced your history with the file’s: Days from the file: 2, Days left out: 0.', 'Your settings are now the file’s.']);
  });

  it('a file without today leaves today empty', () => {
    const { history } = imported(fileOf([dayWith(before(3), 80)]), 'replace');
    expect(history.today).toEqual(emptyDay(TODAY_KEY));
  });
});

describe('days outside the kept window', () => {
  // 120 days ending yesterday and two dated after today: 89 fit the window, 31 are older.
  const file = fileOf([...Array.from({ length: 120 }, (_, index) => dayWith(before(120 - index), 10)), dayWith(dayKeyBefore(TODAY_KEY, -1), 5), dayWith(dayKeyBefore(TODAY_KEY, -30), 5)]);

  it.each<ImportMode>(['merge', 'replace'])('are left out by %s, and counted, alike in the preview and in what was done', (mode) => {
    const preview = previewImport(HERE, SETTINGS, [], file, NOW);
    expect(preview).toMatchObject({ file: { count: 122, from: before(120), to: dayKeyBefore(TODAY_KEY, -30) }, tooOld: 31, ahead: 2, inBoth: 3 });
    const { history, outcome } = imported(file, mode);
    expect(outcome.taken).toBe(HISTORY_DAYS - 1);
    expect(outcome.leftOut).toBe(preview.tooOld + preview.ahead);
    expect(allDays(history).every((totals) => totals.day >= before(HISTORY_DAYS - 1) && totals.day <= TODAY_KEY)).toBe(true);
  });
});

describe('the preview', () => {
  it('shows the file’s days beside these and the settings that differ, compared by value', () => {
    const theirs = makeSettings({ breakAfterMin: 45, workingHours: SETTINGS.workingHours.map((day) => day.map(({ start, end }) => ({ end, start }))) });
    const preview = previewImport(HERE, SETTINGS, [], fileOf([dayWith(before(5), 10), dayWith(before(1), 10)], theirs), NOW);
    expect(preview).toEqual({
      file: { count: 2, from: before(5), to: before(1) },
      exportedAt: NOW - 3 * HOUR,
      here: { count: 4, from: before(9), to: TODAY_KEY },
      inBoth: 1,
      tooOld: 0,
      ahead: 0,
      settingsDiffer: ['breakAfterMin'],
    });
    expect(spanRows(preview.file, preview.here)).toEqual([
      { label: 'Days', file: '2', here: '4' },
      { label: 'First day', file: 'Nov 20, 2026', here: 'Nov 16, 2026' },
      { label: 'Last day', file: 'Nov 24, 2026', here: 'Nov 25, 2026' },
    ]);
    expect(previewFigures(preview).at(-1)).toEqual({ label: 'Settings that differ from yours', value: 'Break after' });
  });

  it('leaves out the settings the organisation locked: an import keeps them', () => {
    const theirs = makeSettings({ breakAfterMin: 45, typingGapSec: 9 });
    expect(previewImport(HERE, SETTINGS, ['breakAfterMin'], fileOf([], theirs), NOW).settingsDiffer).toEqual(['typingGapSec']);
    expect(previewImport(HERE, SETTINGS, ['breakAfterMin', 'typingGapSec'], fileOf([], theirs), NOW).settingsDiffer).toEqual([]);
  });

  it('an empty history here and a file without days show as none', () => {
    const preview = previewImport({ today: emptyDay(''), past: [] }, SETTINGS, [], fileOf([]), NOW);
    expect(spanRows(preview.file, preview.here).slice(1)).toEqual([
      { label: 'First day', file: '—', here: '—' },
      { label: 'Last day', file: '—', here: '—' },
    ]);
    expect(previewFigures(preview).at(-1)?.value).toBe('None');
  });
});

describe('the storage budget', () => {
  it('a real profile’s import takes a small part of it', () => {
    const file = fileOf(Array.from({ length: HISTORY_DAYS }, (_, index) => dayWith(before(index), 200, { nudgesShown: 9, microPausesNatural: 30 })));
    expect(importedBytes(imported(file, 'replace').history, SETTINGS)).toBeLessThan(STORAGE_BUDGET_BYTES / 3);
  });

  it('a file every field of which passes can still be over it: both site lists full of the longest names', () => {
    const sites = longestHosts(200);
    const settings = makeSettings({ excludedSites: sites, callSites: sites });
    const file = fileOf(Array.from({ length: HISTORY_DAYS }, (_, index) => dayWith(before(index), 200)), settings);
    expect(importedBytes(imported(file, 'replace').history, file.settings)).toBeGreaterThan(STORAGE_BUDGET_BYTES);
  });
});

describe('an imported day that reached the daily limit', () => {
  it('counts it once, however often the limit is reached again that day', () => {
    const settings = makeSettings({ dailyLimitEnabled: true, dailyLimitHours: 3, microPauseAfterMin: 'off' });
    const reached = dayWith(TODAY_KEY, 4 * 60, { dailyLimitReached: 1 });
    const state = makeTrackerState({ history: { today: dayWith(TODAY_KEY, 10), past: [] } });
    const afterImport = applyInput(state, { type: 'import', mode: 'merge', days: [reached], settings: null }, settings, NOW).state;
    const later = applyInput(afterImport, { type: 'tick' }, settings, NOW + MINUTE).state;
    expect(later.history.today.dailyLimitReached).toBe(1);
    expect(later.history.today.typingMs).toBe(4 * HOUR);
  });
});
