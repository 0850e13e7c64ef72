// Carries the tracker's results to the browser: the toolbar badge and system notifications.
// Every word a notification says is here.

import { browser } from 'wxt/browser';
import type { Badge } from '@/utils/badge';
import type { NudgeKind } from '@/utils/nudge-schedule';
import type { Settings } from '@/utils/settings';
import type { Nudge, TrackerState } from '@/utils/tracker';
import { MINUTE } from '@/utils/time';

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

const BUTTON_TITLES: Record<ButtonAction, string> = { 'start-break': 'Start break', drink: 'I drank water', snooze: 'Snooze' };

let shownBadge: Badge | null = null;

export async function showBadge(badge: Badge): Promise<void> {
  if (shownBadge?.text === badge.text && shownBadge.color === badge.color) return;
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setBadgeTextColor({ color: '#ffffff' });
  shownBadge = badge;
}

function notificationTitle({ kind, typedThroughMs }: Nudge, state: TrackerState, settings: Settings): string {
  switch (kind) {
    case 'break':
      return typedThroughMs === null
        ? `Time to rest your hands: ${Math.floor(state.typing.streakMs / MINUTE)} min of typing`
        : `Break held while it was quiet: you typed ${Math.max(1, Math.round(typedThroughMs / MINUTE))} min past it`;
    case 'hydration':
      return 'Time for a glass of water';
    case 'micro':
      return `Micro-pause: hands off the keys for ${settings.microPauseLengthSec} s`;
    case 'limit':
      return `You have typed ${settings.dailyLimitHours} h today, your daily limit`;
  }
}

export async function showNotification(nudge: Nudge, state: TrackerState, settings: Settings): Promise<void> {
  const chromeOnly = import.meta.env.FIREFOX
    ? {}
    : {
        buttons: NOTIFICATION_BUTTONS[nudge.kind].map((action) => ({ title: BUTTON_TITLES[action] })),
        silent: nudge.kind === 'micro',
      };
  await browser.notifications.create(NOTIFICATION_IDS[nudge.kind], {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    priority: nudge.kind === 'micro' ? 0 : 1,
    title: notificationTitle(nudge, state, settings),
    message: `${nudge.tip.title}. ${nudge.tip.text}`,
    ...chromeOnly,
  });
}
