// docs/architecture.md stays true: every path it names exists, every file it names in a folder's
// row of the layout table is in that folder, and every name of the code it gives (a type, a
// constant, a function) is declared somewhere in the source.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-graph';

const doc = readFileSync(resolve(process.cwd(), 'docs/architecture.md'), 'utf8');
const quoted = [...doc.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] as string);
const exists = (path: string) => existsSync(resolve(process.cwd(), path));

const source = sourceFiles().map((file) => file.text).join('\n');
/** Declared as a type, a constant or a function, or as a member of an interface. */
const declared = (name: string) => new RegExp(`\\b(interface|type|const|function|class|let)\\s+${name}\\b|^\\s+${name}\\??:`, 'm').test(source);

const PATH = /^(utils|components|entrypoints|tests|docs)\/[\w./-]*$/;
const FILE = /^[\w-]+\.(ts|tsx)$/;
const NAME = /^[A-Za-z_$][\w$]*$/;

/** The layout table's rows: the folder and the bare file names in its row. */
function layoutRows(): { folder: string; files: string[] }[] {
  return [...doc.matchAll(/^\| `([^`]+\/)` \|(.*)\|$/gm)].map((match) => ({
    folder: match[1] as string,
    files: [...(match[2] as string).matchAll(/`([^`]+)`/g)].map((file) => file[1] as string).filter((file) => FILE.test(file)),
  }));
}

describe('docs/architecture.md', () => {
  it('names paths, and each exists', () => {
    const paths = quoted.filter((text) => PATH.test(text));
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((path) => !exists(path))).toEqual([]);
  });

  it('names in each folder\'s row only files in that folder', () => {
    const rows = layoutRows();
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const missing = rows.flatMap(({ folder, files }) => files.map((file) => `${folder}${file}`)).filter((path) => !exists(path));
    expect(missing).toEqual([]);
  });

  it('gives names of the code that the code declares', () => {
    const names = quoted.filter((text) => NAME.test(text) && /[A-Z]/.test(text));
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((name) => !declared(name))).toEqual([]);
  });

  it('the checks would catch a wrong path or name', () => {
    expect(PATH.test('utils/breaks/no-such-kind.ts') && !exists('utils/breaks/no-such-kind.ts')).toBe(true);
    expect(declared('BreakKind')).toBe(true);
    expect(declared('pullBack')).toBe(true);
    expect(declared('BreakControl')).toBe(false);
  });
});
