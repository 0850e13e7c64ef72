// The organisation's policy as managed storage hands it over (utils/settings/policy.ts): each entry
// checked on its own against the setting's type and range, unknown names and a bad lock list
// reported, a policy too large read only in part, and how a managed value and a lock shape the
// settings in force (a lock without a value keeps the value the setting has).
import { describe, expect, it } from 'vitest';
import { isPolicy, LOCKED_SETTINGS_KEY, NO_POLICY, policyFrom, withPolicy } from '@/utils/settings/policy';
import { SETTING_FIELDS, SETTING_KEYS } from '@/utils/settings/setting-fields';
import { defaultSettings, type SettingKey } from '@/utils/settings/settings';
import { MAX_SITES } from '@/utils/settings/validate-settings';
import { makeSettings } from '../support/fixtures';

/** A value of the right type but outside its setting's limits, for every setting. */
function outOfRange(key: SettingKey): unknown {
  const field = SETTING_FIELDS[key];
  switch (field.kind) {
    case 'number':
      return field.max + 1;
    case 'toggle':
      return 'true';
    case 'choice':
      return 'email';
    case 'hosts':
      return Array.from({ length: MAX_SITES + 1 }, (_, index) => `site${index}.example`);
    case 'week':
      return [[{ start: 60, end: 60 }], [], [], [], [], [], []];
  }
}

describe('Reading a policy', () => {
  it('takes the values that fit and the lock list', () => {
    const policy = policyFrom({ breakAfterMin: 45, microPauseAfterMin: 'off', delivery: 'badge', excludedSites: ['Intranet.Example.COM'], [LOCKED_SETTINGS_KEY]: ['delivery', 'breakAfterMin'] });
    expect(policy).toEqual({
      values: { breakAfterMin: 45, microPauseAfterMin: 'off', delivery: 'badge', excludedSites: ['intranet.example.com'] },
      // In the order of the settings, not of the list.
      locked: ['breakAfterMin', 'delivery'],
      ignored: [],
    });
    expect(isPolicy(policy)).toBe(true);
  });

  it('is no policy when managed storage holds nothing, or not an object', () => {
    expect(policyFrom({})).toBe(NO_POLICY);
    expect(policyFrom(undefined)).toBe(NO_POLICY);
    expect(policyFrom(['breakAfterMin'])).toBe(NO_POLICY);
  });

  it.each(SETTING_KEYS)('refuses %s outside its range and keeps the rest', (key) => {
    const other: SettingKey = key === 'snoozeMin' ? 'breakAfterMin' : 'snoozeMin';
    const policy = policyFrom({ [key]: outOfRange(key), [other]: 20 });
    expect(policy.values).toEqual({ [other]: 20 });
    expect(policy.ignored).toEqual([{ name: key, reason: 'invalid' }]);
  });

  it('refuses a value of the wrong type: a number as text, a fraction, a toggle as a number, a list as text, a week of six days', () => {
    const policy = policyFrom({ breakAfterMin: '45', snoozeMin: 12.5, hydrationEnabled: 1, callSites: 'zoom.us', workingHours: [[], [], [], [], [], []] });
    expect(policy.values).toEqual({});
    expect(policy.ignored.map((entry) => entry.name)).toEqual(['breakAfterMin', 'snoozeMin', 'hydrationEnabled', 'callSites', 'workingHours']);
    expect(policy.ignored.every((entry) => entry.reason === 'invalid')).toBe(true);
  });

  it("refuses 'off' where the setting has no off", () => {
    expect(policyFrom({ breakAfterMin: 'off' }).ignored).toEqual([{ name: 'breakAfterMin', reason: 'invalid' }]);
  });

  it('reports a name Handrest does not know, cut to a readable length, and takes the rest', () => {
    const longName = `x${'y'.repeat(500)}`;
    const policy = policyFrom({ breakAfter: 45, [longName]: true, breakLengthMin: 10 });
    expect(policy.values).toEqual({ breakLengthMin: 10 });
    expect(policy.ignored).toEqual([
      { name: 'breakAfter', reason: 'unknown' },
      { name: longName.slice(0, 64), reason: 'unknown' },
    ]);
    expect(isPolicy(policy)).toBe(true);
  });

  it.each([
    ['a name that is no setting', ['breakAfterMin', 'breakAfter']],
    ['text instead of a list', 'breakAfterMin'],
    ['a list with a number', ['breakAfterMin', 3]],
    ['a list longer than any list of setting names', Array.from({ length: SETTING_KEYS.length * 2 + 1 }, () => 'breakAfterMin')],
  ])('refuses a lock list with %s: nothing is locked', (_what, locked) => {
    const policy = policyFrom({ breakAfterMin: 45, [LOCKED_SETTINGS_KEY]: locked });
    expect(policy.locked).toEqual([]);
    expect(policy.values).toEqual({ breakAfterMin: 45 });
    expect(policy.ignored).toEqual([{ name: LOCKED_SETTINGS_KEY, reason: 'invalid' }]);
  });

  it('reads no more entries than a policy of every setting and the lock list can hold', () => {
    const unknown = Object.fromEntries(Array.from({ length: SETTING_KEYS.length * 2 + 1 }, (_, index) => [`unknown${index}`, index]));
    const policy = policyFrom({ ...unknown, breakAfterMin: 45 });
    expect(policy.ignored).toHaveLength(SETTING_KEYS.length * 2 + 1);
    expect(policy.values, 'an entry past the limit is not read').toEqual({});
    expect(isPolicy(policy), 'what was read can be stored and read back').toBe(true);
  });

  it('tells a stored policy from one policyFrom could not have made', () => {
    expect(isPolicy({ values: { breakAfterMin: 999 }, locked: [], ignored: [] })).toBe(false);
    expect(isPolicy({ values: {}, locked: ['breakAfter'], ignored: [] })).toBe(false);
    expect(isPolicy({ values: {}, locked: [], ignored: [{ name: 'x', reason: 'other' }] })).toBe(false);
  });
});

describe('The settings in force under a policy', () => {
  it('makes a managed value the default: the setting takes it until the person changes it, and their change wins', () => {
    const policy = policyFrom({ breakAfterMin: 45 });
    expect(withPolicy(defaultSettings(), {}, policy).breakAfterMin).toBe(45);
    expect(withPolicy(makeSettings({ breakAfterMin: 50 }), { breakAfterMin: 1 }, policy).breakAfterMin).toBe(50);
  });

  it('keeps a locked setting at the managed value, whatever the person changed', () => {
    const policy = policyFrom({ breakAfterMin: 45, [LOCKED_SETTINGS_KEY]: ['breakAfterMin'] });
    expect(withPolicy(makeSettings({ breakAfterMin: 50 }), { breakAfterMin: 1 }, policy).breakAfterMin).toBe(45);
  });

  it('keeps the value a setting has when the policy locks it without a value', () => {
    const policy = policyFrom({ [LOCKED_SETTINGS_KEY]: ['snoozeMin'] });
    expect(policy.locked).toEqual(['snoozeMin']);
    const settings = makeSettings({ snoozeMin: 25 });
    expect(withPolicy(settings, { snoozeMin: 1 }, policy)).toBe(settings);
    expect(withPolicy(settings, {}, policy).snoozeMin, 'even one the person never changed').toBe(25);
  });

  it('gives a value back its default when the policy stops setting it, and leaves alone one it never gave', () => {
    const previous = policyFrom({ breakAfterMin: 45 });
    const managed = withPolicy(defaultSettings(), {}, previous);
    expect(withPolicy(managed, {}, NO_POLICY, previous).breakAfterMin).toBe(defaultSettings().breakAfterMin);
    const own = makeSettings({ snoozeMin: 25 });
    expect(withPolicy(own, {}, NO_POLICY, previous), 'a value the policy never gave').toBe(own);
  });

  it('leaves the settings alone for a refused value', () => {
    const settings = defaultSettings();
    expect(withPolicy(settings, {}, policyFrom({ snoozeMin: 999 }))).toBe(settings);
  });
});
