// Messages that carry a count, in the form the UI language's plural rules ask for. The locale
// files give such a message one entry per CLDR category the language uses (zero, one, two, few,
// many, other) under its name; `other` is always there and serves where a form is missing.

import { uiLanguage } from '../browser/ui-language';
import { hasMessage, i18n } from '../browser/i18n';
import type { GeneratedI18nStructure } from '#i18n';

/** The messages that have plural forms, by name: those whose English file has an `other` form. */
type PluralMessage = keyof GeneratedI18nStructure extends infer Key ? (Key extends `${infer Name}.other` ? Name : never) : never;

export function pluralText(name: PluralMessage, count: number): string {
  const category = new Intl.PluralRules(uiLanguage()).select(count);
  // The category's form may be absent (a UI language without its own locale file gets English,
  // which has no `few`), so ask whether the browser has it.
  const form = hasMessage(`${name}.${category}`) ? category : 'other';
  return i18n.t(`${name}.${form}` as `${PluralMessage}.other`, { count: new Intl.NumberFormat(uiLanguage()).format(count) });
}
