// docs/admin.md stays true: its table of policy keys has one row per setting and one for
// `lockedSettings`, in the order of the settings, each saying what the setting does (its label and
// help from the English locale file), its limits as the schema says them, and Handrest's default;
// every example policy in it is one Handrest takes whole; and the Firefox id it gives is the
// add-on's.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { limitsOf } from '@/utils/settings/managed-schema';
import { LOCKED_SETTINGS_KEY, policyFrom } from '@/utils/settings/policy';
import { SETTING_FIELDS, SETTING_KEYS } from '@/utils/settings/setting-fields';
import { defaultSettings, type SettingKey } from '@/utils/settings/settings';
import { GECKO_ID } from '@/utils/browser/gecko-id';
import { messagesOf } from '../support/locale-messages';

const doc = readFileSync(resolve(process.cwd(), 'docs/admin.md'), 'utf8');
const messages = await messagesOf('en');
const message = (name: string) => messages[name]?.message ?? `(no message ${name})`;

/** Handrest's default as the table gives it: the JSON value, or words for the two that are long. */
function defaultText(key: SettingKey): string {
  if (key === 'workingHours') return 'Monday to Friday, 09:00 to 17:30';
  if (key === 'callSites') return 'the call sites Handrest knows (below)';
  return `\`${JSON.stringify(defaultSettings()[key])}\``;
}

const rowOf = (key: SettingKey) =>
  `| \`${key}\` | ${message(`setting_${key}_label`)}: ${message(`setting_${key}_help`)} | ${limitsOf(SETTING_FIELDS[key])} | ${defaultText(key)} |`;

/** The table's rows that name a key, in the doc's order. */
const keyRows = doc.split('\n').filter((line) => /^\| `\w+` \|/.test(line));

/** The JSON blocks of the doc that hold a Handrest policy object (with `lockedSettings`), wherever it sits in the browser's format. */
function examplePolicies(): Record<string, unknown>[] {
  const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1] as string) as unknown);
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    if (LOCKED_SETTINGS_KEY in value) found.push(value as Record<string, unknown>);
    else Object.values(value).forEach(visit);
  };
  blocks.forEach(visit);
  return found;
}

describe('docs/admin.md', () => {
  it('has a row for every setting, in order, then lockedSettings, each as the code says it', () => {
    expect(keyRows.slice(0, SETTING_KEYS.length)).toEqual(SETTING_KEYS.map(rowOf));
    expect(keyRows[SETTING_KEYS.length]).toMatch(new RegExp(`^\\| \`${LOCKED_SETTINGS_KEY}\` \\|`));
    expect(keyRows).toHaveLength(SETTING_KEYS.length + 1);
  });

  it('gives examples that Handrest takes whole: every value used, nothing refused', () => {
    const examples = examplePolicies();
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) {
      const policy = policyFrom(example);
      expect(policy.ignored, JSON.stringify(example)).toEqual([]);
      expect(Object.keys(policy.values).length + 1, 'each entry is a setting or the lock list').toBe(Object.keys(example).length);
    }
  });

  it("gives the add-on's Firefox id", () => {
    expect(doc).toContain(`\`${GECKO_ID}\``);
  });
});
