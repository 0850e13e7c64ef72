import { describe, expect, it } from 'vitest';
import { isListedHost } from '@/utils/settings/host-list';
import { parseRanges } from '@/utils/settings/working-hours';
import { defaultSettings, type SettingKey } from '@/utils/settings/settings';
import { repairSettings, validateSetting as validateValue, validateSettings as validateValues } from '@/utils/settings/validate-settings';
import { SETTING_FIELDS, SETTING_KEYS, type NumberField } from '@/utils/settings/setting-fields';
import { settingErrorText, settingLabel } from '@/utils/words/setting-text';
import { seedStorage, storedSettings } from '../support/background-harness';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A setting's validation with what is wrong said in words, as the options page says it (in English here). */
function validateSetting(key: SettingKey, raw: unknown) {
  const result = validateValue(key, raw);
  return result.ok ? result : { ok: false, message: settingErrorText(key, result.error) };
}

function validateSettings(candidate: Record<SettingKey, unknown>) {
  const result = validateValues(candidate);
  if (result.ok) return result;
  const errors = Object.entries(result.errors).map(([key, error]) => [key, settingErrorText(key as SettingKey, error)]);
  return { ok: false, errors: Object.fromEntries(errors) };
}

const UNIT_WORDS = { minutes: 'minutes', seconds: 'seconds', hours: 'hours', glasses: 'glasses' } as const;

const numberFields = SETTING_KEYS.filter((key) => SETTING_FIELDS[key].kind === 'number').map(
  (key) => [key, SETTING_FIELDS[key] as NumberField] as const,
);

describe('number settings: bounds from the schema', () => {
  it.each([
    ['breakAfterMin', 5, 180, 'Break after must be from 5 to 180 minutes.'],
    ['breakLengthMin', 1, 30, 'Break length must be from 1 to 30 minutes.'],
    ['typingGapSec', 2, 30, 'Typing gap must be from 2 to 30 seconds.'],
    ['renudgeMin', 1, 60, 'Remind again every must be from 1 to 60 minutes, or off.'],
    ['snoozeMin', 1, 60, 'Snooze length must be from 1 to 60 minutes.'],
    ['hydrationIntervalMin', 15, 240, 'Drink reminder after must be from 15 to 240 minutes.'],
    ['waterGoalGlasses', 1, 20, 'Daily water goal must be from 1 to 20 glasses.'],
  ] as const)('%s accepts %i and %i and rejects just outside', (key, min, max, message) => {
    expect(validateSetting(key, min)).toEqual({ ok: true, value: min });
    expect(validateSetting(key, max)).toEqual({ ok: true, value: max });
    expect(validateSetting(key, min - 1)).toEqual({ ok: false, message });
    expect(validateSetting(key, max + 1)).toEqual({ ok: false, message });
  });

  it.each(numberFields)('%s rejects wrong types and fractions with a message', (key, field) => {
    const off = field.allowsOff ? ', or off' : '';
    const message = `${settingLabel(key)} must be a whole number from ${field.min} to ${field.max} ${UNIT_WORDS[field.unit]}${off}.`;
    for (const wrong of ['30', null, undefined, true, {}, [], Number.NaN, Number.POSITIVE_INFINITY, field.min + 0.5]) {
      expect(validateSetting(key, wrong)).toEqual({ ok: false, message });
    }
  });

  it('every default is valid', () => {
    for (const key of SETTING_KEYS) expect(validateSetting(key, defaultSettings()[key]).ok).toBe(true);
  });

  it('only the re-nudge interval can be off', () => {
    expect(validateSetting('renudgeMin', 'off')).toEqual({ ok: true, value: 'off' });
    expect(validateSetting('breakAfterMin', 'off').ok).toBe(false);
  });
});

describe('other settings', () => {
  it.each([
    ['hydrationEnabled', 'Hydration nudges must be on or off.'],
    ['badgeEnabled', 'Toolbar badge must be on or off.'],
    ['countOtherApps', 'Count activity in other apps (approximate) must be on or off.'],
  ] as const)('%s takes only booleans', (key, message) => {
    expect(validateSetting(key, false)).toEqual({ ok: true, value: false });
    expect(validateSetting(key, 'yes')).toEqual({ ok: false, message });
  });

  it('delivery takes one of its choices', () => {
    expect(validateSetting('delivery', 'badge')).toEqual({ ok: true, value: 'badge' });
    expect(validateSetting('delivery', 'email')).toEqual({
      ok: false,
      message: 'Nudge delivery must be one of: Notification and badge or Badge only.',
    });
  });

  it('excluded sites are normalised host names', () => {
    expect(validateSetting('excludedSites', [' Docs.Example.com ', 'https://mail.example.org/inbox', '127.0.0.1:8080', ''])).toEqual({
      ok: true,
      value: ['docs.example.com', 'mail.example.org', '127.0.0.1'],
    });
    expect(validateSetting('excludedSites', ['not a host'])).toEqual({
      ok: false,
      message: '"not a host" is not a host name (for example: example.com).',
    });
    expect(validateSetting('excludedSites', 'example.com')).toEqual({
      ok: false,
      message: 'Excluded sites must be a list of host names.',
    });
  });

  it('an excluded host covers its subdomains but not look-alikes', () => {
    expect(isListedHost('example.com', ['example.com'])).toBe(true);
    expect(isListedHost('docs.example.com', ['example.com'])).toBe(true);
    expect(isListedHost('notexample.com', ['example.com'])).toBe(false);
    expect(isListedHost('127.0.0.1', ['127.0.0.1'])).toBe(true);
  });

  it('validates a whole candidate with one message per invalid field', () => {
    const result = validateSettings({ ...defaultSettings(), breakAfterMin: 4, typingGapSec: 'x' } as Record<SettingKey, unknown>);
    expect(result).toEqual({
      ok: false,
      errors: {
        breakAfterMin: 'Break after must be from 5 to 180 minutes.',
        typingGapSec: 'Typing gap must be a whole number from 2 to 30 seconds.',
      },
    });
    expect(validateSettings(defaultSettings())).toEqual({ ok: true, value: defaultSettings() });
  });
});

describe('stored settings repair field by field', () => {
  it.each([
    ['missing', undefined, defaultSettings()],
    ['not an object', 'garbage', defaultSettings()],
    ['an array', [1, 2], defaultSettings()],
    ['partial', { breakAfterMin: 45 }, { ...defaultSettings(), breakAfterMin: 45 }],
    [
      'wrong-typed and out-of-range fields',
      { breakAfterMin: '45', breakLengthMin: 99, typingGapSec: 7, delivery: 'badge', excludedSites: 'x' },
      { ...defaultSettings(), typingGapSec: 7, delivery: 'badge' },
    ],
  ])('%s', (_name, stored, expected) => {
    expect(repairSettings(stored)).toEqual(expected);
  });

  it('corrupt stored JSON falls back to defaults through the storage item', async () => {
    await fakeBrowser.storage.local.set({ settings: '{"breakAfterMin": 4' });
    expect(await storedSettings()).toEqual(defaultSettings());
    await seedStorage({ settings: { ...defaultSettings(), breakAfterMin: 50 } });
    expect((await storedSettings()).breakAfterMin).toBe(50);
  });
});

describe('working hours as people type them', () => {
  const NINE_TO_FIVE = [{ start: 9 * 60, end: 17 * 60 }];
  const NINE_TO_HALF_FIVE = [{ start: 9 * 60, end: 17 * 60 + 30 }];
  it.each([
    ['9-17', NINE_TO_FIVE],
    ['9–17', NINE_TO_FIVE],
    ['9 - 17', NINE_TO_FIVE],
    ['9 to 17', NINE_TO_FIVE],
    ['9:00-17:30', NINE_TO_HALF_FIVE],
    ['09:00–17:30', NINE_TO_HALF_FIVE],
    ['09:00-17:30', NINE_TO_HALF_FIVE],
    ['9:00—17:30', NINE_TO_HALF_FIVE],
    ['09:00~17:30', NINE_TO_HALF_FIVE],
    ['9–17:30', NINE_TO_HALF_FIVE],
    ['０９：００〜１７：３０', NINE_TO_HALF_FIVE],
    ['٩–١٧:٣٠', NINE_TO_HALF_FIVE],
    ['13-18, 9-12:30', [{ start: 9 * 60, end: 12 * 60 + 30 }, { start: 13 * 60, end: 18 * 60 }]],
    ['22-2', [{ start: 22 * 60, end: 2 * 60 }]],
    ['0-24', [{ start: 0, end: 0 }]],
    ['', []],
  ])('reads "%s"', (text, ranges) => {
    expect(parseRanges(text)).toEqual({ ok: true, value: ranges });
  });

  it.each(['9', '9-', '-17', '25-26', '9-9', '9:5-17', '9:60-17', '9-17-18', '9h-17h', '9.30-17'])('refuses "%s"', (text) => {
    expect(parseRanges(text).ok).toBe(false);
  });
});
