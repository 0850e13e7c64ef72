// Handrest in the language of the browser: real Chromium started in each of its ten languages
// (German, Japanese and Arabic among them), and Firefox in German. The popup, the options page
// (with a field in error), the break view, the history and the welcome page speak that language,
// marked with it on the root (Arabic right to left), carry no English message left untranslated,
// keep every text inside its box, and pass axe.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { localDayKey, MINUTE, SECOND } from '../../utils/helpers/time';
import { axeViolations, formatViolations } from './support/axe';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { launchFirefox } from './support/firefox';
import type { StoredItems } from './support/extension-api';
import { overflowingElements } from './support/layout';
import { PAGE_READY, POPUP_VIEWPORT, TAB_VIEWPORT } from './support/pages';
import { breakSessionOf, storedWeek, streakState } from '../support/fixtures';
import { getMessageFrom, messagesOf, type ChromeMessages } from '../support/locale-messages';

/**
 * The interface languages Chromium is started in, with the locale file each should get: all ten
 * (German for long words, Japanese and Chinese for text without spaces, Arabic right to left).
 */
const LANGUAGES = [
  { language: 'en-US', localeFile: 'en', dir: 'ltr' },
  { language: 'de', localeFile: 'de', dir: 'ltr' },
  { language: 'fr', localeFile: 'fr', dir: 'ltr' },
  { language: 'es', localeFile: 'es', dir: 'ltr' },
  { language: 'pt-BR', localeFile: 'pt_BR', dir: 'ltr' },
  { language: 'ru', localeFile: 'ru', dir: 'ltr' },
  { language: 'hi', localeFile: 'hi', dir: 'ltr' },
  { language: 'ja', localeFile: 'ja', dir: 'ltr' },
  { language: 'zh-CN', localeFile: 'zh_CN', dir: 'ltr' },
  { language: 'ar', localeFile: 'ar', dir: 'rtl' },
] as const;

interface PageUnderTest {
  name: string;
  path: 'popup.html' | 'options.html' | 'break.html' | 'history-page.html' | 'welcome.html';
  viewport: { width: number; height: number };
  storage: (now: number) => StoredItems;
  /** The page's main heading, by its message name. */
  heading: string;
  /** Brings the page into the state under test and waits for it. */
  prepare?: (page: Page, say: (name: string) => string) => Promise<void>;
}

const PAGES: PageUnderTest[] = [
  {
    name: 'popup with a due break',
    path: 'popup.html',
    viewport: POPUP_VIEWPORT,
    storage: (now) => ({ typing: streakState(32 * MINUTE, now) }),
    heading: 'extName',
    prepare: async (page, say) => {
      await page.getByText(say('status_breakDue'), { exact: true }).waitFor();
    },
  },
  {
    name: 'options with a field in error',
    path: 'options.html',
    viewport: TAB_VIEWPORT,
    storage: () => ({}),
    heading: 'options_title',
    prepare: async (page) => {
      await page.locator('#setting-breakAfterMin').fill('200');
      await page.locator('#setting-breakAfterMin[aria-invalid="true"]').waitFor();
    },
  },
  {
    name: 'break view with a running break',
    path: 'break.html',
    viewport: TAB_VIEWPORT,
    storage: (now) => ({ typing: streakState(25 * MINUTE, now), breakSession: breakSessionOf(now - 60 * SECOND, now + 4 * MINUTE) }),
    heading: 'breakView_restYourHands',
  },
  {
    name: 'history with a week of days',
    path: 'history-page.html',
    viewport: TAB_VIEWPORT,
    storage: (now) => storedWeek(localDayKey(now)),
    heading: 'history_title',
  },
  {
    name: 'welcome page',
    path: 'welcome.html',
    viewport: TAB_VIEWPORT,
    storage: () => ({}),
    heading: 'welcome_title',
  },
];

/** The runs of a message between its {placeholders}: the text a page shows verbatim. */
const literalRuns = (message: string) => message.split(/\{\w+\}/).map((run) => run.trim());

/**
 * English a page in another language must not show: the literal runs of each message its locale file
 * says otherwise, of two words or more (a single word such as "Handrest" may well be the same).
 */
function untranslatedEnglish(english: ChromeMessages, translated: ChromeMessages): string[] {
  return Object.entries(english)
    .filter(([name, { message }]) => translated[name]?.message !== message)
    .flatMap(([, { message }]) => literalRuns(message))
    .filter((run) => run.split(/\s+/).length >= 2);
}

async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

for (const { language, localeFile, dir } of LANGUAGES) {
  describe(`Chromium in ${language}`, () => {
    let session: ChromiumSession;
    let messages: ChromeMessages;
    let english: ChromeMessages;

    beforeAll(async () => {
      [messages, english] = await Promise.all([messagesOf(localeFile), messagesOf('en')]);
      session = await launchChromium({ language });
    });

    afterAll(async () => {
      await session?.close();
    });

    test('the browser runs in that language, and the extension speaks it', async () => {
      const worker = await session.runningWorker();
      expect(await worker.evaluate(() => chrome.i18n.getUILanguage())).toBe(language);
      expect(await worker.evaluate(() => chrome.i18n.getMessage('options_title'))).toBe(messages.options_title?.message);
    });

    for (const pageUnderTest of PAGES) {
      test(`${pageUnderTest.name}: in ${language}, ${dir}, every text in its box, no axe violation`, async () => {
        const say = (name: string) => getMessageFrom(messages)(name);
        await session.replaceStorage(pageUnderTest.storage(Date.now()));
        const page = await session.openExtensionPage(pageUnderTest.path, { viewport: pageUnderTest.viewport });
        try {
          await page.locator(PAGE_READY).waitFor();
          await pageUnderTest.prepare?.(page, say);
          const root = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
          expect(root).toEqual({ lang: say('locale_tag'), dir });
          await page.getByRole('heading', { level: 1, name: say(pageUnderTest.heading) }).waitFor();
          if (localeFile !== 'en') {
            const text = await pageText(page);
            expect(untranslatedEnglish(english, messages).filter((message) => text.includes(message))).toEqual([]);
          }
          expect(await overflowingElements(page), `text overflowing on the ${pageUnderTest.name} in ${language}`).toEqual([]);
          const violations = await axeViolations(page);
          expect(violations.map((violation) => violation.id), formatViolations(violations)).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  });
}

describe('Firefox in German (intl.locale.requested, with Debian’s German language pack)', () => {
  test('the options page speaks German', async () => {
    const german = await messagesOf('de');
    const session = await launchFirefox({ prefs: { 'intl.locale.requested': 'de' } });
    try {
      const page = await session.openExtensionPage('options.html');
      await page.waitForSelector(PAGE_READY);
      const shown = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        heading: document.querySelector('h1')?.textContent,
      }));
      expect(shown).toEqual({ lang: german.locale_tag?.message, title: german.pageTitle_options?.message, heading: german.options_title?.message });
    } finally {
      await session.close();
    }
  });
});

declare const chrome: { i18n: { getUILanguage(): string; getMessage(name: string): string } };
