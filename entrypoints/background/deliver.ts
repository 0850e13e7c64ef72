// Carries the tracker's results to the browser: the toolbar badge and system notifications.

import { browser } from 'wxt/browser';
import type { Badge } from '@/utils/badge';
import type { NudgeKind } from '@/utils/nudge-schedule';
import type { Nudge, TrackerState } from '@/utils/tracker';
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

function notificationTitle(kind: NudgeKind, state: TrackerState): string {
  if (kind === 'hydration') return 'Time for a glass of water';
  return `Time to rest your hands: ${Math.floor(state.typing.streakMs / MINUTE)} min of typing`;
}

export async function showNotification(nudge: Nudge, state: TrackerState): Promise<void> {
  const buttons = import.meta.env.FIREFOX
    ? {}
    : { buttons: NOTIFICATION_BUTTONS[nudge.kind].map((action) => ({ title: BUTTON_TITLES[action] })) };
  await browser.notifications.create(NOTIFICATION_IDS[nudge.kind], {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    priority: 1,
    title: notificationTitle(nudge.kind, state),
    message: `${nudge.tip.title}. ${nudge.tip.text}`,
    ...buttons,
  });
}
