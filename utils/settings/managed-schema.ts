// Chrome's managed storage schema (the manifest's storage.managed_schema), made from the setting
// fields so that it can never name a setting, a type or a range the settings do not have: every
// setting under its own name and unit (the names of the JSON export, which holds the settings
// object as it is), plus `lockedSettings`. The build writes it into the Chrome build (wxt.config.ts).
// It declares each key's type and shape, and says its limits (range, choices, count) in words
// only: Chrome drops a value that does not fit its schema before Handrest sees it, silently for the
// person, so the limits are checked by policy.ts, which refuses a value where the person and the
// administrator see it (the settings page and the background's console), in Firefox too. Pure.

import { MAX_RANGES_PER_DAY } from './working-hours';
import { MAX_SITES } from './validate-settings';
import { SETTING_FIELDS, SETTING_KEYS, type SettingField } from './setting-fields';
import { LOCKED_SETTINGS_KEY } from './policy';

/** The schema's file in the Chrome build. */
export const MANAGED_SCHEMA_FILE = 'managed-schema.json';

/** The part of JSON Schema (draft 03) that Chrome's policy schemas take: exactly one type each. */
export interface SchemaNode {
  type: 'object' | 'array' | 'integer' | 'boolean' | 'string';
  title?: string;
  description?: string;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
}

const WEEK: SchemaNode = {
  type: 'array',
  description:
    `Seven days, Sunday first, each a list of at most ${MAX_RANGES_PER_DAY} local time ranges in which Handrest may nudge: ` +
    'start and end in minutes since midnight (0 to 1439); a range whose end is not after its start ends the next day, and 0 to 0 is the whole day.',
  items: {
    type: 'array',
    items: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } },
  },
};

/** A setting's limits in words, as the schema and docs/admin.md say them. */
export function limitsOf(field: SettingField): string {
  switch (field.kind) {
    case 'number':
      return `A whole number of ${field.unit}, ${field.min} to ${field.max}${field.allowsOff ? ', or "off" (Firefox only: a Chrome schema takes one type per key)' : ''}.`;
    case 'toggle':
      return 'true or false.';
    case 'choice':
      return `One of ${field.choices.map((choice) => `"${choice}"`).join(', ')}.`;
    case 'hosts':
      return `At most ${MAX_SITES} host names; each also covers its subdomains.`;
    case 'week':
      return WEEK.description as string;
  }
}

/**
 * A field's schema. A number that may also be 'off' is declared as the number alone: Chrome's
 * schemas take exactly one type, so Chrome cannot deliver 'off' (Firefox, with no schema, can).
 */
function typeOf(field: SettingField): SchemaNode {
  switch (field.kind) {
    case 'number':
      return { type: 'integer' };
    case 'toggle':
      return { type: 'boolean' };
    case 'choice':
      return { type: 'string' };
    case 'hosts':
      return { type: 'array', items: { type: 'string' } };
    case 'week':
      return WEEK;
  }
}

export function managedSchema(): SchemaNode {
  const properties: Record<string, SchemaNode> = Object.fromEntries(
    SETTING_KEYS.map((key) => [key, { ...typeOf(SETTING_FIELDS[key]), title: key, description: limitsOf(SETTING_FIELDS[key]) }]),
  );
  properties[LOCKED_SETTINGS_KEY] = {
    type: 'array',
    title: LOCKED_SETTINGS_KEY,
    description: 'The names of the settings the person may not change.',
    items: { type: 'string' },
  };
  return { type: 'object', properties };
}
