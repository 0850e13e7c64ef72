// Counts take the form the UI language's plural rules ask for: Russian's one, few and many, Arabic's
// zero and two, and `other` where a language's file has no form for the category.
import { describe, expect, it } from 'vitest';
import { pluralText } from '@/utils/words/plural';
import { speak, type ChromeMessages } from '../support/locale-messages';

/** The locale file's form of a plural message for `category`, with {count} as the browser fills it. */
const formOf = (messages: ChromeMessages, name: string, category: string, count: string) =>
  (messages[`${name}_${category}`]?.message ?? '').replaceAll('{count}', count);

describe('pluralText', () => {
  it('speaks English: one and other', async () => {
    await speak('en', 'en');
    expect(pluralText('popup.announceGlasses', 1)).toBe('One glass of water today.');
    expect(pluralText('popup.announceGlasses', 3)).toBe('3 glasses of water today.');
    expect(pluralText('history.breaksOnDay', 1200)).toBe('1,200 breaks');
  });

  it('speaks Russian: 1 and 21 are one, 2 and 24 few, 5, 11 and 0 many', async () => {
    const russian = await speak('ru', 'ru');
    const forms = new Set<string>();
    for (const [count, category] of [[1, 'one'], [21, 'one'], [2, 'few'], [24, 'few'], [5, 'many'], [11, 'many'], [0, 'many']] as const) {
      const text = pluralText('popup.announceGlasses', count);
      expect(text, `${count}`).toBe(formOf(russian, 'popup_announceGlasses', category, String(count)));
      forms.add(text.replace(String(count), '#'));
    }
    expect(forms.size).toBe(3);
  });

  it('speaks Arabic: its zero, one, two, few, many and other', async () => {
    const arabic = await speak('ar', 'ar');
    const number = new Intl.NumberFormat('ar');
    for (const [count, category] of [[0, 'zero'], [1, 'one'], [2, 'two'], [3, 'few'], [11, 'many'], [100, 'other']] as const) {
      expect(pluralText('history.daysOption', count), `${count}`).toBe(formOf(arabic, 'history_daysOption', category, number.format(count)));
    }
  });

  it('falls back to other where the locale file has no form for the category', async () => {
    const japanese = await speak('ja', 'ru');
    expect(pluralText('settingMeta.sites', 1)).toBe(formOf(japanese, 'settingMeta_sites', 'other', '1'));
  });
});
