// How the code is laid out, held as tests: utils/ is the core in folders by concern, pure outside
// utils/browser/ (the adapters) and utils/words/ (the words, which reach the browser only through
// the translator), no file over 250 lines; nothing in utils/ or in the background reaches into
// components/; the typing model knows nothing of the message protocol; the background acts on
// events, and the day's counters are folded from them in one place.
import { describe, expect, it } from 'vitest';
import { sourceFiles, withoutComments } from '../support/source-graph';

const files = sourceFiles();
const inFolder = (folder: string) => (path: string) => path.startsWith(`${folder}/`);
const isAdapter = inFolder('utils/browser');
const isWords = inFolder('utils/words');
const coreFiles = files.filter((file) => inFolder('utils')(file.path) && !isAdapter(file.path) && !isWords(file.path));

const BROWSER_PACKAGES = ['wxt/browser', 'wxt/utils/storage', '@wxt-dev/browser', '@wxt-dev/storage', 'webextension-polyfill', '@wxt-dev/i18n'];
const BROWSER_GLOBAL = /(^|[^.\w$])(browser|chrome)\s*\??\.\s*[A-Za-z_$]/;
/** The adapters the words may use: the translator and the UI language. */
const WORDS_ADAPTERS = ['utils/browser/i18n.ts', 'utils/browser/ui-language.ts'];

const usesBrowserGlobal = (text: string) => withoutComments(text).split('\n').some((line) => BROWSER_GLOBAL.test(line));

describe('the pure core', () => {
  it('has files in each concern folder', () => {
    for (const folder of ['helpers', 'typing', 'breaks', 'days', 'settings', 'content', 'store', 'tracker', 'protocol']) {
      expect(coreFiles.filter((file) => inFolder(`utils/${folder}`)(file.path)).length, folder).toBeGreaterThan(0);
    }
  });

  it.each(coreFiles.map((file) => [file.path, file] as const))('%s reaches no browser API, adapter, words or component', (_path, file) => {
    const reached = file.imports.filter(
      (target) => BROWSER_PACKAGES.includes(target) || isAdapter(target) || isWords(target) || inFolder('components')(target) || inFolder('entrypoints')(target),
    );
    expect(reached).toEqual([]);
    expect(usesBrowserGlobal(file.text)).toBe(false);
  });

  it('the words reach the browser only through the translator and the UI language', () => {
    for (const file of files.filter((each) => isWords(each.path))) {
      const reached = file.imports.filter((target) => BROWSER_PACKAGES.includes(target) || (isAdapter(target) && !WORDS_ADAPTERS.includes(target)) || inFolder('components')(target));
      expect(reached, file.path).toEqual([]);
      expect(usesBrowserGlobal(file.text), file.path).toBe(false);
    }
  });

  it('components reach the browser only through the adapters', () => {
    for (const file of files.filter((each) => inFolder('components')(each.path))) {
      expect(file.imports.filter((target) => BROWSER_PACKAGES.includes(target)), file.path).toEqual([]);
      expect(usesBrowserGlobal(file.text), file.path).toBe(false);
    }
  });

  it('the background reaches nothing in components/', () => {
    for (const file of files.filter((each) => inFolder('entrypoints/background')(each.path))) {
      expect(file.imports.filter(inFolder('components')), file.path).toEqual([]);
    }
  });

  it('the typing model knows nothing of the message protocol', () => {
    for (const file of files.filter((each) => inFolder('utils/typing')(each.path) && !each.path.endsWith('keystroke-reporter.ts'))) {
      expect(file.imports.filter(inFolder('utils/protocol')), file.path).toEqual([]);
    }
  });

  it('no file in utils/ is longer than 250 lines', () => {
    const long = files.filter((file) => inFolder('utils')(file.path) && file.text.split('\n').length > 250).map((file) => file.path);
    expect(long).toEqual([]);
  });

  /** A read of the break state: the background acts on events, so it has none. */
  const BREAK_STATE_READ = /\.(breakSession|nudges)\b/g;

  it('the background acts on what happened, never on a comparison of the break state before and after', () => {
    for (const file of files.filter((each) => inFolder('entrypoints/background')(each.path))) {
      expect(withoutComments(file.text).match(BREAK_STATE_READ), file.path).toBeNull();
    }
  });

  it('the day\'s counters are counted in one place, from the events', () => {
    const counting = files.filter((file) => /\bcountOnDay\(/.test(withoutComments(file.text))).map((file) => file.path);
    expect(counting.sort()).toEqual(['utils/days/day-counts.ts', 'utils/days/history.ts']);
  });

  it('the checks catch what they look for', () => {
    expect(usesBrowserGlobal('  await browser.storage.local.get(null);')).toBe(true);
    expect(usesBrowserGlobal('chrome.runtime.id')).toBe(true);
    expect(usesBrowserGlobal('const value = state.browser.name;')).toBe(false);
    expect(usesBrowserGlobal("// browser.tabs.query is not used here")).toBe(false);
    expect('if (before.tracker.breakSession !== null && tracker.breakSession === null)'.match(BREAK_STATE_READ)).toHaveLength(2);
    expect(files.find((file) => file.path === 'utils/browser/storage.ts')?.imports).toContain('wxt/utils/storage');
    expect(files.find((file) => file.path === 'entrypoints/background/index.ts')?.imports).toContain('utils/tracker/tracker.ts');
  });
});
