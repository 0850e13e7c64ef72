// A day as the history names it, in the UI language: its short weekday and day of the month, and
// its month where the month is news (the first label of a run, and where the month changes).

import { dateOfDayKey } from '../helpers/time';
import { uiLanguage } from '../browser/ui-language';
import { i18n } from '../browser/i18n';

/**
 * A day's label: with its month, as the locale writes a weekday and a date ("Tue, Dec 1",
 * "Di., 1. Dez."); without, in the order its locale file gives (CLDR's own joined form of a
 * weekday and a day alone reads "1 Tue" in English).
 */
export function dayLabel(day: string, withMonth: boolean): string {
  const date = dateOfDayKey(day);
  const locale = uiLanguage();
  if (withMonth) return new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric' }).format(date);
  return i18n.t('chart.dayLabel', {
    weekday: new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(date),
    day: new Intl.NumberFormat(locale).format(date.getDate()),
  });
}

/** Which of a run of day keys (in the order shown) name their month: the first, and each whose month differs from the one before. */
export const namesMonth = (days: readonly string[]): boolean[] => days.map((day, index) => index === 0 || day.slice(0, 7) !== days[index - 1]?.slice(0, 7));
