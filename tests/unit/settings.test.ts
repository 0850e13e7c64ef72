import { describe, expect, it } from 'vitest';
import { isListedHost } from '@/utils/settings/host-list';
import { parseRanges } from '@/utils/settings/working-hours';
import { draftOf, readDraft, settingsFromDraft, SWITCHED_OFF } from '@/utils/settings/settings-draft';
import { settingWarnings } from '@/utils/settings/setting-warnings';
import { isCustomPlan, keptCustomPlan, withPlan } from '@/utils/settings/custom-plan';
import { PRESETS } from '@/utils/settings/presets';
import { customPlanAfter } from '@/utils/tracker/tracker';
import { makeSettings } from '../support/fixtures';
import { defaultSettings, type SettingKey } from '@/utils/settings/settings';
import { repairSettings, validateSetting as validateValue, validateSettings as validateValues } from '@/utils/settings/validate-settings';
import { SETTING_FIELDS, SETTING_KEYS, type NumberField } from '@/utils/settings/setting-fields';
import { settingErrorText, settingWarningText } from '@/utils/words/setting-text';
import { messagesOf } from '../support/locale-messages';
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

/** Each number field's sentence when its value is not in range: whole, its own, naming what the number does. */
const FIELD_SENTENCES = [
  ['microPauseAfterMin', 'A micro-pause can come after 5 to 60 minutes of typing: type a whole number in that range, or tick Off for no micro-pauses.'],
  ['microPauseLengthSec', 'A micro-pause can last 10 to 120 seconds: type a whole number in that range.'],
  ['breakAfterMin', 'A break can come after 5 to 180 minutes of typing: type a whole number in that range.'],
  ['breakLengthMin', 'A break can last 1 to 30 minutes: type a whole number in that range.'],
  ['typingGapSec', 'The typing gap can be 2 to 30 seconds: type a whole number in that range.'],
  ['renudgeMin', 'The nudge can come again every 1 to 60 minutes: type a whole number in that range, or tick Off for a single nudge.'],
  ['snoozeMin', 'A snooze can last 1 to 60 minutes: type a whole number in that range.'],
  ['dailyLimitHours', 'The daily limit can be 1 to 12 hours of typing: type a whole number in that range.'],
  ['hydrationIntervalMin', 'A drink reminder can come after 15 to 240 minutes: type a whole number in that range.'],
  ['waterGoalGlasses', 'The daily goal can be 1 to 20 glasses: type a whole number in that range.'],
] as const satisfies readonly (readonly [SettingKey, string])[];

describe('number settings: bounds from the schema, each field in its own sentence', () => {
  it('every number field has its sentence', () => {
    expect(FIELD_SENTENCES.map(([key]) => key).sort()).toEqual(SETTING_KEYS.filter((key) => SETTING_FIELDS[key].kind === 'number').sort());
  });

  it.each(FIELD_SENTENCES)('%s accepts its bounds; just outside them, a wrong type or a fraction gets its sentence', (key, message) => {
    const field = SETTING_FIELDS[key] as NumberField;
    expect(validateSetting(key, field.min)).toEqual({ ok: true, value: field.min });
    expect(validateSetting(key, field.max)).toEqual({ ok: true, value: field.max });
    for (const wrong of [field.min - 1, field.max + 1, '30', null, undefined, true, {}, [], Number.NaN, Number.POSITIVE_INFINITY, field.min + 0.5]) {
      expect(validateSetting(key, wrong)).toEqual({ ok: false, message });
    }
  });

  it.each(['en', 'de', 'es', 'fr', 'pt_BR', 'ru', 'hi', 'ja', 'zh_CN', 'ar'])(
    'in %s, whatever says how to turn a number off points to the Off switch by its label, and no field sentence glues in a label',
    async (locale) => {
      const messages = await messagesOf(locale);
      const say = (name: string) => messages[name]?.message ?? '';
      const offSwitch = say('settingMeta_offSwitch').toLocaleLowerCase();
      const offFields = SETTING_KEYS.filter((name) => (SETTING_FIELDS[name] as NumberField).allowsOff);
      for (const name of [...offFields.map((key) => `fieldError_${key}`), 'setting_renudgeMin_help', 'settingWarning_microPauseNeverComes']) {
        expect(say(name).toLocaleLowerCase(), name).toContain(offSwitch);
      }
      for (const [key] of FIELD_SENTENCES) expect(say(`fieldError_${key}`), key).not.toContain('{label}');
    },
  );
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
    ['hydrationEnabled', 'The setting “Hydration nudges” must be on or off.'],
    ['badgeEnabled', 'The setting “Toolbar badge” must be on or off.'],
    ['countOtherApps', 'The setting “Count activity in other apps (approximate)” must be on or off.'],
  ] as const)('%s takes only booleans', (key, message) => {
    expect(validateSetting(key, false)).toEqual({ ok: true, value: false });
    expect(validateSetting(key, 'yes')).toEqual({ ok: false, message });
  });

  it('delivery takes one of its choices', () => {
    expect(validateSetting('delivery', 'badge')).toEqual({ ok: true, value: 'badge' });
    expect(validateSetting('delivery', 'email')).toEqual({
      ok: false,
      message: 'The setting “Nudge delivery” must be one of: Notification and badge or Badge only.',
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
      message: 'The setting “Excluded sites” must be a list of host names.',
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
        breakAfterMin: 'A break can come after 5 to 180 minutes of typing: type a whole number in that range.',
        typingGapSec: 'The typing gap can be 2 to 30 seconds: type a whole number in that range.',
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

describe('the words for off', () => {
  const LOCALES = ['en', 'de', 'es', 'fr', 'pt_BR', 'ru', 'hi', 'ja', 'zh_CN', 'ar'];

  it.each(LOCALES)('in %s, the language’s words for off (as the page and its Off switch write them) and "off" turn a number off', async (locale) => {
    const messages = await messagesOf(locale);
    const words = [messages.settingMeta_off?.message ?? '', messages.settingMeta_offSwitch?.message ?? ''];
    const draft = draftOf(makeSettings());
    for (const typed of [...words, ...words.map((word) => ` ${word.toLocaleUpperCase()} `), 'off', 'Off']) {
      const read = readDraft({ ...draft, renudgeMin: typed, microPauseAfterMin: typed }, words);
      expect(read.values.renudgeMin, typed).toBe('off');
      expect(read.values.microPauseAfterMin, typed).toBe('off');
      expect(read.errors, typed).toEqual({});
    }
  });

  it('only a field that can be off takes them, and no other word is off', () => {
    const draft = draftOf(makeSettings());
    const words = ['aus', 'Aus'];
    expect(readDraft({ ...draft, breakAfterMin: 'aus' }, words).errors.breakAfterMin?.kind).toBe('whole-number');
    for (const typed of ['au', 'ausschalten', 'of', '']) expect(readDraft({ ...draft, renudgeMin: typed }, words).errors.renudgeMin?.kind, typed).toBe('whole-number');
    expect(readDraft({ ...draft, renudgeMin: 'выкл' }, ['выкл.']).values.renudgeMin).toBe('off');
  });

  it('the Off switch is no text, so nothing typed is taken for it', () => {
    expect(draftOf(makeSettings({ renudgeMin: 'off' })).renudgeMin).toBe(SWITCHED_OFF);
    expect(readDraft({ ...draftOf(makeSettings()), renudgeMin: SWITCHED_OFF }, []).values.renudgeMin).toBe('off');
  });
});

describe('a draft saves each field valid on its own', () => {
  it('fields in error keep the value in force; every other field is saved', () => {
    const inForce = makeSettings({ breakAfterMin: 40 });
    const draft = { ...draftOf(inForce), breakAfterMin: '', typingGapSec: '10', badgeEnabled: false, excludedSites: 'not a host!' };
    const read = readDraft(draft, []);
    expect(Object.keys(read.errors).sort()).toEqual(['breakAfterMin', 'excludedSites']);
    expect(settingsFromDraft(inForce, read)).toEqual({ ...inForce, typingGapSec: 10, badgeEnabled: false });
  });
});

describe('settings that do not work together', () => {
  it.each([
    [14, 15, false],
    [15, 15, true],
    [60, 15, true],
    ['off', 5, false],
  ] as const)('a micro-pause after %s min with a break after %i min: warned %s', (microPauseAfterMin, breakAfterMin, warned) => {
    const warnings = settingWarnings(makeSettings({ microPauseAfterMin, breakAfterMin }));
    expect(warnings).toEqual(warned ? { microPauseAfterMin: { kind: 'micro-pause-never-comes', breakAfterMin } } : {});
  });

  it('the warning says so in words, and that it was saved', () => {
    const warning = settingWarnings(makeSettings({ microPauseAfterMin: 30, breakAfterMin: 25 })).microPauseAfterMin;
    expect(warning && settingWarningText(warning)).toBe(
      'Saved, but no micro-pause can come like this: the break comes first, after 25 min of typing. Choose fewer minutes, or tick Off if you want no micro-pauses.',
    );
  });
});

describe('the own break plan', () => {
  const own = makeSettings({ breakAfterMin: 25, microPauseAfterMin: 12 });
  const ownPlan = { ...PRESETS.recommended, breakAfterMin: 25, microPauseAfterMin: 12 };
  const gentle = withPlan(own, 'gentle', null);

  it('is kept when a preset replaces it, and follows the own numbers while they are in force', () => {
    expect(keptCustomPlan(null, own, gentle)).toEqual(ownPlan);
    expect(keptCustomPlan(null, defaultSettings(), own)).toEqual(ownPlan);
    expect(keptCustomPlan(ownPlan, gentle, withPlan(gentle, 'recovering', null))).toBe(ownPlan);
    const kept = keptCustomPlan(null, own, gentle);
    expect(keptCustomPlan(kept, own, makeSettings({ breakAfterMin: 25, microPauseAfterMin: 12 }))).toBe(kept);
    expect(keptCustomPlan(kept, own, own)).toBe(kept);
  });

  it('Custom brings the kept numbers back and nothing else; with none kept it changes nothing', () => {
    const later = { ...gentle, snoozeMin: 3 };
    expect(withPlan(later, 'custom', ownPlan)).toEqual({ ...own, snoozeMin: 3 });
    expect(withPlan(later, 'custom', null)).toBe(later);
  });

  it('is forgotten with all data, and kept through other actions', () => {
    expect(customPlanAfter({ type: 'delete-all' }, ownPlan, gentle, defaultSettings())).toBeNull();
    expect(customPlanAfter({ type: 'drink' }, ownPlan, gentle, gentle)).toBe(ownPlan);
  });

  it.each([
    ['a plan', ownPlan, true],
    ['a value out of range', { ...ownPlan, breakAfterMin: 900 }, false],
    ['a missing setting', { ...ownPlan, breakAfterMin: undefined }, false],
    ['another setting', { ...ownPlan, snoozeMin: 5 }, false],
    ['a list', [ownPlan], false],
  ])('a stored value that is %s is sound: %s', (_name, raw, sound) => {
    expect(isCustomPlan(raw)).toBe(sound);
  });
});
