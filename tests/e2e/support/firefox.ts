// Real Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built extension
// installed as a temporary add-on under a fixed moz-extension UUID, in a fresh temporary profile.
import { randomUUID } from 'node:crypto';
import puppeteer, { TimeoutError, type Browser, type Page } from 'puppeteer-core';
import { temporaryProfile } from './profile';
import { browserExecutable, builtExtensionDir, FIREFOX } from './paths';
import { GECKO_ID } from '../../../utils/browser/gecko-id';


export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://UUID */
  extensionOrigin: string;
  /** Opens an extension page (e.g. 'popup.html') in a new tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Prefs set on top of the ones every session has (for example fake media devices). */
  prefs?: Record<string, unknown>;
  /** Runs in the browser before the add-on is installed (for example, opening a page). */
  beforeInstall?: (browser: Browser) => Promise<void>;
  /** Variables set on top of this process's environment for Firefox (for example HOME, where it finds managed storage manifests). */
  env?: Record<string, string>;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const executablePath = browserExecutable(FIREFOX);
  const profile = temporaryProfile('firefox');
  const extensionDir = profile.copyExtension(builtExtensionDir('firefox-mv3'));
  const uuid = randomUUID();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      protocol: 'webDriverBiDi',
      headless: true,
      userDataDir: profile.dir,
      ...(options.env === undefined ? {} : { env: { ...process.env, ...options.env } }),
      // Without it, extension (moz-extension://) pages cannot be opened.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        // MV3 host permissions are granted at install only with this (Firefox's default is true;
        // with false, the content script does not run at all). Set so a changed default cannot hide it.
        'extensions.originControls.grantByDefault': true,
        ...options.prefs,
      },
    });
    await options.beforeInstall?.(browser);
    const installedId = await browser.installExtension(extensionDir);
    if (installedId !== GECKO_ID) throw new Error(`Installed add-on id is ${installedId}, expected ${GECKO_ID}`);
    const launched = browser;
    const extensionOrigin = `moz-extension://${uuid}`;
    return {
      browser: launched,
      extensionOrigin,
      async openExtensionPage(path: string) {
        const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
        const page = await launched.newPage();
        // page.goto() of a moz-extension:// URL navigates but never resolves (and page.url() stays
        // about:blank): start it, let it time out, then wait for the document itself.
        await page.goto(url, { timeout: 500 }).catch((error: unknown) => {
          if (!(error instanceof TimeoutError)) throw error;
        });
        await page.waitForFunction(
          (expected: string) => location.href === expected && document.readyState === 'complete',
          { timeout: 10_000, polling: 50 },
          url,
        );
        return page;
      },
      close: () => profile.release(() => launched.close()),
    };
  } catch (error) {
    return profile.abandon(error, async () => browser?.close());
  }
}
