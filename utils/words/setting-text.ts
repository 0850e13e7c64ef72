// The settings in words, from the locale files: each setting's label and explanation, a group's
// title, a choice's label, the units, the words for off, what is wrong with a value (the validators
// say it as data, in utils/settings/) and what does not work together. Each number field has a
// sentence of its own, so that every language can say it as it is said there.

import type { NudgeDelivery, SettingKey, Settings } from '../settings/settings';
import type { SettingError } from '../settings/validate-settings';
import type { SettingWarning } from '../settings/setting-warnings';
import type { SettingGroupId, NumberField } from '../settings/setting-fields';
import { SETTING_FIELDS } from '../settings/setting-fields';
import { weekdayName } from '../settings/working-hours';
import { uiLanguage } from '../browser/ui-language';
import { i18n } from '../browser/i18n';

/** The settings a number field holds. */
type NumberKey = { [K in SettingKey]: Settings[K] extends number | 'off' ? K : never }[SettingKey];

export const settingLabel = (key: SettingKey) => i18n.t(`setting.${key}.label`);
export const settingHelp = (key: SettingKey) => i18n.t(`setting.${key}.help`);
export const settingGroupTitle = (id: SettingGroupId) => i18n.t(`settingGroup.${id}`);
export const choiceLabel = (value: NudgeDelivery) => i18n.t(`setting.choice.${value}`);
export const unitShort = (unit: NumberField['unit']) => i18n.t(`settingUnitShort.${unit}`);

/** The UI language's words for off (the word and the Off switch's label), which a number field that can be off also takes as typed. */
export const offWords = (): string[] => [i18n.t('settingMeta.off'), i18n.t('settingMeta.offSwitch')];

/** What is wrong with a setting's value, in a sentence. */
export function settingErrorText(key: SettingKey, error: SettingError): string {
  const label = settingLabel(key);
  switch (error.kind) {
    case 'range':
    case 'whole-number':
      return i18n.t(`fieldError.${key as NumberKey}`, { min: error.field.min, max: error.field.max });
    case 'toggle':
      return i18n.t('settingError.toggle', { label });
    case 'choice': {
      const field = SETTING_FIELDS[key];
      const choices = field.kind === 'choice' ? field.choices.map(choiceLabel) : [];
      return i18n.t('settingError.choice', { label, choices: new Intl.ListFormat(uiLanguage(), { type: 'disjunction' }).format(choices) });
    }
    case 'host-list':
      return i18n.t('settingError.hostList', { label });
    case 'host':
      return i18n.t('settingError.host', { host: error.host });
    case 'too-many-hosts':
      return i18n.t('settingError.tooManyHosts', { label, most: error.most });
    case 'week':
      return i18n.t('settingError.week', { label });
    case 'week-range':
      return i18n.t('settingError.weekRange', { day: weekdayName(error.day, uiLanguage()), piece: error.piece });
  }
}

/** What does not work with a setting as it is, in a sentence. */
export const settingWarningText = (warning: SettingWarning): string =>
  i18n.t('settingWarning.microPauseNeverComes', { breakAfter: warning.breakAfterMin });
