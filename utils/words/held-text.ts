// Whether Handrest is tracking, paused, snoozed, on a break or quiet (and why), in words: for the
// popup's chip and its live summary, and for the toolbar button's tooltip; and what Snooze holds
// the nudges for, on the popup's and the notifications' Snooze buttons.

import type { Status } from '../tracker/status';
import type { Settings } from '../settings/settings';
import { formatTimeOfDay, formatUnit } from './format';
import { uiLanguage } from '../browser/ui-language';
import { quietReasonText } from './quiet-text';
import { i18n } from '../browser/i18n';

/** What Handrest is doing now; `callHost` names the call's site where the caller knows it. */
export function heldText(status: Status, callHost: string | null = null): string {
  if (status.paused && status.pausedUntil !== null) return i18n.t('held.pausedUntil', { time: formatTimeOfDay(status.pausedUntil, uiLanguage()) });
  if (status.snoozed && status.snoozedUntil !== null) return i18n.t('held.snoozedUntil', { time: formatTimeOfDay(status.snoozedUntil, uiLanguage()) });
  if (status.breakSession !== null) return i18n.t('held.onBreak');
  if (status.quiet !== null) return quietReasonText(status.quiet, callHost);
  return i18n.t('held.tracking');
}

/** A Snooze button's words, with how long it holds the nudges: "Snooze 10 min". */
export const snoozeText = (settings: Pick<Settings, 'snoozeMin'>): string =>
  i18n.t('actions.snooze', { duration: formatUnit(settings.snoozeMin, 'minute', uiLanguage()) });
