// The notification permission, read once when a page opens (utils/browser/notification-permission.ts).
import { useEffect, useState } from 'preact/hooks';
import { readNotificationPermission, type NotificationPermission } from '@/utils/browser/notification-permission';

export function useNotificationPermission(): NotificationPermission {
  const [permission, setPermission] = useState<NotificationPermission>('unknown');
  useEffect(() => {
    void readNotificationPermission().then(setPermission);
  }, []);
  return permission;
}
