// A nudge's notification in words, from the locale files (under notification): its title, saying
// how long typing went on, and its message: for a rest break first how long the break and the
// snooze are, then what the nudge suggests (a tip, or the micro-pause's exercise, as the popup
// shows it).

import { MINUTE } from '../helpers/time';
import type { Settings } from '../settings/settings';
import type { ShownNudge, Suggestion } from '../tracker/tracker-state';
import { formatUnit } from './format';
import { exerciseSteps, exerciseTitle, tipText, tipTitle } from './content-text';
import { pluralText } from './plural';
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

/** A tip as a sentence or two, or an exercise as its name and its steps. */
function suggestionText(suggestion: Suggestion): string {
  if ('tip' in suggestion) return `${tipTitle(suggestion.tip)}. ${tipText(suggestion.tip)}`;
  return `${exerciseTitle(suggestion.exercise)}. ${exerciseSteps(suggestion.exercise).join(' ')}`;
}

/** What taking the break and putting it off mean: "5-minute break · Snooze 10 min". */
function breakPlanText(settings: Pick<Settings, 'breakLengthMin' | 'snoozeMin'>): string {
  return i18n.t('notification.breakPlan', {
    length: pluralText('notification.breakLength', settings.breakLengthMin),
    snooze: formatUnit(settings.snoozeMin, 'minute', uiLanguage()),
  });
}

/** The message: a break nudge's plan on its own line, then what the nudge suggests. */
export function notificationMessage({ kind, suggestion }: ShownNudge, settings: Settings): string {
  return kind === 'break' ? `${breakPlanText(settings)}\n${suggestionText(suggestion)}` : suggestionText(suggestion);
}
