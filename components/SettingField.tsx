// One setting in the options form, rendered from the settings schema: its label, control, unit,
// allowed range, default and explanation, and its error right beside it.

import {
  defaultSettings,
  SETTING_FIELDS,
  type NumberField,
  type SettingField as Field,
  type SettingKey,
} from '@/utils/settings';
import { draftDay, WEEKDAY_NAMES, withDraftDay } from '@/utils/settings-draft';
import { WEEKDAYS_SHOWN } from '@/utils/working-hours';

interface Props {
  name: SettingKey;
  value: string | boolean;
  error: string | undefined;
  onChange: (value: string | boolean) => void;
}

const UNIT_SHORT: Record<NumberField['unit'], string> = { minutes: 'min', seconds: 's', hours: 'h', glasses: 'glasses' };

function defaultText(name: SettingKey, field: Field): string {
  const value = defaultSettings()[name];
  if (field.kind === 'number') return value === 'off' ? 'off' : `${value} ${UNIT_SHORT[field.unit]}`;
  if (field.kind === 'toggle') return value ? 'on' : 'off';
  if (field.kind === 'choice') return field.choices.find((choice) => choice.value === value)?.label ?? '';
  if (field.kind === 'week') return 'Monday to Friday, 09:00–17:30';
  return Array.isArray(value) && value.length > 0 ? `${value.length} sites` : 'none';
}

function rangeText(field: Field): string {
  if (field.kind !== 'number') return '';
  return ` · ${field.min}–${field.max} ${UNIT_SHORT[field.unit]}${field.allowsOff ? ', or off' : ''}`;
}

export function SettingField({ name, value, error, onChange }: Props) {
  const field = SETTING_FIELDS[name];
  const id = `setting-${name}`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = error === undefined ? helpId : `${errorId} ${helpId}`;
  const help = (
    <p id={helpId} class="field-help">
      {field.help} <span class="field-meta">Default {defaultText(name, field)}{rangeText(field)}</span>
    </p>
  );
  const errorLine = error !== undefined && (
    <p id={errorId} class="field-error">
      {error}
    </p>
  );

  if (field.kind === 'toggle') {
    return (
      <div class="field toggle-field">
        <input id={id} type="checkbox" checked={value === true} aria-describedby={describedBy} onChange={(event) => onChange(event.currentTarget.checked)} />
        <div>
          <label for={id}>{field.label}</label>
          {help}
          {errorLine}
        </div>
      </div>
    );
  }

  if (field.kind === 'choice') {
    return (
      <fieldset class="field" aria-describedby={describedBy}>
        <legend>{field.label}</legend>
        <div class="choices">
          {field.choices.map((choice) => (
            <label key={choice.value} class="choice">
              <input type="radio" name={id} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
              {choice.label}
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
        <label for={id}>{field.label}</label>
        <textarea
          id={id}
          rows={Math.min(10, Math.max(4, String(value).split('\n').length + 1))}
          spellcheck={false}
          placeholder="example.com"
          value={String(value)}
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
      <fieldset class="field week-field" aria-describedby={describedBy}>
        <legend>{field.label}</legend>
        <div class="week-rows">
          {WEEKDAYS_SHOWN.map((day) => (
            <div key={day} class="week-row">
              <label for={`${id}-${day}`}>{WEEKDAY_NAMES[day]}</label>
              <input
                id={`${id}-${day}`}
                type="text"
                spellcheck={false}
                placeholder="Day off"
                value={draftDay(String(value), day)}
                aria-invalid={error?.startsWith(`${WEEKDAY_NAMES[day]}:`) === true}
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

  const isOff = value === 'off';
  return (
    <div class="field">
      <label for={id}>{field.label}</label>
      <div class="number-row">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          class="number-input"
          value={isOff ? '' : String(value)}
          disabled={isOff}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          onInput={(event) => onChange(event.currentTarget.value)}
        />
        <span class="unit" aria-hidden="true">
          {UNIT_SHORT[field.unit]}
        </span>
        {field.allowsOff && (
          <label class="off-switch">
            <input
              type="checkbox"
              checked={isOff}
              onChange={(event) => onChange(event.currentTarget.checked ? 'off' : String(defaultSettings()[name]))}
            />
            Off
          </label>
        )}
      </div>
      {errorLine}
      {help}
    </div>
  );
}
