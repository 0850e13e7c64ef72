import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORED_ITEMS } from '@/utils/storage';

/** The keys listed in the README's privacy table (first column, in backticks). */
function keysInReadmePrivacyTable(): string[] {
  const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');
  const section = readme.split('## Privacy')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] as string);
}

describe('privacy', () => {
  it('the README lists exactly the storage items the code defines', () => {
    const defined = STORED_ITEMS.map((item) => item.key.replace(/^local:/, ''));
    expect(keysInReadmePrivacyTable().sort()).toEqual(defined.sort());
  });

  it('every item lives in local storage, never sync', () => {
    for (const item of STORED_ITEMS) expect(item.key.startsWith('local:')).toBe(true);
  });
});
