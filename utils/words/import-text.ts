// An import in words: the preview's figures (the file's days and these, what would be left out,
// the settings that differ) and what an import did, in the UI language (import-plan.ts gives the
// figures as data).

import type { DaySpan, ImportOutcome, ImportPreview } from '../days/import-plan';
import { formatDateTime, formatDay, formatKilobytes } from './format';
import { settingLabel } from './setting-text';
import { uiLanguage } from '../browser/ui-language';
import { i18n } from '../browser/i18n';
import { STORAGE_BUDGET_BYTES } from '../helpers/storage-budget';

/** A row of the preview's table: what it counts, in the file and here. */
export interface SpanRow {
  label: string;
  file: string;
  here: string;
}

const number = (value: number) => new Intl.NumberFormat(uiLanguage()).format(value);
const dayOrNone = (day: string | null) => (day === null ? '—' : formatDay(day, uiLanguage()));

/** The file's days beside these: how many, the first and the last. */
export function spanRows(file: DaySpan, here: DaySpan): SpanRow[] {
  return [
    { label: i18n.t('importing.days'), file: number(file.count), here: number(here.count) },
    { label: i18n.t('importing.firstDay'), file: dayOrNone(file.from), here: dayOrNone(here.from) },
    { label: i18n.t('importing.lastDay'), file: dayOrNone(file.to), here: dayOrNone(here.to) },
  ];
}

/** The preview's other figures, as label and value. */
export function previewFigures(preview: ImportPreview): { label: string; value: string }[] {
  const differ = preview.settingsDiffer.map(settingLabel);
  return [
    { label: i18n.t('importing.inBoth'), value: number(preview.inBoth) },
    { label: i18n.t('importing.tooOld'), value: number(preview.tooOld) },
    { label: i18n.t('importing.ahead'), value: number(preview.ahead) },
    {
      label: i18n.t('importing.settingsDiffer'),
      value: differ.length === 0 ? i18n.t('importing.settingsSame') : new Intl.ListFormat(uiLanguage(), { type: 'unit', style: 'short' }).format(differ),
    },
  ];
}

export const exportedOnText = (at: number) => i18n.t('importing.exportedOn', { date: formatDateTime(at, uiLanguage()) });

/** What an import did, in two sentences (shown apart, never joined): the days, then the settings. */
export function importOutcomeText(outcome: ImportOutcome, tookSettings: boolean): [string, string] {
  const figure = (label: string, value: number) => i18n.t('importing.figure', { label, value: number(value) });
  const figures = [
    figure(i18n.t('importing.taken'), outcome.taken),
    ...(outcome.mode === 'merge'
      ? [figure(i18n.t('importing.keptHere'), outcome.keptHere), figure(i18n.t('importing.inBothLarger'), outcome.inBoth)]
      : []),
    figure(i18n.t('importing.leftOut'), outcome.leftOut),
  ];
  const joined = new Intl.ListFormat(uiLanguage(), { type: 'unit', style: 'short' }).format(figures);
  const days = outcome.mode === 'merge' ? i18n.t('importing.merged', { figures: joined }) : i18n.t('importing.replaced', { figures: joined });
  return [days, tookSettings ? i18n.t('importing.settingsTaken') : i18n.t('importing.settingsKept')];
}

/** Why an import over the storage budget was not made. */
export const overBudgetText = (bytes: number) =>
  i18n.t('importing.tooBig', { size: formatKilobytes(bytes, uiLanguage()), most: formatKilobytes(STORAGE_BUDGET_BYTES, uiLanguage()) });
