// Nothing in a page reveals Handrest or can switch it off, in real Firefox ESR: a page watching its
// own window and every frame (about:blank, srcdoc, same-origin, each from its initial window on;
// support/watched-page.ts) catches nothing from Handrest when it is installed under the open page
// (Firefox runs the content script there itself) and when the page loads with Handrest installed;
// and a page that dispatches the events WXT's content-script context takes for a newer copy
// starting, and posts the same messages, is still counted in every frame.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { GECKO_ID } from '../../utils/browser/gecko-id';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { storageGet, type StoredItems } from './support/extension-api';
import { startTestServer, type TestServer } from './support/server';
import { typingAfter } from './support/streak';
import { typeSteadily } from './support/typing';
import { caughtSoFar, tracesOfHandrest, WATCHED_READY, type WatchedFrame } from './support/watched-page';
import { expectCountedAfterPagePlaysNewerCopy } from './support/watched-checks';

let server: TestServer;
let session: FirefoxSession;
let page: Page;
let popup: Page;

async function openWatchedPage(on: Page): Promise<void> {
  await on.goto(server.watchedUrl(GECKO_ID));
  await on.waitForSelector(WATCHED_READY);
}

/** Types in the page's input or in a frame's, and waits until the background counted it. */
async function typeAndExpectCounted(where: 'page' | WatchedFrame, what: string): Promise<void> {
  await page.bringToFront();
  if (where === 'page') await page.click('#text');
  else {
    const frame = await (await page.$(`#${where}`))?.contentFrame();
    if (frame == null) throw new Error(`The watched page has no ${where}`);
    await frame.click(`#${where}-input`);
  }
  const span = await typeSteadily(page.keyboard, 5);
  const readTyping = async () => ((await popup.evaluate(storageGet, ['typing'])) as StoredItems).typing;
  const typing = await typingAfter(readTyping, span, what);
  expect(typing.lastActivityAt).toBeGreaterThanOrEqual(span.lastKeyNotBefore - 5);
}

beforeAll(async () => {
  server = await startTestServer();
  session = await launchFirefox({
    beforeInstall: async (browser) => {
      page = await browser.newPage();
      await openWatchedPage(page);
    },
  });
  popup = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('a page cannot see Handrest or switch it off (Firefox)', () => {
  test('installed under the open page: counted there, and nothing reaches the page', async () => {
    await typeAndExpectCounted('page', 'in the page open before the install');
    await typeAndExpectCounted('srcdoc-frame', 'in the srcdoc frame open before the install');
    expect(tracesOfHandrest(await caughtSoFar(page))).toEqual([]);
  });

  test('loaded afresh: nothing reaches the page, and a page playing a newer copy is still counted in every frame', async () => {
    await openWatchedPage(page);
    await expectCountedAfterPagePlaysNewerCopy(page, typeAndExpectCounted);
  });
});
