// The history's columns in words: each heading and what it means, a figure as the page shows it,
// and the CSV's words (headings with their unit), in the UI language.

import type { DayColumn } from '../days/day-columns';
import type { DayTotals } from '../days/day-totals';
import type { CsvWords } from '../days/history-export';
import { formatDuration } from './format';
import { uiLanguage } from '../browser/ui-language';
import { i18n } from '../browser/i18n';

export const columnHeading = (column: DayColumn): string => i18n.t(`historyTable.${column.id}`);

/** What a column counts, in a sentence: the explanation beside its heading. */
export const columnHelp = (column: DayColumn): string => i18n.t(`historyHelp.${column.id}`);

/** A day's figure as the page shows it: a duration in words, a number in the locale's digits, the limit as "Reached" or a dash. */
export function cellText(column: DayColumn, totals: DayTotals): string {
  const value = column.value(totals);
  if (column.kind === 'duration') return formatDuration(value, uiLanguage());
  if (column.kind === 'reached') return value > 0 ? i18n.t('historyTable.reached') : '—';
  return new Intl.NumberFormat(uiLanguage()).format(value);
}

/** The CSV's headings: the page's, times marked as minutes. */
export function csvWords(): CsvWords {
  return {
    day: i18n.t('historyTable.day'),
    heading: (column) => (column.kind === 'duration' ? i18n.t('historyTable.inMinutes', { heading: columnHeading(column) }) : columnHeading(column)),
    reached: i18n.t('historyTable.reached'),
  };
}
