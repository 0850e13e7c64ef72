// The one translator for every page and the background: WXT's typed i18n over the extension's
// locale files. It is made here rather than imported from the generated `#i18n` module because
// WXT loads the entrypoints before it writes that module, so a clean `wxt prepare` cannot import it;
// only its type is taken from there, and types leave no import behind.

import { createI18n } from '@wxt-dev/i18n';
import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '#i18n';

export const i18n = createI18n<GeneratedI18nStructure>();

/** Whether the locale file the browser chose has a message (its name as the key, dots and all). */
export function hasMessage(key: string): boolean {
  // Message names in _locales join the key's parts with '_'.
  return (browser.i18n.getMessage as (messageName: string) => string)(key.replaceAll('.', '_')) !== '';
}
