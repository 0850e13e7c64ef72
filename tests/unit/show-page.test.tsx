// Every page takes its lang, dir and title from the locale file the browser chose: English left to
// right by default, Arabic right to left when the browser serves Arabic messages.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showPage } from '@/components/show-page';
import { getMessageFrom, messagesOf } from '../support/locale-messages';

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
  document.body.innerHTML = '';
});

async function showOptionsIn(locale: string, uiLanguage: string): Promise<void> {
  fakeBrowser.i18n.getMessage = getMessageFrom(await messagesOf(locale)) as never;
  fakeBrowser.i18n.getUILanguage = (() => uiLanguage) as never;
  document.body.innerHTML = '<div id="app"></div>';
  showPage('options', <p>page</p>);
}

describe('showPage', () => {
  it('marks an English page as English, left to right, with its title', async () => {
    await showOptionsIn('en', 'en-US');
    expect([document.documentElement.lang, document.documentElement.dir, document.title]).toEqual(['en', 'ltr', 'Settings · Handrest']);
    expect(document.getElementById('app')?.textContent).toBe('page');
  });

  it('marks an Arabic page as Arabic, right to left, with its Arabic title', async () => {
    const arabic = await messagesOf('ar');
    await showOptionsIn('ar', 'ar');
    expect([document.documentElement.lang, document.documentElement.dir, document.title]).toEqual(['ar', 'rtl', arabic.pageTitle_options?.message]);
    expect(document.title).not.toBe('Settings · Handrest');
  });

  it('says English, left to right, when the browser’s language has no locale file and it serves English', async () => {
    await showOptionsIn('en', 'he');
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['en', 'ltr']);
  });
});
