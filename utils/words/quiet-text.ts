// How quiet time is named on the pages: why it is quiet, in a few words, and what happens to the
// nudges meanwhile, and outside working hours when they resume (the words are in the locale
// files, under quiet).

import type { QuietReason } from '../breaks/quiet-time';
import { formatTimeOfDay, formatWeekdayTime } from './format';
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

/**
 * What quiet time does to the nudges; outside working hours, when they resume (`resumesAt`, the
 * next start of working hours, null when the week has none).
 */
export function quietEffectText(reason: QuietReason, resumesAt: number | null): string {
  if (reason.kind !== 'off-hours') return i18n.t('quiet.effect');
  return resumesAt === null ? i18n.t('quiet.offHoursEffect') : i18n.t('quiet.offHoursResume', { time: formatWeekdayTime(resumesAt, uiLanguage()) });
}
