// An extension update in real Chromium (chrome.runtime.reload() stands in for it): the content
// script already in an open page is orphaned and goes quiet without an error in the page, and the
// background injects the new one, so the same page keeps being counted without a reload.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import type { TypingState } from '../../utils/typing-model';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { pollUntil } from './support/poll';
import { typingAfter } from './support/streak';
import { startTestServer, type TestServer } from './support/server';
import { typeSteadily } from './support/typing';

/** The extension API in the service worker, where the reload is asked for. */
declare const chrome: { runtime: { reload(): void } };

let server: TestServer;
let session: ChromiumSession;
let page: Page;
const pageErrors: string[] = [];

async function readTyping(): Promise<TypingState | undefined> {
  return (await session.readStorage(['typing'])).typing;
}

beforeAll(async () => {
  server = await startTestServer();
  session = await launchChromium();
  page = await session.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(server.pageUrl);
  await page.click('#text');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Handrest updated under an open page', () => {
  test('the page keeps being counted without a reload, and the orphaned script stays silent', async () => {
    const before = await typingAfter(readTyping, await typeSteadily(page.keyboard, 10), 'before the update');
    const oldWorker = await session.runningWorker();
    await oldWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await pollUntil(
      async () => session.context.serviceWorkers().filter((worker) => worker !== oldWorker && worker.url().includes(session.extensionId)),
      (workers) => workers.length > 0,
      { what: 'the updated extension to start its service worker', timeoutMs: 15_000 },
    );

    const span = await typeSteadily(page.keyboard, 20);
    const after = await typingAfter(readTyping, span, 'after the update, in the page opened before it');
    expect(after.streakMs).toBeGreaterThan(before.streakMs);
    expect(after.lastActivityAt).toBeGreaterThanOrEqual(span.lastKeyNotBefore - 5);
    expect(pageErrors).toEqual([]);
  });
});
