// The browser's UI language, which every page and notification speaks (the messages follow it)
// and formats numbers, times and durations for. Chrome's @@ui_locale stays en_US under some UI
// languages, so the language comes from getUILanguage.

import { browser } from 'wxt/browser';

export const uiLanguage = (): string => browser.i18n.getUILanguage();
