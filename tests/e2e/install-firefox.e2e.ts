// Firefox runs the manifest's content scripts in the tabs that were open when an add-on is
// installed, so Handrest injects none there (a second copy would run beside Firefox's; that it
// never injects in Firefox is the unit test of injectsOnInstalled): a page open before the
// install is counted without a reload.
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { startTestServer, type TestServer } from './support/server';
import { storageGet, type StoredItems } from './support/extension-api';
import { growthBounds, typingAfter } from './support/streak';
import { typeSteadily } from './support/typing';

let server: TestServer | undefined;
let session: FirefoxSession | undefined;

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Install in Firefox', () => {
  test('a page open before the install is counted without a reload', async () => {
    server = await startTestServer();
    const pageUrl = server.pageUrl;
    let page: Page | undefined;
    session = await launchFirefox({
      beforeInstall: async (browser) => {
        page = await browser.newPage();
        await page.goto(pageUrl);
      },
    });
    if (page === undefined) throw new Error('The page was not opened before the install');
    const popup = await session.openExtensionPage('popup.html');
    const readTyping = async () => ((await popup.evaluate(storageGet, ['typing'])) as StoredItems).typing;
    const before = await readTyping();
    await page.bringToFront();
    await page.click('#text');
    const span = await typeSteadily(page.keyboard, 10);
    const after = await typingAfter(readTyping, span, 'in the page open before the install');
    const { min, max } = growthBounds(before, span);
    expect(after.streakMs - (before?.streakMs ?? 0)).toBeGreaterThanOrEqual(min);
    expect(after.streakMs - (before?.streakMs ?? 0)).toBeLessThanOrEqual(max);
  });
});
