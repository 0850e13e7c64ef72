// Senders of messages, as the browser describes them to the background (the fake browser's own
// sender is empty), and sending as one of them. No project module is imported here: the unit tests'
// set-up uses it before anything else loads.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply } from '../../utils/protocol/reply';

export const senders = {
  /** Handrest's content script in the top frame of a tab showing `pageUrl`. */
  contentScript: (pageUrl = 'http://example.test/editor', tabId = 1) => ({ id: fakeBrowser.runtime.id, url: pageUrl, tab: { id: tabId, url: pageUrl }, frameId: 0 }),
  /** One of Handrest's own pages, opened in a tab (as the break view or the history are) or not (the popup). */
  page: (path = '/popup.html', inTab = false) => ({
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL(path),
    ...(inTab ? { tab: { id: 7, url: fakeBrowser.runtime.getURL(path) } } : {}),
  }),
  /** Another extension, in a tab showing `pageUrl`. */
  stranger: (pageUrl = 'http://example.test/editor') => ({ id: 'some-other-extension', url: pageUrl, tab: { id: 1, url: pageUrl } }),
};

export type SenderOf = ReturnType<(typeof senders)[keyof typeof senders]>;

/** Sends anything, from anyone; resolves to the background's reply. */
export function sendAs(message: unknown, sender: SenderOf): Promise<Reply> {
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, sender as never, resolve));
}

/**
 * Makes `runtime.sendMessage` from a page arrive as from Handrest's own page, as in the browser;
 * like the browser, it fails when nothing listens.
 */
export function sendFromHandrestPages(): void {
  fakeBrowser.runtime.sendMessage = ((message: unknown) => {
    if (!fakeBrowser.runtime.onMessage.hasListeners()) return Promise.reject(new Error('No listeners available'));
    return sendAs(message, senders.page());
  }) as never;
}
