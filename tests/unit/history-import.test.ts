// Reading an import: a file is held to what an export can hold (its size, its fields and no
// others, real dates each once, figures a day can hold, valid settings), and each kind of bad
// file is refused with a message that says what is wrong, before anything changes.
import { describe, expect, it } from 'vitest';
import { EXPORT_VERSION } from '@/utils/days/history-export';
import { MAX_IMPORT_CHARS, MAX_IMPORT_DAYS, parseImport, type ImportProblem } from '@/utils/days/history-import';
import { MAX_DAY_TYPING_MS } from '@/utils/days/day-bounds';
import type { DayTotals } from '@/utils/days/day-totals';
import { dayKeyBefore, HOUR } from '@/utils/helpers/time';
import { importProblemText } from '@/utils/words/import-problem-text';
import { dayWith, exportText, makeSettings } from '../support/fixtures';

const NOW = new Date(2026, 10, 25, 15, 0).getTime();
const WEEK = [dayWith('2026-11-19', 190), dayWith('2026-11-20', 250), dayWith('2026-11-21', 0), dayWith('2026-11-24', 300, { nudgesIgnored: 2 })];
const TODAY = dayWith('2026-11-25', 95, { breaksCompleted: 1, dailyLimitReached: 1 });
const SETTINGS = makeSettings({ breakAfterMin: 45, excludedSites: ['mail.example.com'] });
const VALID = exportText(WEEK, SETTINGS, NOW);

/** An export whose first day has `changes`. */
const withFirstDay = (changes: Record<string, unknown>) => exportText([{ ...WEEK[0], ...changes } as DayTotals, ...WEEK.slice(1)], SETTINGS, NOW);

function problemOf(text: string): ImportProblem {
  const result = parseImport(text);
  if (result.ok) throw new Error('the file was accepted');
  return result.problem;
}

describe('a file an export could be', () => {
  it('is read back exactly: its time, its days in day order, its settings', () => {
    const result = parseImport(exportText([TODAY, ...WEEK], SETTINGS, NOW));
    expect(result).toEqual({ ok: true, file: { exportedAt: NOW, days: [...WEEK, TODAY], settings: SETTINGS } });
  });

  const fieldsSinceV5 = ['dailyLimitAllDevices'];
  const fieldsSinceV4 = ['breaksTypedThrough', ...fieldsSinceV5];
  const fieldsSinceV3 = ['callSites', 'workingHoursEnabled', 'workingHours', 'muteTabsDuringBreaks', 'nudgesHeld'];
  const fieldsSinceV2 = ['microPauseAfterMin', 'microPauseLengthSec', 'dailyLimitEnabled', 'dailyLimitHours', 'microPausesPrompted', 'microPausesTaken', 'microPausesNatural', 'microPausesSkipped', 'dailyLimitReached'];
  const olderExport = (version: number, dropped: string[]) =>
    JSON.stringify({ ...(JSON.parse(VALID, (key, value: unknown) => (dropped.includes(key) ? undefined : value)) as object), version });

  it.each([
    ['1', olderExport(1, [...fieldsSinceV2, ...fieldsSinceV3, ...fieldsSinceV4])],
    ['2', olderExport(2, [...fieldsSinceV3, ...fieldsSinceV4])],
    ['3', olderExport(3, fieldsSinceV4)],
    ['4', olderExport(4, fieldsSinceV5)],
  ])('of version %s has its days and settings brought forward', (_version, text) => {
    expect(parseImport(text)).toEqual({ ok: true, file: { exportedAt: NOW, days: WEEK, settings: SETTINGS } });
  });

  it(`holds up to ${MAX_IMPORT_DAYS} days, every day a history keeps and today`, () => {
    const days = Array.from({ length: MAX_IMPORT_DAYS }, (_, index) => dayWith(dayKeyBefore('2026-11-25', index), 30));
    expect(parseImport(exportText(days, SETTINGS, NOW)).ok).toBe(true);
  });

  it('may have the leap day of a leap year, and never of another', () => {
    expect(parseImport(withFirstDay({ day: '2024-02-29' })).ok).toBe(true);
    expect(parseImport(withFirstDay({ day: '2000-02-29' })).ok).toBe(true);
    expect(problemOf(withFirstDay({ day: '2100-02-29' }))).toMatchObject({ kind: 'bad-day', field: 'day' });
    expect(problemOf(withFirstDay({ day: '2026-04-31' }))).toMatchObject({ kind: 'bad-day', field: 'day' });
  });

  it('may have a day of 25 hours, the day the clocks go back', () => {
    expect(parseImport(withFirstDay({ typingMs: MAX_DAY_TYPING_MS })).ok).toBe(true);
  });
});

describe('a file no export could be is refused, saying why', () => {
  it.each<[string, string, ImportProblem, string]>([
    ['not JSON', 'hello', { kind: 'not-json' }, 'This file is not valid JSON. Choose a file exported from Handrest.'],
    ['truncated', VALID.slice(0, VALID.length / 2), { kind: 'not-json' }, 'This file is not valid JSON. Choose a file exported from Handrest.'],
    ['another app’s', JSON.stringify({ days: [] }), { kind: 'not-handrest' }, 'This file is not a Handrest export.'],
    ['a list', '[1, 2]', { kind: 'not-handrest' }, 'This file is not a Handrest export.'],
    ['a newer version', VALID.replace(`"version": ${EXPORT_VERSION}`, '"version": 6'), { kind: 'version', version: '6' }, 'This export has version 6; this Handrest reads versions 1 to 5.'],
    ['a version that is no version', VALID.replace(`"version": ${EXPORT_VERSION}`, '"version": 2.5'), { kind: 'version', version: '2.5' }, 'This export has version 2.5; this Handrest reads versions 1 to 5.'],
    ['a field of its own', exportText(WEEK, SETTINGS, NOW, { notes: 'x'.repeat(1000) }), { kind: 'unknown-field', field: 'notes' }, 'This export holds “notes”, which no Handrest export has.'],
    ['__proto__ at the top', VALID.replace('{', '{"__proto__": {"polluted": true},'), { kind: 'unknown-field', field: '__proto__' }, 'This export holds “__proto__”, which no Handrest export has.'],
    ['constructor in a day', withFirstDay({ constructor: 1 }), { kind: 'unknown-field', field: 'constructor' }, 'This export holds “constructor”, which no Handrest export has.'],
    ['a setting no Handrest has', exportText(WEEK, { ...SETTINGS, theme: 'dark' } as never, NOW), { kind: 'unknown-field', field: 'theme' }, 'This export holds “theme”, which no Handrest export has.'],
    ['no export time', exportText(WEEK, SETTINGS, NOW, { exportedAt: 'yesterday' }), { kind: 'damaged', field: 'exportedAt' }, 'This export’s “exportedAt” is missing or damaged.'],
    ['days that are no list', exportText(WEEK, SETTINGS, NOW, { days: { '2026-11-19': 1 } }), { kind: 'damaged', field: 'days' }, 'This export’s “days” is missing or damaged.'],
    ['no settings', exportText(WEEK, SETTINGS, NOW, { settings: null }), { kind: 'damaged', field: 'settings' }, 'This export’s “settings” is missing or damaged.'],
    ['a date that does not exist', withFirstDay({ day: '2026-02-30' }), { kind: 'bad-day', day: '2026-02-30', field: 'day' }, 'This export holds a value no Handrest export can: “day” on 2026-02-30.'],
    ['a month that does not exist', withFirstDay({ day: '2026-13-19' }), { kind: 'bad-day', day: '2026-13-19', field: 'day' }, 'This export holds a value no Handrest export can: “day” on 2026-13-19.'],
    ['30 hours of typing in a day', withFirstDay({ typingMs: 30 * HOUR }), { kind: 'bad-day', day: '2026-11-19', field: 'typingMs' }, 'This export holds a value no Handrest export can: “typingMs” on Nov 19, 2026.'],
    ['2.5 glasses', withFirstDay({ glasses: 2.5 }), { kind: 'bad-day', day: '2026-11-19', field: 'glasses' }, 'This export holds a value no Handrest export can: “glasses” on Nov 19, 2026.'],
    ['the daily limit reached 7 times', withFirstDay({ dailyLimitReached: 7 }), { kind: 'bad-day', day: '2026-11-19', field: 'dailyLimitReached' }, 'This export holds a value no Handrest export can: “dailyLimitReached” on Nov 19, 2026.'],
    ['a negative figure', withFirstDay({ breaksNatural: -1 }), { kind: 'bad-day', day: '2026-11-19', field: 'breaksNatural' }, 'This export holds a value no Handrest export can: “breaksNatural” on Nov 19, 2026.'],
    ['a figure as text', withFirstDay({ nudgesShown: '3' }), { kind: 'bad-day', day: '2026-11-19', field: 'nudgesShown' }, 'This export holds a value no Handrest export can: “nudgesShown” on Nov 19, 2026.'],
    ['a day that is no record', exportText([...WEEK, 7 as never], SETTINGS, NOW), { kind: 'bad-day', day: '#5', field: 'day' }, 'This export holds a value no Handrest export can: “day” on #5.'],
    ['the same day twice', exportText([TODAY, TODAY], SETTINGS, NOW), { kind: 'repeated-day', day: '2026-11-25' }, 'This export lists Nov 25, 2026 twice.'],
    ['bad settings', exportText(WEEK, { ...SETTINGS, breakAfterMin: 400 }, NOW), { kind: 'settings', key: 'breakAfterMin', error: { kind: 'range', field: expect.anything() as never } }, 'The settings in this export are invalid: A break can come after 5 to 180 minutes of typing: type a whole number in that range.'],
  ])('%s', (_name, text, problem, message) => {
    expect(problemOf(text)).toEqual(problem);
    expect(importProblemText(problemOf(text))).toBe(message);
  });

  it(`more than ${MAX_IMPORT_DAYS} days`, () => {
    const days = Array.from({ length: MAX_IMPORT_DAYS + 1 }, (_, index) => dayWith(dayKeyBefore('2026-11-25', index), 30));
    expect(problemOf(exportText(days, SETTINGS, NOW))).toEqual({ kind: 'too-many-days', most: MAX_IMPORT_DAYS });
  });

  it('a file larger than any export, valid or not, without reading it', () => {
    const padded = `${VALID}${' '.repeat(MAX_IMPORT_CHARS)}`;
    expect(problemOf(padded)).toEqual({ kind: 'too-large', most: MAX_IMPORT_CHARS });
    expect(importProblemText(problemOf(padded))).toBe('This file is larger than 1,024 kB: no Handrest export is that large.');
    expect(problemOf(exportText(WEEK, SETTINGS, NOW, { padding: 'x'.repeat(10 * 1024 * 1024) }))).toEqual({ kind: 'too-large', most: MAX_IMPORT_CHARS });
  });

  it('a field name or day text of any length is quoted short', () => {
    const message = importProblemText(problemOf(withFirstDay({ day: '9'.repeat(100_000) })));
    expect(message.length).toBeLessThan(160);
    expect(importProblemText(problemOf(exportText(WEEK, SETTINGS, NOW, { ['k'.repeat(100_000)]: 1 }))).length).toBeLessThan(160);
  });

  it.each([
    ['a day', '"day": "2026-11-19"'],
    ['the settings', '"breakAfterMin": 45'],
  ])('__proto__ in %s is refused as a field no export has, and reaches no object’s prototype', (_where, field) => {
    expect(VALID).toContain(field);
    const text = VALID.replace(field, `"__proto__": {"polluted": true}, ${field}`);
    expect(problemOf(text)).toEqual({ kind: 'unknown-field', field: '__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
