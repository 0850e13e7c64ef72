// Every locale file says everything the English one says, and nothing else: the same messages, none
// empty, each with the same placeholders; plural messages with exactly the forms the language's
// plural rules use, and a {count} in every form that stands for more than one number.

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';

const LOCALES_DIR = 'utils/locales';
const PLURAL_CATEGORIES: ReadonlySet<string> = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

interface Message {
  key: string;
  text: string;
  placeholders: string[];
}

async function messagesIn(locale: string): Promise<Message[]> {
  const parsed = await parseMessagesFile(`${LOCALES_DIR}/${locale}.yml`);
  return parsed.map((entry) => ({
    key: entry.key.join('.'),
    text: 'message' in entry ? entry.message : '',
    placeholders: [...new Set(entry.namedSubstitutions ?? [])].sort(),
  }));
}

/** `options.unsaved.few` → `options.unsaved`, for a message whose last key part is a plural category. */
const pluralNameOf = (key: string): string | null => {
  const parts = key.split('.');
  return PLURAL_CATEGORIES.has(parts.at(-1) as string) ? parts.slice(0, -1).join('.') : null;
};

/** The BCP 47 tag Intl knows a locale file by: `pt_BR` → `pt-BR`. */
const languageTag = (locale: string) => locale.replace('_', '-');

/** Whether a plural category of the language covers more than one whole number (ru `one`: 1, 21, 31…). */
function coversManyNumbers(locale: string, category: string): boolean {
  const rules = new Intl.PluralRules(languageTag(locale));
  let found = 0;
  for (let number = 0; number <= 1000 && found < 2; number++) if (rules.select(number) === category) found++;
  return found > 1;
}

const otherLocales = readdirSync(LOCALES_DIR)
  .filter((file) => file.endsWith('.yml') && file !== 'en.yml')
  .map((file) => file.replace(/\.yml$/, ''));

describe('locale files', () => {
  it('there are at least ten languages, with the ones Handrest promises', () => {
    expect(otherLocales.length + 1).toBeGreaterThanOrEqual(10);
    expect(otherLocales).toEqual(expect.arrayContaining(['de', 'fr', 'es', 'pt_BR', 'ja', 'zh_CN', 'hi', 'ru', 'ar']));
  });

  describe.each(otherLocales)('%s', (locale) => {
    it('has every English message that is not a plural form, no other, none empty, each with the same placeholders', async () => {
      const english = (await messagesIn('en')).filter((message) => pluralNameOf(message.key) === null);
      const translated = new Map((await messagesIn(locale)).filter((message) => pluralNameOf(message.key) === null).map((message) => [message.key, message]));
      expect([...translated.keys()].sort()).toEqual(english.map((message) => message.key).sort());
      for (const message of english) {
        const translation = translated.get(message.key) as Message;
        expect(translation.text.trim(), message.key).not.toBe('');
        expect(translation.placeholders, message.key).toEqual(message.placeholders);
      }
    });

    it('gives each plural message exactly the forms its plural rules use, with {count} wherever a form means several numbers', async () => {
      const categories = new Intl.PluralRules(languageTag(locale)).resolvedOptions().pluralCategories;
      const english = (await messagesIn('en')).filter((message) => message.key.endsWith('.other') && pluralNameOf(message.key) !== null);
      const translated = await messagesIn(locale);
      expect(english.length).toBeGreaterThan(0);
      for (const { key, placeholders } of english) {
        const name = pluralNameOf(key) as string;
        const forms = translated.filter((message) => pluralNameOf(message.key) === name);
        expect(forms.map((form) => form.key.split('.').at(-1)).sort(), name).toEqual([...categories].sort());
        for (const form of forms) {
          const category = form.key.split('.').at(-1) as string;
          expect(form.text.trim(), form.key).not.toBe('');
          const expected = coversManyNumbers(locale, category) ? placeholders : placeholders.filter((placeholder) => form.placeholders.includes(placeholder));
          expect(form.placeholders, form.key).toEqual(expected);
        }
      }
    });
  });
});
