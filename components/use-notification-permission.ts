// Whether the browser or the system lets Handrest show notifications: 'unknown' where the
// browser cannot tell (Firefox has no getPermissionLevel).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export type NotificationPermission = 'granted' | 'denied' | 'unknown';

export function useNotificationPermission(): NotificationPermission {
  const [permission, setPermission] = useState<NotificationPermission>('unknown');
  useEffect(() => {
    Promise.resolve()
      .then(() => browser.notifications.getPermissionLevel?.())
      .then((level) => setPermission(level === 'granted' || level === 'denied' ? level : 'unknown'))
      .catch(() => {
        // Where the browser cannot tell, the permission stays unknown and no warning is shown.
      });
  }, []);
  return permission;
}
