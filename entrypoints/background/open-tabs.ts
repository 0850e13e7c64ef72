// Tabs already open when Handrest is installed or updated have no content script (or an
// orphaned one): inject it so they are counted without a reload. Browser pages refuse; skip them.

import { browser } from 'wxt/browser';

const INJECTABLE_URL = /^(https?|file):/;

export async function injectIntoOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && INJECTABLE_URL.test(tab.url ?? ''))
      .map((tab) =>
        browser.scripting
          .executeScript({ target: { tabId: tab.id as number, allFrames: true }, files: ['/content-scripts/content.js'] })
          .catch(() => {
            // Expected, not a failure: a page the browser keeps extensions out of (its own pages,
            // the extension stores), or a tab that closed meanwhile. It is simply not counted.
          }),
      ),
  );
}
