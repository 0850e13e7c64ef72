// Where the E2E tests find the built extension and the browsers. Both are checked up front so that
// a missing build or browser fails the test with a message that says what to do (never a skip).
import { accessSync, constants, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type BuildTarget = 'chrome-mv3' | 'firefox-mv3';

/** Absolute path of a build under .output/, which must hold a manifest.json. */
export function builtExtensionDir(target: BuildTarget): string {
  const dir = fileURLToPath(new URL(`../../../.output/${target}/`, import.meta.url)).replace(/\/$/, '');
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(
      `The built extension is missing: ${dir}/manifest.json does not exist. ` +
        'Run npm run build first (or: npx wxt build && npx wxt build -b firefox --mv3).',
    );
  }
  return dir;
}

export interface BrowserBinary {
  /** Shown in messages, e.g. 'Chromium'. */
  name: string;
  /** The environment variable that overrides the path. */
  envVar: string;
  defaultPath: string;
}

export const CHROMIUM: BrowserBinary = { name: 'Chromium', envVar: 'HANDREST_CHROMIUM', defaultPath: '/usr/bin/chromium' };
export const FIREFOX: BrowserBinary = { name: 'Firefox', envVar: 'HANDREST_FIREFOX', defaultPath: '/usr/bin/firefox-esr' };

/** The browser's executable: the env var if set, else the default; throws if it is not an executable file. */
export function browserExecutable(binary: BrowserBinary): string {
  const fromEnv = process.env[binary.envVar];
  const path = fromEnv !== undefined && fromEnv !== '' ? fromEnv : binary.defaultPath;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    const source = path === fromEnv ? `${binary.envVar}=${path}` : `the default ${path}`;
    throw new Error(
      `${binary.name} executable not found or not executable (${source}). ` +
        `Install ${binary.name} or set ${binary.envVar} to the path of its executable.`,
    );
  }
  return path;
}
