// A fresh temporary browser profile for one end-to-end session, removed when the session ends or
// fails to start, so that no run sees another's state and nothing is left behind. The session loads
// its own copy of the built extension, kept in the profile: browsers read extension files lazily
// (Chromium reads _locales at the first getMessage and keeps an empty result for the whole session),
// so a build that rewrites .output while a session runs would otherwise leave it without words.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TemporaryProfile {
  dir: string;
  /** Copies an unpacked extension into the profile and returns the copy's path, for the browser to load. */
  copyExtension(extensionDir: string): string;
  /** Closes the browser running on the profile, then removes the profile, even if closing failed. */
  release(closeBrowser: () => Promise<unknown>): Promise<void>;
  /** For a launch that failed: releases the profile, reports a failure to close, and rethrows `error`. */
  abandon(error: unknown, closeBrowser: () => Promise<unknown>): Promise<never>;
}

export function temporaryProfile(browserName: string): TemporaryProfile {
  const dir = mkdtempSync(join(tmpdir(), `handrest-e2e-${browserName}-`));
  const release = async (closeBrowser: () => Promise<unknown>) => {
    try {
      await closeBrowser();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return {
    dir,
    copyExtension(extensionDir) {
      const copy = join(dir, 'unpacked-extension');
      cpSync(extensionDir, copy, { recursive: true });
      return copy;
    },
    release,
    async abandon(error, closeBrowser) {
      await release(closeBrowser).catch((closeError: unknown) => console.error(`Closing ${browserName} after a failed launch failed too:`, closeError));
      throw error;
    },
  };
}
