// Chrome's managed storage schema (utils/settings/managed-schema.ts): it names exactly the settings
// and `lockedSettings`, each with the type a policy value of that setting has, and says each one's
// limits; every value the settings allow fits it (so Chrome never drops a valid value), and the
// names are those of the JSON export, which is what an administrator copies from.
import { describe, expect, it } from 'vitest';
import { limitsOf, managedSchema, type SchemaNode } from '@/utils/settings/managed-schema';
import { LOCKED_SETTINGS_KEY } from '@/utils/settings/policy';
import { SETTING_FIELDS, SETTING_KEYS } from '@/utils/settings/setting-fields';
import { defaultSettings } from '@/utils/settings/settings';
import { buildExport } from '@/utils/days/history-export';

/** Whether a value fits a schema as Chrome checks it: the JSON type, item by item and property by property. */
function fits(schema: SchemaNode, value: unknown): boolean {
  switch (schema.type) {
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value) && value.every((item) => schema.items === undefined || fits(schema.items, item));
    case 'object':
      return (
        typeof value === 'object' &&
        value !== null &&
        Object.entries(value).every(([key, item]) => schema.properties?.[key] === undefined || fits(schema.properties[key], item))
      );
  }
}

const schema = managedSchema();
const properties = schema.properties ?? {};

describe("Chrome's managed schema", () => {
  it('is an object of exactly the settings and the lock list, as Chrome requires of its top level', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(properties)).toEqual([...SETTING_KEYS, LOCKED_SETTINGS_KEY]);
  });

  it("names the settings as the JSON export does, so that an export's settings are a policy as they are", () => {
    const exported = buildExport([], defaultSettings(), 0).settings;
    expect(Object.keys(exported).sort()).toEqual([...SETTING_KEYS].sort());
    expect(fits(schema, exported)).toBe(true);
  });

  it.each(SETTING_KEYS)('gives %s its type, and its limits in words', (key) => {
    const field = SETTING_FIELDS[key];
    const node = properties[key] as SchemaNode;
    const expected = { number: 'integer', toggle: 'boolean', choice: 'string', hosts: 'array', week: 'array' }[field.kind];
    expect(node.type).toBe(expected);
    expect(node.title).toBe(key);
    expect(node.description).toBe(limitsOf(field));
    if (field.kind === 'number') expect(node.description).toContain(`${field.unit}, ${field.min} to ${field.max}`);
    if (field.kind === 'choice') for (const choice of field.choices) expect(node.description).toContain(`"${choice}"`);
  });

  it("lets every value the settings allow through (except 'off', which a Chrome schema cannot type beside a number)", () => {
    for (const key of SETTING_KEYS) {
      const field = SETTING_FIELDS[key];
      const node = properties[key] as SchemaNode;
      const values = field.kind === 'number' ? [field.min, field.max] : [defaultSettings()[key]];
      for (const value of values) expect(fits(node, value), `${key}: ${JSON.stringify(value)}`).toBe(true);
      if (field.kind === 'number' && field.allowsOff) expect(fits(node, 'off')).toBe(false);
    }
    expect(fits(properties.workingHours as SchemaNode, [[{ start: 0, end: 0 }], [], [], [], [], [], [{ start: 1380, end: 60 }]])).toBe(true);
  });

  it('types the lock list as a list of names', () => {
    expect(fits(properties[LOCKED_SETTINGS_KEY] as SchemaNode, [...SETTING_KEYS])).toBe(true);
    expect(fits(properties[LOCKED_SETTINGS_KEY] as SchemaNode, 'breakAfterMin')).toBe(false);
  });
});
