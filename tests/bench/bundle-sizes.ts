// Figure: what each entrypoint of each build weighs, raw and gzipped. Entrypoints come from the
// built manifest (background, content scripts) and the HTML pages; a page counts the scripts and
// styles it references and the chunks those import statically. A file that several entrypoints
// load is listed once, under "shared", and counted in each of their totals. Then, per page, the
// JS it loads before it can run (its script and what that imports statically): files, raw, gzip.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { printTable, type Bench, type Cell, type Figure } from './report';

const OUTPUT_DIR = fileURLToPath(new URL('../../.output/', import.meta.url));
const BUILDS = ['chrome-mv3', 'firefox-mv3'] as const;

/** The content script runs in every frame of every page, so it stays tiny (minified bytes). */
const CONTENT_SCRIPT_BUDGET = { raw: 2_000, gzip: 1_000 };
/** What would show the content script to the page: an event, a message, a console line. */
const SEEN_BY_THE_PAGE = /dispatchEvent|postMessage|CustomEvent|console\./g;
/**
 * Everything the break view loads, gzip. It opens only when a break starts and its pictures are
 * what it is for; before them it was 29.7 kB, and the 17 animated illustrations may add about a
 * quarter. Past 40 kB something other than drawings has crept in.
 */
const BREAK_VIEW_GZIP_BUDGET = 40_000;
/**
 * The popup opens at every click on the toolbar button, and each file its script imports is one
 * more request before it can paint. It loaded 10 files (113.7 kB, 40.9 kB gzip) while Rolldown split
 * what the pages share by who uses it; one file of its own and the bundler's runtime since
 * (123.0 kB, 41.5 kB gzip: each module wrapped to run in import order).
 */
const POPUP_JS_BUDGET = { files: 2, gzip: 44_000 };
/**
 * The background's script, minified bytes. Chromium compiles an installed service worker's whole
 * script at once (for its code cache), so every function in it holds bytecode and scope records in
 * the worker's heap whether it runs or not: about 5 kB of heap per kB of script, which is most of
 * the heap figure in background-cost.ts. It loaded 82 kB before sync and policy, 95.5 kB with them
 * (settings across computers, the organisation's policy, each computer's totals: 13.5 kB); a heap
 * within 1.5 times the minimal extension's would need about 35 kB. Held near where it stands, so
 * that each feature's weight is a decision.
 */
const BACKGROUND_BUDGET = 98_000;

interface Entrypoint {
  name: string;
  kind: 'background' | 'content script' | 'page';
  /** Paths relative to the build directory, the entry file first. */
  files: string[];
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

interface Size {
  raw: number;
  gzip: number;
}

function buildDir(build: string): string {
  const dir = posix.join(OUTPUT_DIR, build);
  if (!existsSync(posix.join(dir, 'manifest.json'))) throw new Error(`.output/${build} is missing: run npm run build first`);
  return dir;
}

/** Relative module specifiers of static imports (`import ... from "./x.js"`, `import "./x.js"`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\b(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1] as string);
}

/** The files an entry loads: itself, then the JS it imports statically, transitively. */
function withImports(dir: string, entries: string[]): string[] {
  const files: string[] = [];
  const visit = (file: string) => {
    if (files.includes(file) || !existsSync(posix.join(dir, file))) return;
    files.push(file);
    if (!file.endsWith('.js')) return;
    for (const specifier of staticImports(readFileSync(posix.join(dir, file), 'utf8'))) {
      visit(posix.join(posix.dirname(file), specifier));
    }
  };
  entries.forEach(visit);
  return files;
}

/** Local scripts and stylesheets/module preloads a page references. */
function pageReferences(dir: string, page: string): string[] {
  const html = readFileSync(posix.join(dir, page), 'utf8');
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)=["']([^"']+)["']/g)];
  return tags
    .map((match) => match[1] as string)
    .filter((url) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && /\.(m?js|css)(\?.*)?$/.test(url))
    .map((url) => url.replace(/[?#].*$/, ''))
    .map((url) => (url.startsWith('/') ? url.slice(1) : posix.join(posix.dirname(page), url)));
}

function htmlPages(dir: string, under = ''): string[] {
  return readdirSync(posix.join(dir, under), { withFileTypes: true }).flatMap((item) => {
    const path = under === '' ? item.name : `${under}/${item.name}`;
    if (item.isDirectory()) return htmlPages(dir, path);
    return item.name.endsWith('.html') ? [path] : [];
  });
}

function entrypoints(dir: string): Entrypoint[] {
  const manifest = JSON.parse(readFileSync(posix.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const background = manifest.background?.service_worker !== undefined
    ? [manifest.background.service_worker]
    : (manifest.background?.scripts ?? []);
  const list: Entrypoint[] = [];
  if (background.length > 0) list.push({ name: 'background', kind: 'background', files: withImports(dir, background) });
  for (const script of manifest.content_scripts ?? []) {
    const files = [...(script.js ?? []), ...(script.css ?? [])];
    list.push({ name: files[0] ?? '?', kind: 'content script', files: withImports(dir, files) });
  }
  for (const page of htmlPages(dir).sort()) {
    list.push({ name: page, kind: 'page', files: [page, ...withImports(dir, pageReferences(dir, page))] });
  }
  return list;
}

function sizeOf(path: string): Size {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const sum = (sizes: Size[]): Size => sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

export const bundleSizes: Figure = {
  name: 'bundle-sizes',
  title: 'Bundle sizes (bytes; gzip level 9 per file)',
  run(bench: Bench) {
    const dirs = BUILDS.map((build) => ({ build, dir: buildDir(build) }));
    const rows: Cell[][] = [];
    const contentScripts: { build: string; name: string; size: Size; seen: string[] }[] = [];
    const breakViews: { build: string; size: Size }[] = [];
    const backgrounds: { build: string; size: Size }[] = [];
    const pageScripts: { build: string; name: string; files: number; size: Size }[] = [];
    const missingContentScript: string[] = [];

    for (const { build, dir } of dirs) {
      const list = entrypoints(dir);
      const sizes = new Map(list.flatMap((entry) => entry.files).map((file) => [file, sizeOf(posix.join(dir, file))]));
      const users = (file: string) => list.filter((entry) => entry.files.includes(file)).length;
      const size = (file: string) => sizes.get(file) as Size;
      let buildCell: string = build;
      const row = (entry: string, file: string, value: Size) => {
        rows.push([buildCell, entry, file, value.raw, value.gzip]);
        buildCell = '';
      };

      for (const entry of list) {
        const own = entry.files.filter((file) => users(file) === 1);
        const shared = entry.files.length - own.length;
        own.forEach((file, index) => row(index === 0 ? entry.name : '', file, size(file)));
        if (entry.files.length > 1 || own.length === 0) {
          const label = shared > 0 ? `total (incl. ${shared} shared)` : 'total';
          row(own.length === 0 ? entry.name : '', label, sum(entry.files.map(size)));
        }
        if (entry.kind === 'content script') {
          const seen = entry.files.flatMap((file) => readFileSync(posix.join(dir, file), 'utf8').match(SEEN_BY_THE_PAGE) ?? []);
          contentScripts.push({ build, name: entry.name, size: sum(entry.files.map(size)), seen });
        }
        if (entry.name === 'break.html') breakViews.push({ build, size: sum(entry.files.map(size)) });
        const scripts = entry.files.filter((file) => file.endsWith('.js'));
        if (entry.kind === 'background') backgrounds.push({ build, size: sum(entry.files.map(size)) });
        if (entry.kind === 'page') pageScripts.push({ build, name: entry.name, files: scripts.length, size: sum(scripts.map(size)) });
      }
      if (!list.some((entry) => entry.kind === 'content script')) missingContentScript.push(build);
      const sharedFiles = [...sizes.keys()].filter((file) => users(file) > 1);
      sharedFiles.forEach((file, index) => row(index === 0 ? 'shared' : '', file, size(file)));
    }

    printTable(['build', 'entrypoint', 'file', 'raw', 'gzip'], rows);
    console.log('');
    printTable(
      ['build', 'page', 'JS files', 'JS raw', 'JS gzip'],
      pageScripts.map((page, index) => [index === 0 || pageScripts[index - 1]?.build !== page.build ? page.build : '', page.name, page.files, page.size.raw, page.size.gzip]),
    );
    console.log('');
    for (const build of missingContentScript) bench.check(`content script (${build})`, false, 'none in the manifest');
    for (const script of contentScripts) {
      bench.budget(`${script.name} raw (${script.build})`, script.size.raw, '<=', CONTENT_SCRIPT_BUDGET.raw, 'B');
      bench.budget(`${script.name} gzip (${script.build})`, script.size.gzip, '<=', CONTENT_SCRIPT_BUDGET.gzip, 'B');
      bench.check(`${script.name} says nothing to the page (${script.build})`, script.seen.length === 0, script.seen.length === 0 ? 'no dispatchEvent, postMessage, CustomEvent or console' : script.seen.join(', '));
    }
    for (const background of backgrounds) bench.budget(`background raw (${background.build})`, background.size.raw, '<=', BACKGROUND_BUDGET, 'B');
    bench.check('background measured', backgrounds.length === BUILDS.length, `${backgrounds.length} of ${BUILDS.length} builds`);
    for (const view of breakViews) bench.budget(`break view, all it loads, gzip (${view.build})`, view.size.gzip, '<=', BREAK_VIEW_GZIP_BUDGET, 'B');
    bench.check('break view measured', breakViews.length === BUILDS.length, `${breakViews.length} of ${BUILDS.length} builds`);
    const popups = pageScripts.filter((page) => page.name === 'popup.html');
    for (const popup of popups) {
      bench.budget(`popup, JS files it loads (${popup.build})`, popup.files, '<=', POPUP_JS_BUDGET.files, 'files');
      bench.budget(`popup, all its JS, gzip (${popup.build})`, popup.size.gzip, '<=', POPUP_JS_BUDGET.gzip, 'B');
    }
    bench.check('popup measured', popups.length === BUILDS.length, `${popups.length} of ${BUILDS.length} builds`);
  },
};
