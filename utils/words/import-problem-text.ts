// Why an import was refused, in a sentence in the UI language (the export module says it as data).

import { EXPORT_VERSION, type ImportProblem } from '../days/history-export';
import { settingErrorText } from './setting-text';
import { i18n } from '../browser/i18n';

/** Why an import was refused, in a sentence. */
export function importProblemText(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return i18n.t('history.notJson');
    case 'not-handrest':
      return i18n.t('history.notHandrest');
    case 'version':
      return i18n.t('history.badVersion', { version: problem.version, latest: EXPORT_VERSION });
    case 'damaged-days':
      return i18n.t('history.damagedDays');
    case 'repeated-day':
      return i18n.t('history.repeatedDay');
    case 'settings':
      return i18n.t('history.badSettings', { problem: settingErrorText(problem.key, problem.error) });
  }
}
