// The extension's source as a graph, for the tests that hold its layout: every .ts/.tsx file under
// utils/, components/ and entrypoints/, its lines without comments, and the repository paths of
// what it imports ('@/' and relative specifiers resolved; packages kept by name).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = process.cwd();
const SOURCE_DIRS = ['utils', 'components', 'entrypoints'];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

export interface SourceFile {
  /** Repository path, such as `utils/typing/typing-model.ts`. */
  path: string;
  text: string;
  /** Repository paths of the project files it imports, and the names of the packages. */
  imports: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const SPECIFIER = /(?:from\s+|import\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm;

/** The repository path a specifier in `file` names, or the specifier itself for a package. */
function resolveSpecifier(file: string, specifier: string): string {
  if (!specifier.startsWith('@/') && !specifier.startsWith('.')) return specifier;
  const base = specifier.startsWith('@/') ? resolve(ROOT, specifier.slice(2)) : resolve(dirname(resolve(ROOT, file)), specifier);
  const found = [base, ...EXTENSIONS.map((extension) => base + extension)].find((path) => existsSync(path) && statSync(path).isFile());
  return relative(ROOT, found ?? base);
}

/** Source text without comments, so that a comment naming an API or a path is no finding. */
export function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

export function sourceFiles(): SourceFile[] {
  return SOURCE_DIRS.flatMap((dir) => walk(resolve(ROOT, dir))).map((absolute) => {
    const path = relative(ROOT, absolute);
    const text = readFileSync(absolute, 'utf8');
    const imports = [...withoutComments(text).matchAll(SPECIFIER)].map((match) => resolveSpecifier(path, match[1] as string));
    return { path, text, imports };
  });
}
