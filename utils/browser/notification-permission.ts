// Whether the browser or the system lets Handrest show notifications: 'unknown' where the browser
// cannot tell (Firefox has no getPermissionLevel) or the question fails.

import { browser } from 'wxt/browser';

export type NotificationPermission = 'granted' | 'denied' | 'unknown';

export async function readNotificationPermission(): Promise<NotificationPermission> {
  try {
    const level = await browser.notifications.getPermissionLevel?.();
    return level === 'granted' || level === 'denied' ? level : 'unknown';
  } catch {
    // Where the browser cannot tell, the permission stays unknown and no warning is shown.
    return 'unknown';
  }
}
