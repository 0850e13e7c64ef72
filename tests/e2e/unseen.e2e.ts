// Nothing in a page reveals Handrest or can switch it off, in real Chromium: a page watching its
// own window and every frame (about:blank, srcdoc, same-origin, each from its initial window on;
// support/watched-page.ts) catches nothing from Handrest when it is installed under the open page
// (the content script is injected there), when it is updated (injected again, the old copy
// orphaned) and when the page loads with Handrest installed; and a page that dispatches the events
// WXT's content-script context takes for a newer copy starting, and posts the same messages, is
// still counted in every frame.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { TypingState } from '../../utils/typing/typing-model';
import { launchChromiumToInstall, type InstallableChromium } from './support/install';
import { temporaryProfile, type TemporaryProfile } from './support/profile';
import { typingAfter } from './support/streak';
import { startTestServer, type TestServer } from './support/server';
import { typeSteadily } from './support/typing';
import { caughtSoFar, tracesOfHandrest, WATCHED_FRAMES, WATCHED_READY, type WatchedFrame } from './support/watched-page';
import { expectCountedAfterPagePlaysNewerCopy } from './support/watched-checks';

/** The extension API in the service worker. */
declare const chrome: { storage: { local: { get(key: string): Promise<{ typing?: TypingState }> } } };

let server: TestServer;
let profile: TemporaryProfile;
let browser: InstallableChromium;
let page: Page;
let worker: Worker;
const pageErrors: string[] = [];

async function openWatchedPage(): Promise<void> {
  await page.goto(server.watchedUrl(browser.expectedId));
  await page.locator(WATCHED_READY).waitFor({ state: 'attached' });
}

/** Types in the page's input or in a frame's, and waits until the background counted it. */
async function typeAndExpectCounted(where: 'page' | WatchedFrame, what: string): Promise<void> {
  if (where === 'page') await page.click('#text');
  else await page.frameLocator(`#${where}`).locator(`#${where}-input`).click();
  const span = await typeSteadily(page.keyboard, 5);
  const readTyping = () => worker.evaluate(() => chrome.storage.local.get('typing').then((items) => items.typing));
  const typing = await typingAfter(readTyping, span, what);
  expect(typing.lastActivityAt).toBeGreaterThanOrEqual(span.lastKeyNotBefore - 5);
}

beforeAll(async () => {
  server = await startTestServer();
  profile = temporaryProfile('unseen');
  browser = await launchChromiumToInstall(profile);
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => pageErrors.push(`${message.type()}: ${message.text()}`));
  await openWatchedPage();
});

afterAll(async () => {
  await server?.close();
  await profile?.release(async () => browser?.context.close());
});

describe('a page cannot see Handrest or switch it off (Chromium)', () => {
  test('installed under the open page: injected into it, counted there, and nothing reaches the page', async () => {
    const installed = await browser.install();
    expect(installed.id, 'the id the page listened for').toBe(browser.expectedId);
    worker = installed.worker;
    await page.bringToFront();
    await typeAndExpectCounted('page', 'in the page open before the install');
    await typeAndExpectCounted('srcdoc-frame', 'in the srcdoc frame open before the install');
    expect(tracesOfHandrest(await caughtSoFar(page))).toEqual([]);
  });

  test('updated under the open page: the new copy counts, the orphan is silent, and nothing reaches the page', async () => {
    worker = (await browser.install()).worker;
    for (const where of ['page', ...WATCHED_FRAMES] as const) await typeAndExpectCounted(where, `in the ${where} after the update`);
    expect(tracesOfHandrest(await caughtSoFar(page))).toEqual([]);
    expect(pageErrors, 'nothing written to the console of the page').toEqual([]);
  });

  test('loaded afresh: nothing reaches the page, and a page playing a newer copy is still counted in every frame', async () => {
    await openWatchedPage();
    await expectCountedAfterPagePlaysNewerCopy(page, typeAndExpectCounted);
    expect(pageErrors).toEqual([]);
  });
});
