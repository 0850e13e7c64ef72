// A nudge's notification in words, from the locale files (under notification): its title, saying
// how long typing went on, and its message, the tip it carries.

import { MINUTE } from '../helpers/time';
import type { Settings } from '../settings/settings';
import type { ShownNudge } from '../tracker/tracker-state';
import { formatUnit } from './format';
import { tipText, tipTitle } from './content-text';
import { uiLanguage } from '../browser/ui-language';
import { i18n } from '../browser/i18n';

/** The title: a break nudge names the streak (or, after quiet time, how long typing went past the break). */
export function notificationTitle({ kind, typedThroughMs }: ShownNudge, streakMs: number, settings: Settings): string {
  const locale = uiLanguage();
  switch (kind) {
    case 'break':
      return typedThroughMs === null
        ? i18n.t('notification.breakTitle', { duration: formatUnit(Math.floor(streakMs / MINUTE), 'minute', locale) })
        : i18n.t('notification.heldBreakTitle', { duration: formatUnit(Math.max(1, Math.round(typedThroughMs / MINUTE)), 'minute', locale) });
    case 'hydration':
      return i18n.t('notification.waterTitle');
    case 'micro':
      return i18n.t('notification.microTitle', { duration: formatUnit(settings.microPauseLengthSec, 'second', locale) });
    case 'limit':
      return i18n.t('notification.limitTitle', { duration: formatUnit(settings.dailyLimitHours, 'hour', locale) });
  }
}

/** The message: the tip the nudge carries. */
export const notificationMessage = ({ tip }: ShownNudge): string => `${tipTitle(tip)}. ${tipText(tip)}`;
