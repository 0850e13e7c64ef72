// The `settings` item, version 3: repaired field by field, so that one bad field keeps the others.

import { defaultSettings, type Settings } from '../settings/settings';
import { repairSettings } from '../settings/validate-settings';
import { settingsV2FromV1, settingsV3FromV2 } from '../settings/settings-versions';
import type { StoredItem } from './stored-item';

export const SETTINGS_ITEM: StoredItem<Settings> = {
  version: 3,
  fallback: defaultSettings(),
  migrations: { 2: settingsV2FromV1, 3: settingsV3FromV2 },
  repair: repairSettings,
};
