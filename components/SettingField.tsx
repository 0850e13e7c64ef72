// One setting in the options form, rendered from the settings schema: its label, control, unit,
// allowed range, default and explanation, and right beside it its error, what does not work with
// it, or why it is inactive. A setting the organisation locked shows its control disabled, with a
// note (class `locked-note`) that its description names.

import { defaultSettings, type NudgeDelivery, type SettingKey } from '@/utils/settings/settings';
import type { SettingError } from '@/utils/settings/validate-settings';
import type { SettingWarning } from '@/utils/settings/setting-warnings';
import { SETTING_FIELDS, type SettingField as Field } from '@/utils/settings/setting-fields';
import { draftDay, readsAsOff, SWITCHED_OFF, withDraftDay, type DraftValue } from '@/utils/settings/settings-draft';
import { weekdayName, weekdaysInOrder } from '@/utils/settings/working-hours';
import { uiLanguage } from '@/utils/browser/ui-language';
import { choiceLabel, offWords, settingErrorText, settingHelp, settingLabel, settingWarningText, unitShort } from '@/utils/words/setting-text';
import { i18n } from '@/utils/browser/i18n';
import { pluralText } from '@/utils/words/plural';

interface Props {
  name: SettingKey;
  value: DraftValue;
  error: SettingError | undefined;
  /** What does not work with the value as it is in force (saved all the same). */
  warning?: SettingWarning;
  /** Why the field is inactive, when it is (working hours while their switch is off). */
  inactiveReason?: string;
  /** Whether the organisation's policy locks it. */
  locked: boolean;
  onChange: (value: DraftValue) => void;
}

/** The control a field's error is about, which the page's status links to: the day in error, or the field's own control. */
export function controlIdOf(name: SettingKey, error: SettingError): string {
  return error.kind === 'week-range' ? `setting-${name}-${error.day}` : `setting-${name}`;
}

function defaultText(name: SettingKey, field: Field): string {
  const value = defaultSettings()[name];
  if (field.kind === 'number') return value === 'off' ? i18n.t('settingMeta.off') : `${String(value)} ${unitShort(field.unit)}`;
  if (field.kind === 'toggle') return i18n.t(value === true ? 'settingMeta.on' : 'settingMeta.off');
  if (field.kind === 'choice') return choiceLabel(value as NudgeDelivery);
  if (field.kind === 'week') return i18n.t('settingMeta.workingHoursDefault');
  return Array.isArray(value) && value.length > 0 ? pluralText('settingMeta.sites', value.length) : i18n.t('settingMeta.none');
}

function metaText(name: SettingKey, field: Field): string {
  const defaults = i18n.t('settingMeta.default', { value: defaultText(name, field) });
  if (field.kind !== 'number') return defaults;
  const range = { min: field.min, max: field.max, unit: unitShort(field.unit) };
  return `${defaults} · ${i18n.t(field.allowsOff ? 'settingMeta.rangeOrOff' : 'settingMeta.range', range)}`;
}

export function SettingField({ name, value, error, warning, inactiveReason, locked, onChange }: Props) {
  const field = SETTING_FIELDS[name];
  const label = settingLabel(name);
  const id = `setting-${name}`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const reasonId = `${id}-inactive`;
  const lockedId = `${id}-locked`;
  const describedBy = [error && errorId, warning && warningId, inactiveReason && reasonId, locked && lockedId, helpId].filter(Boolean).join(' ');
  const help = (
    <p id={helpId} class="field-help">
      {settingHelp(name)} <span class="field-meta">{metaText(name, field)}</span>
    </p>
  );
  const errorLine = (
    <>
      {error !== undefined && (
        <p id={errorId} class="field-error">
          {settingErrorText(name, error)}
        </p>
      )}
      {warning !== undefined && (
        <p id={warningId} class="field-warning">
          {settingWarningText(warning)}
        </p>
      )}
      {inactiveReason !== undefined && (
        <p id={reasonId} class="field-inactive">
          {inactiveReason}
        </p>
      )}
      {locked && (
        <p id={lockedId} class="locked-note">
          {i18n.t('options.setByOrganisation')}
        </p>
      )}
    </>
  );

  if (field.kind === 'toggle') {
    return (
      <div class="field toggle-field">
        <input id={id} type="checkbox" checked={value === true} disabled={locked} aria-describedby={describedBy} onChange={(event) => onChange(event.currentTarget.checked)} />
        <div>
          <label for={id}>{label}</label>
          {help}
          {errorLine}
        </div>
      </div>
    );
  }

  if (field.kind === 'choice') {
    return (
      <fieldset class="field" aria-describedby={describedBy}>
        <legend>{label}</legend>
        <div class="choices">
          {field.choices.map((choice) => (
            <label key={choice} class="choice">
              <input type="radio" name={id} value={choice} checked={value === choice} disabled={locked} onChange={() => onChange(choice)} />
              {choiceLabel(choice)}
            </label>
          ))}
        </div>
        {help}
        {errorLine}
      </fieldset>
    );
  }

  if (field.kind === 'hosts') {
    return (
      <div class="field">
        <label for={id}>{label}</label>
        <textarea
          id={id}
          rows={Math.min(10, Math.max(4, String(value).split('\n').length + 1))}
          spellcheck={false}
          dir="auto"
          placeholder="example.com"
          value={String(value)}
          disabled={locked}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          onInput={(event) => onChange(event.currentTarget.value)}
        />
        {errorLine}
        {help}
      </div>
    );
  }

  if (field.kind === 'week') {
    return (
      <fieldset class={`field week-field ${inactiveReason === undefined ? '' : 'inactive'}`} aria-describedby={describedBy}>
        <legend>{label}</legend>
        <div class="week-rows">
          {weekdaysInOrder(uiLanguage()).map((day) => (
            <div key={day} class="week-row">
              <label for={`${id}-${day}`}>{weekdayName(day, uiLanguage())}</label>
              <input
                id={`${id}-${day}`}
                type="text"
                spellcheck={false}
                // Times and dashes have no direction of their own: "auto" keeps 09:00–17:30 in that order in a right-to-left page.
                dir="auto"
                placeholder={i18n.t('settingMeta.dayOff')}
                disabled={locked || inactiveReason !== undefined}
                value={draftDay(String(value), day)}
                aria-invalid={error?.kind === 'week-range' && error.day === day}
                aria-describedby={describedBy}
                onInput={(event) => onChange(withDraftDay(String(value), day, event.currentTarget.value))}
              />
            </div>
          ))}
        </div>
        {errorLine}
        {help}
      </fieldset>
    );
  }

  // Switched off, the number is empty and inactive; a word for off typed into it stays as typed, and counts.
  const switchedOff = value === SWITCHED_OFF;
  const isOff = switchedOff || (typeof value === 'string' && field.allowsOff === true && readsAsOff(value, offWords()));
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="number-row">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          class="number-input"
          value={switchedOff ? '' : String(value)}
          disabled={locked || switchedOff}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          onInput={(event) => onChange(event.currentTarget.value)}
        />
        <span class="unit" aria-hidden="true">
          {unitShort(field.unit)}
        </span>
        {field.allowsOff && (
          <label class="off-switch">
            <input
              type="checkbox"
              checked={isOff}
              disabled={locked}
              onChange={(event) => onChange(event.currentTarget.checked ? SWITCHED_OFF : String(defaultSettings()[name]))}
            />
            {i18n.t('settingMeta.offSwitch')}
          </label>
        )}
      </div>
      {errorLine}
      {help}
    </div>
  );
}
