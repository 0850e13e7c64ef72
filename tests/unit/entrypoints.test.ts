import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** WXT turns entrypoints with these names into browser page overrides (chrome_url_overrides). */
const OVERRIDE_NAMES = ['newtab', 'history', 'bookmarks'];

describe('entrypoints', () => {
  it('none replaces a browser page by its name (a page called "history" would replace the browser history)', () => {
    const names = readdirSync(resolve(process.cwd(), 'entrypoints')).map((name) => name.replace(/\.(ts|tsx|html)$/, ''));
    expect(names).toContain('history-page');
    expect(names.filter((name) => OVERRIDE_NAMES.includes(name))).toEqual([]);
  });
});
