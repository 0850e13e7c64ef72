// Real Chromium with the built extension loaded unpacked, in a fresh temporary profile.
// Gives the context, the extension id and the background service worker, and can stop the
// worker the way Chrome does when it goes idle (CDP Target.closeTarget). Opens the extension's
// pages in tabs and reads and writes its storage through the worker.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { startTestServer, type TestServer } from './server';
import { temporaryProfile } from './profile';
import { browserExecutable, builtExtensionDir, CHROMIUM } from './paths';
import { pollUntil } from './poll';
import { SLOW_REPORT_LATENCY_MS } from '../../../utils/typing/activity-timing';
import { storageGet, storageReplace, storageSet, type StoredItems } from './extension-api';
import { PAGE_READY, TAB_VIEWPORT } from './pages';
import { versionRecordsFor, type StorageKey } from '../../../utils/store/stored-state';

/** Flags for a quiet headless Chromium on a machine without network (see PLATFORM-NOTES.md). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker's handle (Playwright keeps one handle across restarts). */
  worker: Worker;
  /** Whether Chrome currently runs the extension's service worker. */
  serviceWorkerRunning(): Promise<boolean>;
  /** Stops the service worker and waits until Chrome reports it gone. */
  stopServiceWorker(): Promise<void>;
  /** Waits until the service worker runs again, then returns its current handle. */
  runningWorker(timeoutMs?: number): Promise<Worker>;
  /** chrome-extension://ID/path */
  extensionUrl(path: string): string;
  /**
   * Opens an extension page (e.g. 'popup.html') in a new tab (1024×720 unless told) in the given
   * colour scheme and waits until it shows its stored state.
   */
  openExtensionPage(path: string, options?: ExtensionPageOptions): Promise<Page>;
  /** Reads stored items through the (running) service worker; `null` reads all of them. */
  readStorage(keys: readonly (keyof StoredItems)[] | null): Promise<StoredItems>;
  writeStorage(items: StoredItems): Promise<void>;
  /** Clears the extension's storage, then stores `items`. */
  replaceStorage(items: StoredItems): Promise<void>;
  close(): Promise<void>;
}

interface ExtensionPageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface LaunchOptions {
  /** An unpacked extension to load instead of the built Handrest (the bench's baseline extension). */
  extensionDir?: string;
  /**
   * The interface language to start Chromium in (`de`, `ja`, `pt-BR`): Chromium on Linux takes it
   * from LANGUAGE (`--lang` alone is ignored there), and only if Debian's chromium-l10n is installed.
   */
  language?: string;
  /** Files written into the loaded copy of the extension (path → text): the bench's pages, which never ship. */
  addFiles?: Readonly<Record<string, string>>;
}

/** How long Handrest takes at most to open its welcome page after its install. */
const WELCOME_PAGE_WAIT_MS = 5_000;

/**
 * Closes the welcome page Handrest opens on install: the tests and the bench start from a browser
 * where the person has read it. (install.e2e.ts, which installs by hand, tests the page itself.)
 * A page left open would run in the extension's process, re-rendering at every stored change.
 */
async function closeWelcomePage(context: BrowserContext, extensionOrigin: string): Promise<void> {
  const isWelcome = (page: Page) => page.url() === `${extensionOrigin}welcome.html`;
  const welcome = await pollUntil(async () => context.pages().find(isWelcome), (page) => page !== undefined, {
    what: 'the welcome page to open on install',
    timeoutMs: WELCOME_PAGE_WAIT_MS,
  });
  await (welcome as Page).close();
}

/** Items as the background writes them: with the version record of each (utils/store/stored-state.ts). */
function withVersionRecords(items: StoredItems): Record<string, unknown> {
  return { ...items, ...versionRecordsFor(Object.keys(items) as StorageKey[]) };
}

export async function launchChromium({ extensionDir, language, addFiles = {} }: LaunchOptions = {}): Promise<ChromiumSession> {
  const handrest = extensionDir === undefined;
  const executablePath = browserExecutable(CHROMIUM);
  const profile = temporaryProfile('chromium');
  const loadedDir = profile.copyExtension(extensionDir ?? builtExtensionDir('chrome-mv3'));
  for (const [path, text] of Object.entries(addFiles)) writeFileSync(join(loadedDir, path), text);
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile.dir, {
      executablePath,
      headless: true,
      args: [`--disable-extensions-except=${loadedDir}`, `--load-extension=${loadedDir}`, ...CHROMIUM_FLAGS, ...(language === undefined ? [] : [`--lang=${language}`])],
      ...(language === undefined ? {} : { env: { ...process.env, LANGUAGE: language.replace('-', '_') } }),
    });
    const launched = context;
    const firstWorker = launched.serviceWorkers()[0] ?? (await launched.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(firstWorker.url()).host;
    const workerUrlPrefix = `chrome-extension://${extensionId}/`;
    if (handrest) await closeWelcomePage(launched, workerUrlPrefix);
    const browser = launched.browser();
    if (browser === null) throw new Error('Playwright gave no Browser for the persistent context: cannot open a CDP session');
    const cdp: CDPSession = await browser.newBrowserCDPSession();

    const workerTargets = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      return targetInfos.filter((target) => target.type === 'service_worker' && target.url.startsWith(workerUrlPrefix));
    };
    const currentWorker = () => {
      const workers = launched.serviceWorkers().filter((worker) => worker.url().startsWith(workerUrlPrefix));
      return workers[workers.length - 1] ?? firstWorker;
    };

    // A stopped worker starts again with the next report, which a tab told to report slowly sends 15 s after its first key.
    const runningWorker = async (timeoutMs = SLOW_REPORT_LATENCY_MS + 10_000) => {
      await pollUntil(workerTargets, (running) => running.length > 0, { what: 'the service worker to run', timeoutMs });
      return currentWorker();
    };
    const extensionUrl = (path: string) => `${workerUrlPrefix}${path.replace(/^\//, '')}`;

    return {
      context: launched,
      extensionId,
      worker: firstWorker,
      serviceWorkerRunning: async () => (await workerTargets()).length > 0,
      async stopServiceWorker() {
        const targets = await workerTargets();
        if (targets.length === 0) throw new Error('The extension service worker is not running: nothing to stop');
        for (const target of targets) await cdp.send('Target.closeTarget', { targetId: target.targetId });
        await pollUntil(workerTargets, (running) => running.length === 0, { what: 'the service worker to stop', timeoutMs: 5_000 });
      },
      runningWorker,
      extensionUrl,
      async openExtensionPage(path, { viewport = TAB_VIEWPORT, colorScheme = 'light' } = {}) {
        const page = await launched.newPage();
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(extensionUrl(path));
        await page.locator(PAGE_READY).waitFor();
        return page;
      },
      async readStorage(keys) {
        return (await (await runningWorker()).evaluate(storageGet, keys === null ? null : [...keys])) as StoredItems;
      },
      async writeStorage(items) {
        await (await runningWorker()).evaluate(storageSet, withVersionRecords(items));
      },
      async replaceStorage(items) {
        await (await runningWorker()).evaluate(storageReplace, withVersionRecords(items));
      },
      close: () => profile.release(() => launched.close()),
    };
  } catch (error) {
    return profile.abandon(error, async () => context?.close());
  }
}

export interface ChromiumWithTestPage {
  server: TestServer;
  session: ChromiumSession;
  /** A tab on the local test page, for typing. */
  webPage: Page;
}

/**
 * One Chromium with the extension and the local test page open, for the tests of one file:
 * launched before them, closed after them. Read the fields inside tests (they are set in beforeAll).
 */
export function chromiumWithTestPageForFile(): ChromiumWithTestPage {
  const shared = {} as ChromiumWithTestPage;
  beforeAll(async () => {
    shared.server = await startTestServer();
    shared.session = await launchChromium();
    shared.webPage = shared.session.context.pages()[0] ?? (await shared.session.context.newPage());
    await shared.webPage.goto(shared.server.pageUrl);
  });
  afterAll(async () => {
    await shared.session?.close();
    await shared.server?.close();
  });
  return shared;
}
