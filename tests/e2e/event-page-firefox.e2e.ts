// Firefox unloads an idle MV3 event page (here after a second, by pref) and starts it again for the
// next event: typing before and after an unload, with reports that come 15 s apart while nothing
// is near, is one streak with nothing lost or counted twice. The unload is seen through the
// event page's own window: a mark set on it is gone once a new page runs.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { TypingState } from '../../utils/typing/typing-model';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { eventPageMarked, storageGet, type StoredItems } from './support/extension-api';
import { pollUntil, sleep } from './support/poll';
import { growthBounds, typingAfter } from './support/streak';
import { startTestServer, type TestServer } from './support/server';
import { typeSteadily } from './support/typing';

/** Firefox unloads an event page idle this long (ms); its default is 30 s. */
const IDLE_UNLOAD_MS = 1000;

let server: TestServer;
let session: FirefoxSession;
let extensionPage: Page;

async function readTyping(): Promise<TypingState | undefined> {
  return ((await extensionPage.evaluate(storageGet, ['typing'])) as StoredItems).typing;
}

const eventPageMark = (set: boolean) => extensionPage.evaluate(eventPageMarked, set);

beforeAll(async () => {
  server = await startTestServer();
  session = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': IDLE_UNLOAD_MS } });
  extensionPage = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Handrest in Firefox, across an event-page unload', () => {
  test('the streak goes on with nothing lost or counted twice', async () => {
    const page = await session.browser.newPage();
    try {
      await page.goto(server.pageUrl);
      await page.bringToFront();
      await page.click('#text');
      const first = await typeSteadily(page.keyboard, 10);
      const before = await typingAfter(readTyping, first, 'before the event page unloads');
      expect(before.streakStartedAt).not.toBeNull();

      expect(await eventPageMark(true)).toBe(true);
      await pollUntil(
        async () => {
          await sleep(IDLE_UNLOAD_MS * 3);
          return eventPageMark(false);
        },
        (marked) => !marked,
        { what: 'the event page to unload and start afresh', timeoutMs: 30_000 },
      );

      const second = await typeSteadily(page.keyboard, 20);
      const after = await typingAfter(readTyping, second, 'after the event page was unloaded');
      expect(after.streakStartedAt, 'the same streak continues').toBe(before.streakStartedAt);
      const growth = after.streakMs - before.streakMs;
      const bounds = growthBounds(before, second);
      expect(growth).toBeGreaterThanOrEqual(bounds.min);
      expect(growth).toBeLessThanOrEqual(bounds.max);
      expect(growth, 'nothing counted twice').toBeLessThanOrEqual(after.coveredUntil - before.coveredUntil);
    } finally {
      await page.close();
    }
  });
});
