// The source article as runs of words, for the tests that prove Handrest's own texts (tips,
// exercises, the doctor card) never repeat its sentences: no run of six words in common.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ARTICLE = readFileSync(resolve(process.cwd(), 'tests/support/hand-cramps-article.txt'), 'utf8')
  .split('\n')
  .filter((line) => !line.startsWith('#'))
  .join(' ');

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Every run of `length` consecutive words in the text. */
function runsOf(text: string, length: number): Set<string> {
  const list = words(text);
  return new Set(list.slice(0, list.length - length + 1).map((_, index) => list.slice(index, index + length).join(' ')));
}

const ARTICLE_RUNS = runsOf(ARTICLE, 6);

/** The runs of six words a text shares with the article (none, for a text in our own words). */
export const runsSharedWithArticle = (text: string): string[] => [...runsOf(text, 6)].filter((run) => ARTICLE_RUNS.has(run));
