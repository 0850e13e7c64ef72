// What an import does to the history, shown before it is done and said after. *Merge* keeps every
// day here and adds the file's; a day in both keeps the larger of each figure, so importing your
// own export again, or one taken this morning, never loses today's totals or counts anything
// twice. *Replace* puts the file's days in place of these, today's included. Either way only the
// file's days within the kept window (HISTORY_DAYS ending today) are taken; older ones and ones
// dated after today are left out, and counted. Pure: the page previews with it, the tracker applies it.

import { dayKeyBefore, localDayKey } from '../helpers/time';
import { storedBytes } from '../helpers/storage-budget';
import { DAY_FIELDS, type DayTotals } from './day-totals';
import { allDays, HISTORY_DAYS, historyFromDays, MAX_PAST_DAYS, moveToDay, type History } from './history';
import type { ImportedFile } from './history-import';
import type { Settings, SettingKey } from '../settings/settings';
import { settingsThatDiffer } from '../settings/settings-draft';

export type ImportMode = 'merge' | 'replace';

export const IMPORT_MODES: readonly ImportMode[] = ['merge', 'replace'];

/** Some days: how many, and the first and last (null when there are none). */
export interface DaySpan {
  count: number;
  from: string | null;
  to: string | null;
}

/** What the page shows before an import: the file's days, the days here, and what would change. */
export interface ImportPreview {
  file: DaySpan;
  exportedAt: number;
  /** The days here with a record, today's included. */
  here: DaySpan;
  /** The file's days that would be taken and are here too. */
  inBoth: number;
  /** The file's days left out: older than the window, or dated after today. */
  tooOld: number;
  ahead: number;
  /** The settings in which the file's differ from these, but those the organisation locked (an import keeps them). */
  settingsDiffer: SettingKey[];
}

/** What an import did, as the page says it afterwards. */
export interface ImportOutcome {
  mode: ImportMode;
  /** The file's days taken. */
  taken: number;
  /** Of those, the ones that were here too. */
  inBoth: number;
  /** The days here that stayed (none with Replace). */
  keptHere: number;
  /** The file's days left out (older than the window, or after today). */
  leftOut: number;
}

const spanOf = (days: readonly DayTotals[]): DaySpan => ({ count: days.length, from: days[0]?.day ?? null, to: days.at(-1)?.day ?? null });

/** The file's days split by the window ending at `today`: those taken, those too old, those after today. */
function byWindow(days: readonly DayTotals[], today: string) {
  const oldestKept = dayKeyBefore(today, HISTORY_DAYS - 1);
  return {
    taken: days.filter((totals) => totals.day >= oldestKept && totals.day <= today),
    tooOld: days.filter((totals) => totals.day < oldestKept).length,
    ahead: days.filter((totals) => totals.day > today).length,
  };
}

/** Two records of one day as one: the larger of each figure. */
function largerOfEach(here: DayTotals, file: DayTotals): DayTotals {
  const merged = { ...here };
  for (const field of DAY_FIELDS) if (field !== 'day') merged[field] = Math.max(here[field], file[field]);
  return merged;
}

function merged(history: History, taken: readonly DayTotals[]): History {
  const byDay = new Map(allDays(history).map((totals) => [totals.day, totals]));
  for (const totals of taken) {
    const here = byDay.get(totals.day);
    byDay.set(totals.day, here === undefined ? totals : largerOfEach(here, totals));
  }
  const today = byDay.get(history.today.day) ?? history.today;
  byDay.delete(history.today.day);
  const past = [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1)).slice(-MAX_PAST_DAYS);
  return { today, past };
}

/** The file's days against the history as it is at `now`: the days here, and which of the file's would be taken, in both, or left out. */
function compared(history: History, days: readonly DayTotals[], now: number) {
  const current = moveToDay(history, localDayKey(now));
  const here = allDays(current);
  const hereDays = new Set(here.map((totals) => totals.day));
  const split = byWindow(days, current.today.day);
  return { current, here, split, inBoth: split.taken.filter((totals) => hereDays.has(totals.day)).length };
}

/** What an import of `file` would change in `history` and the settings at `now`, with the `locked` settings kept. */
export function previewImport(history: History, settings: Settings, locked: readonly SettingKey[], file: ImportedFile, now: number): ImportPreview {
  const { here, split, inBoth } = compared(history, file.days, now);
  return {
    file: spanOf(file.days),
    exportedAt: file.exportedAt,
    here: spanOf(here),
    inBoth,
    tooOld: split.tooOld,
    ahead: split.ahead,
    settingsDiffer: settingsThatDiffer(settings, file.settings).filter((key) => !locked.includes(key)),
  };
}

/** The history after importing `days` (in day order) at `now`, and what that did. */
export function importDays(history: History, days: readonly DayTotals[], mode: ImportMode, now: number): { history: History; outcome: ImportOutcome } {
  const { current, here, split, inBoth } = compared(history, days, now);
  return {
    history: mode === 'merge' ? merged(current, split.taken) : historyFromDays(split.taken, now),
    outcome: { mode, taken: split.taken.length, inBoth, keptHere: mode === 'merge' ? here.length - inBoth : 0, leftOut: split.tooOld + split.ahead },
  };
}

/** The bytes the history and settings take in storage, to hold an import to the budget. */
export const importedBytes = (history: History, settings: Settings): number => storedBytes({ days: allDays(history), settings });
