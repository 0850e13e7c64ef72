// Carries the tracker's results to the browser: the toolbar badge and system notifications.

import { browser } from 'wxt/browser';
import type { Badge } from '@/utils/badge';
import type { NudgeKind } from '@/utils/nudge-schedule';
import type { Settings } from '@/utils/settings';
import type { TrackerState } from '@/utils/tracker';
import { MINUTE } from '@/utils/time';

export const NOTIFICATION_IDS: Record<NudgeKind, string> = {
  break: 'handrest-break',
  hydration: 'handrest-hydration',
};

/** Chrome's notification buttons, by kind; Firefox has none (a click on the notification acts instead). */
export const NOTIFICATION_BUTTONS: Record<NudgeKind, readonly ['start-break' | 'drink', 'snooze']> = {
  break: ['start-break', 'snooze'],
  hydration: ['drink', 'snooze'],
};

const BUTTON_TITLES = { 'start-break': 'Start break', drink: 'I drank water', snooze: 'Snooze' } as const;

let shownBadge: Badge | null = null;

export async function showBadge(badge: Badge): Promise<void> {
  if (shownBadge?.text === badge.text && shownBadge.color === badge.color) return;
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setBadgeTextColor({ color: '#ffffff' });
  shownBadge = badge;
}

function notificationText(kind: NudgeKind, state: TrackerState, settings: Settings): { title: string; message: string } {
  if (kind === 'break') {
    const minutes = Math.floor(state.typing.streakMs / MINUTE);
    return {
      title: 'Time to rest your hands',
      message: `You have typed for ${minutes} min without a real break. Step away for ${settings.breakLengthMin} min.`,
    };
  }
  return {
    title: 'Time for a glass of water',
    message: `You have been at the keyboard for ${settings.hydrationIntervalMin} min since your last drink.`,
  };
}

export async function showNotification(kind: NudgeKind, state: TrackerState, settings: Settings): Promise<void> {
  const buttons = import.meta.env.FIREFOX
    ? {}
    : { buttons: NOTIFICATION_BUTTONS[kind].map((action) => ({ title: BUTTON_TITLES[action] })) };
  await browser.notifications.create(NOTIFICATION_IDS[kind], {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    priority: 1,
    ...notificationText(kind, state, settings),
    ...buttons,
  });
}
