// Installing Handrest into a running Chromium, as a user would (CDP Extensions.loadUnpacked; loading
// the same folder again is an update), so that pages opened before the install or update are there.
import { createHash } from 'node:crypto';
import { chromium, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium';
import { browserExecutable, builtExtensionDir, CHROMIUM } from './paths';
import { pollUntil } from './poll';
import type { TemporaryProfile } from './profile';

export interface InstallableChromium {
  context: BrowserContext;
  /** The id Chromium gives the unpacked extension, known before the install (its folder's hash). */
  expectedId: string;
  /** Loads the built extension (again: an update); resolves to its new service worker and the extension id. */
  install(): Promise<{ worker: Worker; id: string }>;
}

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, 32 hex digits spelled a to p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16))).join('');
}

/** Chromium without Handrest, in `profile`, with the built Chrome extension copied there to install. */
export async function launchChromiumToInstall(profile: TemporaryProfile): Promise<InstallableChromium> {
  const extensionDir = profile.copyExtension(builtExtensionDir('chrome-mv3'));
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: browserExecutable(CHROMIUM),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--enable-unsafe-extension-debugging', ...CHROMIUM_FLAGS],
  });
  const cdp: CDPSession = await (context.browser() as NonNullable<ReturnType<BrowserContext['browser']>>).newBrowserCDPSession();
  return {
    context,
    expectedId: unpackedExtensionId(extensionDir),
    async install() {
      const known = new Set(context.serviceWorkers());
      const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never)) as { id: string };
      const worker = await pollUntil(
        async () => context.serviceWorkers().find((candidate) => !known.has(candidate) && candidate.url().startsWith(`chrome-extension://${id}/`)),
        (candidate) => candidate !== undefined,
        { what: 'the installed extension to start its service worker' },
      );
      return { worker: worker as Worker, id };
    },
  };
}
