// Every unit test starts from an empty fake browser (storage, alarms, listeners) that speaks
// English: i18n.getMessage serves the default locale's messages, as a browser in English would;
// and a page's runtime.sendMessage arrives from Handrest's own page, as in the browser.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, messagesOf } from '../support/locale-messages';
import { sendFromHandrestPages } from '../support/senders';

const english = getMessageFrom(await messagesOf('en'));

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = english as never;
  fakeBrowser.i18n.getUILanguage = (() => 'en') as never;
  sendFromHandrestPages();
});
