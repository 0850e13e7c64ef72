import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORED_ITEMS } from '@/utils/browser/storage';
import { STORAGE_KEYS } from '@/utils/store/stored-state';

/** The keys listed in the README's privacy table (first column, in backticks). */
function keysInReadmePrivacyTable(): string[] {
  const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');
  const section = readme.split('## Privacy')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] as string);
}

describe('privacy', () => {
  it('the README lists exactly the storage items the code defines', () => {
    expect(keysInReadmePrivacyTable().sort()).toEqual([...STORAGE_KEYS].sort());
  });

  it('every item lives in local storage under its key, never sync', () => {
    for (const key of STORAGE_KEYS) expect(STORED_ITEMS[key].key).toBe(`local:${key}`);
  });
});
