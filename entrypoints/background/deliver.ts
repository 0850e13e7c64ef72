// Carries the tracker's results to the browser: the toolbar badge and system notifications,
// in the browser's UI language (their words are in the locale files, under notification).

import { browser } from 'wxt/browser';
import type { Badge } from '@/utils/tracker/badge';
import type { NudgeKind } from '@/utils/breaks/nudge-schedule';
import type { Settings } from '@/utils/settings/settings';
import type { Nudge, TrackerState } from '@/utils/tracker/tracker';
import { MINUTE } from '@/utils/helpers/time';
import { formatUnit } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { tipText, tipTitle } from '@/utils/words/content-text';
import { i18n } from '@/utils/browser/i18n';

export const NOTIFICATION_IDS: Record<NudgeKind, string> = {
  break: 'handrest-break',
  hydration: 'handrest-hydration',
  micro: 'handrest-micro-pause',
  limit: 'handrest-daily-limit',
};

type ButtonAction = 'start-break' | 'drink' | 'snooze';

/**
 * Chrome's notification buttons, by kind; Firefox has none (a click on the notification acts
 * instead). A micro-pause prompt is light: no buttons, no sound, and it goes by itself.
 */
export const NOTIFICATION_BUTTONS: Record<NudgeKind, readonly ButtonAction[]> = {
  break: ['start-break', 'snooze'],
  hydration: ['drink', 'snooze'],
  micro: [],
  limit: [],
};

const BUTTON_TITLES = { 'start-break': 'notification.startBreak', drink: 'notification.drank', snooze: 'notification.snooze' } as const satisfies Record<ButtonAction, string>;

let shown: { badge: Badge; title: string } | null = null;

/** The badge, and the toolbar button's tooltip saying what Handrest is doing. */
export async function showBadge(badge: Badge, title: string): Promise<void> {
  if (shown !== null && shown.badge.text === badge.text && shown.badge.color === badge.color && shown.title === title) return;
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setBadgeTextColor({ color: '#ffffff' });
  await browser.action.setTitle({ title });
  shown = { badge, title };
}

function notificationTitle({ kind, typedThroughMs }: Nudge, state: TrackerState, settings: Settings, locale: string): string {
  switch (kind) {
    case 'break':
      return typedThroughMs === null
        ? i18n.t('notification.breakTitle', { duration: formatUnit(Math.floor(state.typing.streakMs / MINUTE), 'minute', locale) })
        : i18n.t('notification.heldBreakTitle', { duration: formatUnit(Math.max(1, Math.round(typedThroughMs / MINUTE)), 'minute', locale) });
    case 'hydration':
      return i18n.t('notification.waterTitle');
    case 'micro':
      return i18n.t('notification.microTitle', { duration: formatUnit(settings.microPauseLengthSec, 'second', locale) });
    case 'limit':
      return i18n.t('notification.limitTitle', { duration: formatUnit(settings.dailyLimitHours, 'hour', locale) });
  }
}

export async function showNotification(nudge: Nudge, state: TrackerState, settings: Settings): Promise<void> {
  const chromeOnly = import.meta.env.FIREFOX
    ? {}
    : {
        buttons: NOTIFICATION_BUTTONS[nudge.kind].map((action) => ({ title: i18n.t(BUTTON_TITLES[action]) })),
        silent: nudge.kind === 'micro',
      };
  await browser.notifications.create(NOTIFICATION_IDS[nudge.kind], {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    priority: nudge.kind === 'micro' ? 0 : 1,
    title: notificationTitle(nudge, state, settings, uiLanguage()),
    message: `${tipTitle(nudge.tip)}. ${tipText(nudge.tip)}`,
    ...chromeOnly,
  });
}
