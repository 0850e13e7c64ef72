// Installing and updating Handrest under an open page, in real Chromium: the extension is loaded
// into a running browser over CDP (Extensions.loadUnpacked), as a user would install it. The
// welcome page opens on the install with its one action in sight, unscrolled, in a wide window
// (1280×720) and a narrow one (480 px), and the break plan chosen there is stored. A page opened
// before the install is counted at once without a reload; after an update (the same extension
// loaded again), no second welcome page opens, the old content script goes quiet without an error
// in the page and the new one keeps counting.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { TypingState } from '../../utils/typing/typing-model';
import { launchChromiumToInstall, type InstallableChromium } from './support/install';
import { temporaryProfile, type TemporaryProfile } from './support/profile';
import { pollUntil } from './support/poll';
import { typingAfter } from './support/streak';
import { startTestServer, type TestServer } from './support/server';
import { typeSteadily } from './support/typing';
import { PAGE_READY } from './support/pages';
import { presetOf } from '../../utils/settings/presets';
import type { Settings } from '../../utils/settings/settings';

/** The extension API in the service worker. */
declare const chrome: { storage: { local: { get(key: string): Promise<{ typing?: TypingState; settings?: Settings }> } } };

const welcomePages = () => context.pages().filter((open) => open.url().endsWith('/welcome.html'));

let server: TestServer;
let context: BrowserContext;
let chromium: InstallableChromium;
let page: Page;
let profile: TemporaryProfile;
const pageErrors: string[] = [];

const installExtension = async (): Promise<Worker> => (await chromium.install()).worker;

function typingIn(worker: Worker) {
  return () => worker.evaluate(() => chrome.storage.local.get('typing').then((items) => items.typing));
}

beforeAll(async () => {
  server = await startTestServer();
  profile = temporaryProfile('install');
  chromium = await launchChromiumToInstall(profile);
  context = chromium.context;
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(server.pageUrl);
  await page.click('#text');
});

afterAll(async () => {
  await server?.close();
  await profile?.release(async () => context?.close());
});

describe('Handrest installed and updated under an open page', () => {
  test('the welcome page opens on the install, and the break plan chosen there is stored', async () => {
    const worker = await installExtension();
    const [welcome] = await pollUntil(async () => welcomePages(), (open) => open.length === 1, { what: 'the welcome page to open' });
    await (welcome as Page).locator(PAGE_READY).waitFor();
    for (const viewport of [{ width: 1280, height: 720 }, { width: 480, height: 720 }]) {
      await (welcome as Page).setViewportSize(viewport);
      const start = (welcome as Page).getByRole('button', { name: 'Start typing' });
      const box = await start.boundingBox();
      expect(box, `the action at ${viewport.width}×${viewport.height}`).not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0), `the action's bottom edge at ${viewport.width}×${viewport.height}, unscrolled`).toBeLessThanOrEqual(viewport.height);
      expect(await (welcome as Page).evaluate(() => window.scrollY)).toBe(0);
      expect(await start.evaluate((button) => document.elementFromPoint(button.getBoundingClientRect().x + 4, button.getBoundingClientRect().y + 4) === button)).toBe(true);
    }
    await (welcome as Page).getByRole('button', { name: /^Recovering hands/ }).click();
    const settings = await pollUntil(
      () => worker.evaluate(() => chrome.storage.local.get('settings').then((items) => items.settings)),
      (stored) => stored !== undefined && presetOf(stored) === 'recovering',
      { what: 'the recovering-hands plan to be stored' },
    );
    expect(settings?.dailyLimitEnabled).toBe(true);
    await (welcome as Page).close();
    await page.bringToFront();
  });

  test('a page open before the install is counted without a reload', async () => {
    const worker = context.serviceWorkers().at(-1) as Worker;
    const span = await typeSteadily(page.keyboard, 10);
    const typing = await typingAfter(typingIn(worker), span, 'in a page opened before the install');
    expect(typing.streakMs).toBeGreaterThanOrEqual(span.lastKeyNotBefore - span.firstKeyNotAfter);
  });

  test('after an update the page is still counted and the orphaned script raises no error', async () => {
    const before = (await typingIn(context.serviceWorkers()[0] as Worker)()) as TypingState;
    const worker = await installExtension();
    const span = await typeSteadily(page.keyboard, 20);
    const typing = await typingAfter(typingIn(worker), span, 'after the update, in the same page');
    expect(typing.streakMs).toBeGreaterThan(before.streakMs);
    expect(pageErrors).toEqual([]);
    expect(welcomePages(), 'no welcome page on an update').toEqual([]);
  });
});
