// How quiet time is named on the pages: why it is quiet, in a few words, and what happens to the
// nudges meanwhile (the words are in the locale files, under quiet).

import type { QuietReason } from '../breaks/quiet-time';
import { formatTimeOfDay } from './format';
import { uiLanguage } from '../browser/ui-language';
import { i18n } from '../browser/i18n';
import { hostForDisplay } from '../settings/host-names';

/** Why it is quiet: "In a call on meet.google.com", "Fullscreen", "Meeting until 15:30", "Outside working hours". */
export function quietReasonText(reason: QuietReason, callHost: string | null): string {
  switch (reason.kind) {
    case 'meeting':
      return i18n.t('quiet.meeting', { time: formatTimeOfDay(reason.until, uiLanguage()) });
    case 'call':
      return callHost === null || callHost === '' ? i18n.t('quiet.call') : i18n.t('quiet.callOn', { host: hostForDisplay(callHost) });
    case 'fullscreen':
      return i18n.t('quiet.fullscreen');
    case 'off-hours':
      return i18n.t('quiet.offHours');
  }
}

/** What quiet time does to the nudges. */
export function quietEffectText(reason: QuietReason): string {
  return reason.kind === 'off-hours' ? i18n.t('quiet.offHoursEffect') : i18n.t('quiet.effect');
}
