// The core is pure: files directly in utils/ take the clock and the environment as arguments and
// reach no browser API. Browser adapters live in utils/browser/ and nowhere else in utils/.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const UTILS = resolve(process.cwd(), 'utils');
const coreFiles = readdirSync(UTILS).filter((name) => name.endsWith('.ts'));

/** Lines of a source file without its comments, so that a comment naming an API is no finding. */
function codeLines(source: string): string[] {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''));
}

const BROWSER_IMPORT = /from\s+['"](wxt\/browser|wxt\/utils\/storage|@wxt-dev\/(browser|storage)|webextension-polyfill)['"]/;
const BROWSER_GLOBAL = /(^|[^.\w$])(browser|chrome)\s*\??\.\s*[A-Za-z_$]/;

describe('the pure core', () => {
  it('has files to check', () => {
    expect(coreFiles.length).toBeGreaterThan(10);
  });

  it.each(coreFiles)('utils/%s imports no browser API and touches no browser or chrome global', (name) => {
    const findings = codeLines(readFileSync(resolve(UTILS, name), 'utf8')).filter(
      (line) => BROWSER_IMPORT.test(line) || BROWSER_GLOBAL.test(line),
    );
    expect(findings).toEqual([]);
  });

  it('the check catches both kinds of access', () => {
    expect(BROWSER_IMPORT.test("import { browser } from 'wxt/browser';")).toBe(true);
    expect(BROWSER_IMPORT.test("import { storage } from 'wxt/utils/storage';")).toBe(true);
    expect(BROWSER_GLOBAL.test('  await browser.storage.local.get(null);')).toBe(true);
    expect(BROWSER_GLOBAL.test('chrome.runtime.id')).toBe(true);
    expect(BROWSER_GLOBAL.test('const value = state.browser.name;')).toBe(false);
    expect(BROWSER_GLOBAL.test("help: 'use outside the browser.',")).toBe(false);
  });
});
