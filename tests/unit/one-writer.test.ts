// The background is the only writer of stored state: pages ask it through messages. This finds
// every storage write in the extension's source and checks where it is.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];
const WRITE = /\b(writeStoredState|setItems?|setValue|removeItems?|removeValue)\s*\(|storage\.(local|sync|session)\.(set|remove|clear)\s*\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function filesWriting(): string[] {
  return SOURCE_DIRS.flatMap((dir) => sourceFiles(resolve(ROOT, dir)))
    .filter((path) => WRITE.test(readFileSync(path, 'utf8')))
    .map((path) => relative(ROOT, path))
    .sort();
}

describe('one writer', () => {
  it('only the storage adapter writes, and only the background calls it (and writes the sync area)', () => {
    expect(filesWriting()).toEqual(['entrypoints/background/devices.ts', 'entrypoints/background/index.ts', 'entrypoints/background/sync.ts', 'utils/browser/storage.ts']);
  });

  it('the check recognises writes', () => {
    expect(WRITE.test('await settingsItem.setValue(settings);')).toBe(true);
    expect(WRITE.test('browser.storage.local.set({ a: 1 })')).toBe(true);
    expect(WRITE.test('const value = await item.getValue();')).toBe(false);
  });
});
