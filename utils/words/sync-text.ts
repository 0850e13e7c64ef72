// The browser's sync and the organisation's policy in words, for the settings page: the sync
// status (off, synced, waiting to send, or why not) and each policy entry that was not used.

import type { SyncState } from '../sync/sync-state';
import { LOCKED_SETTINGS_KEY, type IgnoredEntry } from '../settings/policy';
import { SETTING_KEYS } from '../settings/setting-fields';
import type { SettingKey } from '../settings/settings';
import { quotedText } from '../helpers/quoted-text';
import { localDayKey } from '../helpers/time';
import { formatDateTime, formatTimeOfDay } from './format';
import { settingLabel } from './setting-text';
import { uiLanguage } from '../browser/ui-language';
import { i18n } from '../browser/i18n';

/** A moment as the status says it: the time of day when it is today, else the date and time. */
const momentText = (at: number, now: number): string =>
  localDayKey(at) === localDayKey(now) ? formatTimeOfDay(at, uiLanguage()) : formatDateTime(at, uiLanguage());

/** Where sync stands, in a sentence: a refusal first (it is why the changes wait), then changes waiting, then the last sync. */
export function syncStatusText(sync: SyncState, now: number): string {
  if (!sync.enabled) return i18n.t('sync.isOff');
  const retry = momentText(sync.sendAt ?? now, now);
  switch (sync.problem?.kind) {
    case 'rate':
      return i18n.t('sync.rate', { time: retry });
    case 'quota':
      return i18n.t('sync.quota');
    case 'failed':
      return i18n.t('sync.failed', { time: retry });
    case 'too-large':
      return i18n.t('sync.tooLarge', { label: settingLabel(sync.problem.key) });
    case undefined:
      break;
  }
  if (sync.unsent.length > 0) return i18n.t('sync.waiting', { time: retry });
  return sync.syncedAt === null ? i18n.t('sync.notYet') : i18n.t('sync.synced', { time: momentText(sync.syncedAt, now) });
}

const SETTING_KEY_SET: ReadonlySet<string> = new Set(SETTING_KEYS);

/** Why one entry of the organisation's policy was not used. */
export function ignoredPolicyText({ name, reason }: IgnoredEntry): string {
  if (name === LOCKED_SETTINGS_KEY) return i18n.t('policy.lockedListIgnored');
  if (reason === 'invalid' && SETTING_KEY_SET.has(name)) return i18n.t('policy.valueIgnored', { label: settingLabel(name as SettingKey) });
  return i18n.t('policy.unknownName', { name: quotedText(name) });
}
