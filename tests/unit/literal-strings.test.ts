// The guard that every word a page shows comes from the locale files: it parses every page and
// component (.tsx) and fails on text written into the markup, or a literal string given to an
// attribute a person reads or hears (a label, a title, a placeholder, an accessible name).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSync } from 'oxc-parser';

/** Attributes whose value a person reads or hears. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label', 'question', 'subtitle', 'kicker', 'caption', 'message']);

/** Literal values that are not words in any language. */
const NOT_WORDS = new Set(['example.com']);

type Node = { type: string; start: number; [key: string]: unknown };

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** A string literal (or a template without substitutions) holding a letter, as words. */
function wordsOf(node: unknown): string | null {
  if (!isNode(node)) return null;
  const text = node.type === 'Literal' && typeof node.value === 'string' ? node.value : node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0 ? String((node.quasis as { value: { cooked: string } }[])[0]?.value.cooked) : null;
  return text !== null && /\p{L}/u.test(text) && !NOT_WORDS.has(text) ? text.trim() : null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Where a file writes words into its markup: `line: words`. */
function literalWords(fileName: string, source: string): string[] {
  const found: string[] = [];
  const note = (node: Node, words: string) => found.push(`${source.slice(0, node.start).split('\n').length}: ${words}`);
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isNode(node)) return;
    if (node.type === 'JSXText' && /\p{L}/u.test(String(node.value))) note(node, String(node.value).trim());
    if (node.type === 'JSXExpressionContainer') {
      const words = wordsOf(node.expression);
      if (words !== null) note(node, words);
    }
    if (node.type === 'JSXAttribute' && SPOKEN_ATTRIBUTES.has(String((node.name as { name: unknown }).name))) {
      const words = wordsOf(node.value);
      if (words !== null) note(node, words);
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'parent') visit(child);
  };
  visit(parseSync(fileName, source).program);
  return found;
}

describe('no words outside the locale files', () => {
  const files = [...sourceFiles('components'), ...sourceFiles('entrypoints')];

  it('finds the pages and components', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s writes no words into its markup', (path) => {
    expect(literalWords(path, readFileSync(path, 'utf8'))).toEqual([]);
  });

  it('would catch text in markup and in a spoken attribute, and leaves keys, classes and hosts alone', () => {
    const sample = `const a = <p class="note" aria-label="Close it">Hello {'there'}{i18n.t('x.y')}<input placeholder="example.com" /></p>;`;
    expect(literalWords('sample.tsx', sample)).toEqual(['1: Close it', '1: Hello', '1: there']);
  });
});
