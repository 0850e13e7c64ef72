// Figure: how soon the popup and the break view paint in real Chromium. The built extension
// (.output/chrome-mv3) is loaded in a fresh profile, with one page added to the loaded copy only:
// the popup's static twin, which links the stylesheets the built popup links and shows static
// text with no script, the fastest a page with the popup's look can paint. The popup and its twin
// are opened in alternating turns in one tab (one warm-up each, then NAVIGATIONS each), so that
// load from elsewhere on the machine falls on both alike; then the break view, with a break
// running so that it shows its first exercise. Each navigation gives its paint timings
// (first-paint, first-contentful-paint), when its main content (the popup's status, the break
// view's illustration) first exists, in ms from navigation start, and its layout shift.
// The checks: every navigation gave all its values, no page threw, the popup's first contentful
// paint is within MAX_POPUP_FCP_RATIO of its twin's, nothing on the popup moves as its status
// fills in, and the break view shows its exercise within MAX_BREAK_VIEW_CONTENT_RATIO of the
// popup's status (medians). Times are printed, never budgeted: a busy machine slows all alike.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../e2e/support/chromium';
import { builtExtensionDir } from '../e2e/support/paths';
import { POPUP_VIEWPORT } from '../e2e/support/pages';
import { sleep } from '../e2e/support/poll';
import type { StoredItems } from '../e2e/support/extension-api';
import { breakSessionOf } from '../support/fixtures';
import { MINUTE } from '../../utils/helpers/time';
import { median, printTable, type Bench, type Figure } from './report';

const NAVIGATIONS = 15;
/** How long one navigation may take to render its content and report its paints. */
const SETTLE_TIMEOUT_MS = 5_000;
const POLL_INTERVAL_MS = 20;

/**
 * The popup is opened with every click on the toolbar button: its first words should come about as
 * soon as a page with its stylesheets can paint at all. Its twin does no work but parse HTML and
 * CSS; 1.5 times that leaves the popup room for its script, not for waiting on storage first.
 */
const MAX_POPUP_FCP_RATIO = 1.5;
/**
 * The break view opens when a person has just been asked to rest: its exercise should be there
 * about as soon as a page can paint, so it is held to the popup's status measured in the same
 * run: at most three times that leaves room for the illustrations.
 */
const MAX_BREAK_VIEW_CONTENT_RATIO = 3;
/** The popup paints its frame first and its status when storage answers: nothing may move when it does. */
const MAX_POPUP_LAYOUT_SHIFT = 0;

/** The bench-only page: never built, so never in the store zips. */
const TWIN_PATH = 'bench-static-popup.html';

interface MeasuredPage {
  name: string;
  path: string;
  viewport: { width: number; height: number };
  /** The element whose appearance means the page shows what it is for. */
  contentSelector: string;
  contentLabel: string;
}

const POPUP: MeasuredPage = {
  name: 'popup',
  path: 'popup.html',
  viewport: POPUP_VIEWPORT,
  contentSelector: '[role=progressbar]',
  contentLabel: 'status rendered ([role=progressbar] in the DOM)',
};
const TWIN: MeasuredPage = {
  name: 'static page, popup stylesheets',
  path: TWIN_PATH,
  viewport: POPUP_VIEWPORT,
  contentSelector: 'main',
  contentLabel: 'text parsed (<main> in the DOM)',
};
const BREAK_VIEW: MeasuredPage = {
  name: 'break view',
  path: 'break.html',
  viewport: { width: 720, height: 720 },
  contentSelector: '.exercise-art',
  contentLabel: 'exercise rendered (its illustration in the DOM)',
};

/** Pages measured in alternating turns, over the same stored state. */
interface Turns {
  pages: MeasuredPage[];
  storage: () => StoredItems;
}

const TURNS: Turns[] = [
  { pages: [POPUP, TWIN], storage: () => ({}) },
  { pages: [BREAK_VIEW], storage: () => ({ breakSession: breakSessionOf(Date.now(), Date.now() + 30 * MINUTE) }) },
];

/** The twin: the built popup's stylesheet links (the same files, in the same order) around static text. */
function staticTwinOfPopup(): string {
  const popup = readFileSync(join(builtExtensionDir('chrome-mv3'), POPUP.path), 'utf8');
  const stylesheets = popup.match(/<link\b[^>]*\brel="stylesheet"[^>]*>/g) ?? [];
  if (stylesheets.length === 0) throw new Error(`the built ${POPUP.path} links no stylesheet`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="color-scheme" content="light dark" />
    <title>Handrest</title>
    ${stylesheets.join('\n    ')}
  </head>
  <body>
    <main class="popup">
      <h1>Handrest</h1>
      <p>A static page with the popup's stylesheets: what its first paint is measured against.</p>
    </main>
  </body>
</html>
`;
}

// The page-side code is given as source text: functions compiled by tsx can reference helpers
// (esbuild's __name) that do not exist in the page. Waiting is done by reading from here, as the
// extension page's CSP forbids the eval that page.waitForFunction uses for a string.

/**
 * Installed before the page's own scripts at every navigation: notes when the page's content
 * (by its path) first exists, and adds up its layout shifts.
 */
const watchFor = (selectors: Record<string, string>) => `(() => {
  const selector = ${JSON.stringify(selectors)}[location.pathname];
  window.__handrestLayoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__handrestLayoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector) === null) return;
    window.__handrestContentAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
})();`;

const READ_SAMPLE = `(() => {
  const paint = (name) => performance.getEntriesByName(name, 'paint')[0]?.startTime ?? null;
  return {
    firstPaint: paint('first-paint'),
    firstContentfulPaint: paint('first-contentful-paint'),
    contentRendered: window.__handrestContentAt ?? null,
    layoutShift: window.__handrestLayoutShift ?? null,
  };
})()`;

const NEXT_FRAME = 'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))';

interface Sample {
  firstPaint: number | null;
  firstContentfulPaint: number | null;
  contentRendered: number | null;
  layoutShift: number | null;
}

const KEYS: (keyof Sample)[] = ['firstPaint', 'firstContentfulPaint', 'contentRendered', 'layoutShift'];
const TIMES = ['firstPaint', 'firstContentfulPaint', 'contentRendered'] as const;
const PAINT_LABELS = { firstPaint: 'first-paint', firstContentfulPaint: 'first-contentful-paint' };

const complete = (sample: Sample) => KEYS.every((key) => sample[key] !== null);

/** One fresh navigation to a page; what it measured, null where a value never came. */
async function openPage(tab: Page, url: string): Promise<Sample> {
  await tab.goto(url, { waitUntil: 'load' });
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  const read = async () => (await tab.evaluate(READ_SAMPLE)) as Sample;
  for (;;) {
    const sample = await read();
    if (complete(sample)) {
      // A shift caused by the last render is reported with the frame after it.
      await tab.evaluate(NEXT_FRAME);
      return read();
    }
    if (Date.now() >= deadline) return sample;
    await sleep(POLL_INTERVAL_MS);
  }
}

interface Measurement {
  measured: MeasuredPage;
  warmUp: Sample;
  samples: Sample[];
}

/**
 * Opens each page once to warm up, then NAVIGATIONS times each in alternating turns (the order
 * swapped every round); stops early once a navigation misses a value, as it has already waited
 * SETTLE_TIMEOUT_MS.
 */
async function measureInTurns(session: ChromiumSession, tab: Page, { pages, storage }: Turns): Promise<Measurement[]> {
  await session.replaceStorage(storage());
  const measurements = pages.map((measured) => ({ measured, warmUp: null as Sample | null, samples: [] as Sample[] }));
  const visit = async (measured: MeasuredPage) => {
    await tab.setViewportSize(measured.viewport);
    return openPage(tab, session.extensionUrl(measured.path));
  };
  for (const measurement of measurements) measurement.warmUp = await visit(measurement.measured);
  const allComplete = () => measurements.every(({ warmUp, samples }) => warmUp !== null && complete(warmUp) && samples.every(complete));
  for (let round = 0; round < NAVIGATIONS && allComplete(); round += 1) {
    const order = round % 2 === 0 ? measurements : [...measurements].reverse();
    for (const measurement of order) measurement.samples.push(await visit(measurement.measured));
  }
  return measurements.map(({ measured, warmUp, samples }) => ({ measured, warmUp: warmUp as Sample, samples }));
}

const valuesOf = (samples: readonly Sample[], key: keyof Sample) => samples.map((sample) => sample[key]).filter((value): value is number => value !== null);

const rounded = (ratio: number) => Math.round(ratio * 100) / 100;

export const pagePaint: Figure = {
  name: 'page-paint',
  title: `Popup (next to a static page with its stylesheets, in turns) and break view first paint in Chromium (${NAVIGATIONS} fresh navigations each after a warm-up; whole ms from navigation start)`,
  async run(bench: Bench) {
    const session = await launchChromium({ addFiles: { [TWIN_PATH]: staticTwinOfPopup() } });
    try {
      const errors: string[] = [];
      const tab = await session.context.newPage();
      const measured = TURNS.flatMap((turns) => turns.pages);
      await tab.addInitScript(watchFor(Object.fromEntries(measured.map((page) => [`/${page.path}`, page.contentSelector]))));
      tab.on('pageerror', (error) => errors.push(`${tab.url()}: ${error.message}`));
      const measurements: Measurement[] = [];
      for (const turns of TURNS) measurements.push(...(await measureInTurns(session, tab, turns)));
      await tab.close();

      printTable(
        ['measure', 'median', 'min', 'max'],
        measurements.flatMap(({ measured: page, samples }) =>
          TIMES.map((key) => {
            const values = valuesOf(samples, key);
            const label = `${page.name}: ${key === 'contentRendered' ? page.contentLabel : PAINT_LABELS[key]}`;
            return values.length === 0 ? [label, '', '', ''] : [label, Math.round(median(values)), Math.round(Math.min(...values)), Math.round(Math.max(...values))];
          }),
        ),
      );
      console.log('');
      for (const { measured: page, warmUp, samples } of measurements) {
        const missing = KEYS.filter((key) => [warmUp, ...samples].some((sample) => sample[key] === null));
        const got = samples.filter(complete).length;
        const missingText = missing.length > 0 ? `; missing: ${missing.join(', ')}` : '';
        bench.check(`${page.name}: paint timings obtained`, got === NAVIGATIONS, `${got} of ${NAVIGATIONS} navigations gave all four${missingText}`);
      }
      const byPage = (page: MeasuredPage, key: keyof Sample) => valuesOf(measurements.find((measurement) => measurement.measured === page)?.samples ?? [], key);
      const [popupFcp, twinFcp] = [byPage(POPUP, 'firstContentfulPaint'), byPage(TWIN, 'firstContentfulPaint')];
      if (popupFcp.length > 0 && twinFcp.length > 0) {
        bench.budget('popup first-contentful-paint / static page with its stylesheets (medians)', rounded(median(popupFcp) / median(twinFcp)), '<=', MAX_POPUP_FCP_RATIO, 'x');
      }
      const shifts = byPage(POPUP, 'layoutShift');
      if (shifts.length > 0) bench.budget('popup layout shift, largest of its navigations', Math.max(...shifts), '<=', MAX_POPUP_LAYOUT_SHIFT, '(CLS)');
      const [popupStatus, breakView] = [byPage(POPUP, 'contentRendered'), byPage(BREAK_VIEW, 'contentRendered')];
      if (popupStatus.length > 0 && breakView.length > 0) {
        bench.budget('break view exercise rendered / popup status rendered (medians)', rounded(median(breakView) / median(popupStatus)), '<=', MAX_BREAK_VIEW_CONTENT_RATIO, 'x');
      }
      bench.check('no error in the pages', errors.length === 0, errors.length === 0 ? 'none thrown' : errors.join('; '));
    } finally {
      await session.close();
    }
  },
};
