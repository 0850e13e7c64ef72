// Carries the tracker's results to the browser: the toolbar badge and system notifications,
// in the browser's UI language (their words: utils/words/notification-text.ts, and for the notices
// that something is over, utils/words/after-break-text.ts).

import { browser } from 'wxt/browser';
import type { Badge } from '@/utils/tracker/badge';
import type { NudgeKind } from '@/utils/breaks/break-events';
import type { Settings } from '@/utils/settings/settings';
import type { ShownNudge, TrackerState } from '@/utils/tracker/tracker-state';
import { notificationMessage, notificationTitle } from '@/utils/words/notification-text';
import { afterBreakText } from '@/utils/words/after-break-text';
import { snoozeText } from '@/utils/words/held-text';
import { i18n } from '@/utils/browser/i18n';
import { reportFailure } from '@/utils/helpers/failure';

export const NOTIFICATION_IDS: Record<NudgeKind, string> = {
  break: 'handrest-break',
  hydration: 'handrest-hydration',
  micro: 'handrest-micro-pause',
  limit: 'handrest-daily-limit',
};

/** "Break over" has its own id: a click on it only takes it down (a click on the break nudge starts a break). */
export const BREAK_OVER_ID = 'handrest-break-over';

/** How long "Micro-pause done" stays: long enough to be seen on looking back, gone before it clutters. */
const MICRO_DONE_SHOWN_MS = 10_000;

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

/** Each button's title; Snooze says for how long. */
function buttonTitle(action: ButtonAction, settings: Settings): string {
  switch (action) {
    case 'start-break':
      return i18n.t('notification.startBreak');
    case 'drink':
      return i18n.t('notification.drank');
    case 'snooze':
      return snoozeText(settings);
  }
}

/** What every Handrest notification has: the plain kind, with the extension's icon. */
const notificationBase = () => ({ type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png') }) as const;

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

export async function showNotification(nudge: ShownNudge, state: TrackerState, settings: Settings): Promise<void> {
  const chromeOnly = import.meta.env.FIREFOX
    ? {}
    : {
        buttons: NOTIFICATION_BUTTONS[nudge.kind].map((action) => ({ title: buttonTitle(action, settings) })),
        silent: nudge.kind === 'micro',
      };
  await browser.notifications.create(NOTIFICATION_IDS[nudge.kind], {
    ...notificationBase(),
    priority: nudge.kind === 'micro' ? 0 : 1,
    title: notificationTitle(nudge, state.typing.streakMs, settings),
    message: notificationMessage(nudge, settings),
    ...chromeOnly,
  });
}

/**
 * Tells someone who may have looked away that a break, or a micro-pause asked for, is over: quietly,
 * without buttons. "Micro-pause done" takes its prompt's place and goes by itself after a while.
 */
export async function showOverNotification(what: 'break' | 'micro'): Promise<void> {
  const id = what === 'break' ? BREAK_OVER_ID : NOTIFICATION_IDS.micro;
  await browser.notifications.create(id, {
    ...notificationBase(),
    priority: 0,
    ...afterBreakText(what),
    ...(import.meta.env.FIREFOX ? {} : { silent: what === 'micro' }),
  });
  if (what === 'micro') {
    setTimeout(() => void browser.notifications.clear(id).catch((error: unknown) => reportFailure('taking down "Micro-pause done"', error)), MICRO_DONE_SHOWN_MS);
  }
}
