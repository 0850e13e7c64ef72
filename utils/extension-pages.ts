// Opening Handrest's own pages: the break view (focused if already open) and the settings.

import { browser } from 'wxt/browser';

export const BREAK_VIEW_PATH = '/break.html';

export async function openBreakView(): Promise<void> {
  const url = browser.runtime.getURL(BREAK_VIEW_PATH);
  const [open] = await browser.tabs.query({ url });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
}

export async function openSettings(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
