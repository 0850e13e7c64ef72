// The settings in words, from the locale files: each setting's label and explanation, a group's
// title, a choice's label, the units, and what is wrong with a value (the validators say it as
// data, in utils/settings/).

import type { NudgeDelivery, SettingKey } from '../settings/settings';
import type { SettingError } from '../settings/validate-settings';
import type { NumberField, SettingGroupId } from '../settings/setting-fields';
import { SETTING_FIELDS } from '../settings/setting-fields';
import { weekdayName } from '../settings/working-hours';
import { uiLanguage } from '../browser/ui-language';
import { i18n } from '../browser/i18n';

export const settingLabel = (key: SettingKey) => i18n.t(`setting.${key}.label`);
export const settingHelp = (key: SettingKey) => i18n.t(`setting.${key}.help`);
export const settingGroupTitle = (id: SettingGroupId) => i18n.t(`settingGroup.${id}`);
export const choiceLabel = (value: NudgeDelivery) => i18n.t(`setting.choice.${value}`);
export const unitShort = (unit: NumberField['unit']) => i18n.t(`settingUnitShort.${unit}`);

function rangeError(label: string, field: NumberField, wholeNumber: boolean): string {
  const values = { label, min: field.min, max: field.max, unit: i18n.t(`settingUnit.${field.unit}`) };
  if (wholeNumber) return i18n.t(field.allowsOff ? 'settingError.wholeNumberOrOff' : 'settingError.wholeNumber', values);
  return i18n.t(field.allowsOff ? 'settingError.rangeOrOff' : 'settingError.range', values);
}

/** What is wrong with a setting's value, in a sentence. */
export function settingErrorText(key: SettingKey, error: SettingError): string {
  const label = settingLabel(key);
  switch (error.kind) {
    case 'range':
    case 'whole-number':
      return rangeError(label, error.field, error.kind === 'whole-number');
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
