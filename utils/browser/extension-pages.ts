// Opening Handrest's own pages in a tab (focusing the tab if the page is already open), the
// settings, and whether the break view is what the person has in front of them.

import { browser } from 'wxt/browser';

export type ExtensionPage = '/break.html' | '/history-page.html' | '/welcome.html';

export async function openExtensionPage(path: ExtensionPage): Promise<void> {
  const url = browser.runtime.getURL(path);
  // The URL filter is ignored where the browser does not let the extension see tab URLs, so the
  // match is checked here too: an unknown URL means a new tab, never some other tab focused.
  const open = (await browser.tabs.query({ url })).find((tab) => tab.url?.startsWith(url));
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

export const openBreakView = () => openExtensionPage('/break.html');

/** Whether the break view is the active tab of the focused window: what the person is looking at, if anything. */
export async function isBreakViewInFront(): Promise<boolean> {
  const url = browser.runtime.getURL('/break.html');
  const shown = (await browser.tabs.query({ url, active: true })).filter((tab) => tab.url?.startsWith(url) && tab.windowId !== undefined);
  const windows = await Promise.all(shown.map((tab) => browser.windows.get(tab.windowId as number)));
  return windows.some((window) => window.focused);
}

export async function openSettings(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
