// The extension's messages as the browser would serve them, read from a locale file
// (utils/locales/<locale>.yml) the way @wxt-dev/i18n builds _locales/<locale>/messages.json: for
// the fake browser's i18n.getMessage in unit tests, and for the tests of the locale files.
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

export type ChromeMessages = Record<string, { message: string }>;

export async function messagesOf(locale: string): Promise<ChromeMessages> {
  return generateChromeMessages(await parseMessagesFile(`utils/locales/${locale}.yml`)) as ChromeMessages;
}

/** i18n.getMessage over `messages`: the message with $1… replaced, or '' for an unknown name. */
export function getMessageFrom(messages: ChromeMessages) {
  return (name: string, substitutions?: string | string[]): string => {
    const entry = messages[name];
    if (entry === undefined) return '';
    const values = substitutions === undefined ? [] : [substitutions].flat();
    return values.reduce((text, value, index) => text.replaceAll(`$${index + 1}`, value), entry.message);
  };
}
