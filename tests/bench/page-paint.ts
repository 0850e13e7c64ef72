// Figure: how soon the popup paints in real Chromium. The built extension (.output/chrome-mv3)
// is loaded in a fresh profile and popup.html is opened in a 360×560 page, once to warm up and
// then NAVIGATIONS fresh navigations. Each gives its paint timings (first-paint,
// first-contentful-paint) and when the status (the element with role="progressbar") first
// exists, all in ms from navigation start. Printed only: timings vary too much to assert; the
// checks are that every navigation gave all three and that the page threw no error.

import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium';
import { sleep } from '../e2e/support/poll';
import { median, printTable, type Bench, type Figure } from './report';

const NAVIGATIONS = 15;
const VIEWPORT = { width: 360, height: 560 };
/** How long one navigation may take to render its status and report its paints. */
const SETTLE_TIMEOUT_MS = 5_000;
const POLL_INTERVAL_MS = 20;
const STATUS_SELECTOR = '[role=progressbar]';

// The page-side code is given as source text: functions compiled by tsx can reference helpers
// (esbuild's __name) that do not exist in the page. Waiting is done by reading from here, as the
// extension page's CSP forbids the eval that page.waitForFunction uses for a string.

/** Installed before the page's own scripts at every navigation: notes when the status first exists. */
const WATCH_FOR_STATUS = `new MutationObserver((_, observer) => {
  if (document.querySelector(${JSON.stringify(STATUS_SELECTOR)}) === null) return;
  window.__handrestStatusAt = performance.now();
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });`;

const READ_SAMPLE = `(() => {
  const paint = (name) => performance.getEntriesByName(name, 'paint')[0]?.startTime ?? null;
  return {
    firstPaint: paint('first-paint'),
    firstContentfulPaint: paint('first-contentful-paint'),
    statusRendered: window.__handrestStatusAt ?? null,
  };
})()`;

interface Sample {
  firstPaint: number | null;
  firstContentfulPaint: number | null;
  statusRendered: number | null;
}

const MEASURES: { key: keyof Sample; label: string }[] = [
  { key: 'firstPaint', label: 'first-paint' },
  { key: 'firstContentfulPaint', label: 'first-contentful-paint' },
  { key: 'statusRendered', label: `status rendered (${STATUS_SELECTOR} in the DOM)` },
];

const complete = (sample: Sample) => MEASURES.every(({ key }) => sample[key] !== null);

/** One fresh navigation to the popup; what it measured, null where a value never came. */
async function openPopup(page: Page, url: string): Promise<Sample> {
  await page.goto(url, { waitUntil: 'load' });
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const sample = (await page.evaluate(READ_SAMPLE)) as Sample;
    if (complete(sample) || Date.now() >= deadline) return sample;
    await sleep(POLL_INTERVAL_MS);
  }
}

export const popupPaint: Figure = {
  name: 'popup-paint',
  title:
    `Popup first paint in Chromium (${VIEWPORT.width}x${VIEWPORT.height}, ${NAVIGATIONS} fresh navigations ` +
    'after a warm-up; whole ms from navigation start)',
  async run(bench: Bench) {
    const session = await launchChromium();
    try {
      const page = await session.context.newPage();
      await page.setViewportSize(VIEWPORT);
      await page.addInitScript(WATCH_FOR_STATUS);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const url = `chrome-extension://${session.extensionId}/popup.html`;

      const samples: Sample[] = [];
      const warmUp = await openPopup(page, url);
      // A navigation that misses a value has already waited SETTLE_TIMEOUT_MS: stop rather than wait on each.
      while (complete(warmUp) && samples.length < NAVIGATIONS) {
        const sample = await openPopup(page, url);
        samples.push(sample);
        if (!complete(sample)) break;
      }

      printTable(
        ['measure', 'median', 'min', 'max'],
        MEASURES.map(({ key, label }) => {
          const values = samples.map((sample) => sample[key]).filter((value): value is number => value !== null);
          if (values.length === 0) return [label, '', '', ''];
          return [label, Math.round(median(values)), Math.round(Math.min(...values)), Math.round(Math.max(...values))];
        }),
      );
      console.log('');
      const missing = MEASURES.filter(({ key }) => [warmUp, ...samples].some((sample) => sample[key] === null));
      const measured = samples.filter(complete).length;
      const missingText = missing.length > 0 ? `; missing: ${missing.map(({ label }) => label).join(', ')}` : '';
      const detail = `${measured} of ${NAVIGATIONS} navigations gave all three${missingText}`;
      bench.check('paint timings obtained', measured === NAVIGATIONS, detail);
      bench.check('no error in the popup', errors.length === 0, errors.length === 0 ? 'none thrown' : errors.join('; '));
    } finally {
      await session.close();
    }
  },
};
