// The `settings` item, version 4: repaired field by field, so that one bad field keeps the others.

import { defaultSettings, type Settings } from '../settings/settings';
import { repairSettings, validateSettings } from '../settings/validate-settings';
import { settingsV2FromV1, settingsV3FromV2, settingsV4FromV3 } from '../settings/settings-versions';
import { itemOf } from './stored-item';

export const SETTINGS_ITEM = itemOf<Settings>({
  version: 4,
  fallback: defaultSettings(),
  migrations: { 2: settingsV2FromV1, 3: settingsV3FromV2, 4: settingsV4FromV3 },
  isSound: (raw): raw is Settings => typeof raw === 'object' && raw !== null && validateSettings(raw as Record<keyof Settings, unknown>).ok,
  repair: repairSettings,
});
