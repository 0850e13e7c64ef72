// Tabs already open when Handrest is installed or updated have no content script (or an
// orphaned one): inject it so they are counted without a reload. Browser pages refuse; skip them.
// Only on Handrest's own install or update (not when the browser updates), and only in Chrome:
// Firefox runs the manifest's content scripts in open tabs itself, and a second copy would count twice.

import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '@/utils/browser/content-script';

/** Whether an `onInstalled` for `reason` asks for the content script in open tabs, in this browser. */
export const injectsOnInstalled = (reason: string, firefox: boolean): boolean => !firefox && (reason === 'install' || reason === 'update');

const INJECTABLE_URL = /^(https?|file):/;

export async function injectIntoOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && INJECTABLE_URL.test(tab.url ?? ''))
      .map((tab) =>
        browser.scripting
          .executeScript({ target: { tabId: tab.id as number, allFrames: true }, files: [`/${CONTENT_SCRIPT_FILE}`] })
          .catch(() => {
            // Expected, not a failure: a page the browser keeps extensions out of (its own pages,
            // the extension stores), or a tab that closed meanwhile. It is simply not counted.
          }),
      ),
  );
}
