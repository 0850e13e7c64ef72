// Why an import was refused, in a sentence in the UI language (history-import.ts says it as data).

import { EXPORT_VERSION } from '../days/history-export';
import type { ImportProblem } from '../days/history-import';
import { formatDay, formatKilobytes } from './format';
import { settingErrorText } from './setting-text';
import { uiLanguage } from '../browser/ui-language';
import { i18n } from '../browser/i18n';
import { isDayKey } from '../helpers/time';

/** A day as a refusal names it: a date in the locale's words, or the text the file holds. */
const dayText = (day: string) => (isDayKey(day) ? formatDay(day, uiLanguage()) : day);

/** Why an import was refused, in a sentence. */
export function importProblemText(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return i18n.t('history.notJson');
    case 'not-handrest':
      return i18n.t('history.notHandrest');
    case 'too-large':
      return i18n.t('history.tooLarge', { most: formatKilobytes(problem.most, uiLanguage()) });
    case 'version':
      return i18n.t('history.badVersion', { version: problem.version, latest: EXPORT_VERSION });
    case 'unknown-field':
      return i18n.t('history.unknownField', { field: problem.field });
    case 'damaged':
      return i18n.t('history.damaged', { field: problem.field });
    case 'too-many-days':
      return i18n.t('history.tooManyDays', { most: new Intl.NumberFormat(uiLanguage()).format(problem.most) });
    case 'bad-day':
      return i18n.t('history.badDay', { field: problem.field, day: dayText(problem.day) });
    case 'repeated-day':
      return i18n.t('history.repeatedDay', { day: dayText(problem.day) });
    case 'settings':
      return i18n.t('history.badSettings', { problem: settingErrorText(problem.key, problem.error) });
  }
}
