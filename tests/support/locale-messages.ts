// The extension's messages as the browser would serve them, read from a locale file
// (utils/locales/<locale>.yml) the way @wxt-dev/i18n builds _locales/<locale>/messages.json: for
// the fake browser's i18n.getMessage in unit tests, and for the tests of the locale files.
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

export type ChromeMessages = Record<string, { message: string }>;

export async function messagesOf(locale: string): Promise<ChromeMessages> {
  return generateChromeMessages(await parseMessagesFile(`utils/locales/${locale}.yml`)) as ChromeMessages;
}

/**
 * i18n.getMessage over `messages`: the message, or '' for an unknown name. Handrest's messages use
 * named placeholders only ({count}), which i18n.t fills in itself, so there is nothing to substitute.
 */
export function getMessageFrom(messages: ChromeMessages) {
  return (name: string): string => messages[name]?.message ?? '';
}

/** Makes the fake browser speak a locale file's messages, with `uiLanguage` as its UI language; resolves to the messages. */
export async function speak(locale: string, uiLanguage = locale): Promise<ChromeMessages> {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  const messages = await messagesOf(locale);
  fakeBrowser.i18n.getMessage = getMessageFrom(messages) as never;
  fakeBrowser.i18n.getUILanguage = (() => uiLanguage) as never;
  return messages;
}
