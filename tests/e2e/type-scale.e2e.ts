// One type scale on every page, the same in both browsers: Chromium's stylesheet for extension
// pages sets `body { font-size: 75% }` and Firefox's does not, so a scale that is not set on body
// itself comes out at 10.5 px in one and larger in the other. Every page, in real Chromium and
// Firefox ESR, with a break running (so the break view shows its exercise): body text and the text
// most characters are set in are at least 14 px, and every heading is larger than body text.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { sendMessage } from './support/extension-api';
import { PAGE_READY, POPUP_VIEWPORT, TAB_VIEWPORT } from './support/pages';

const PAGES = [
  { path: 'popup.html', viewport: POPUP_VIEWPORT },
  { path: 'break.html', viewport: TAB_VIEWPORT },
  { path: 'options.html', viewport: TAB_VIEWPORT },
  { path: 'history-page.html', viewport: TAB_VIEWPORT },
  { path: 'welcome.html', viewport: TAB_VIEWPORT },
] as const;

/** The smallest size body text may have, in CSS pixels. */
const SMALLEST_BODY_TEXT_PX = 14;

interface TypeScale {
  bodyPx: number;
  /** The size of the median character of visible text: the size the page is read in. */
  medianTextPx: number;
  headings: { text: string; px: number }[];
}

/** Runs in the page: the computed sizes of body, of every visible character, and of every visible heading. */
function measureTypeScale(): TypeScale {
  const sizeOf = (element: Element) => Number.parseFloat(getComputedStyle(element).fontSize);
  const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const sizes: { px: number; characters: number }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const characters = (node.textContent ?? '').trim().length;
    const parent = node.parentElement;
    if (characters > 0 && parent !== null && visible(parent) && parent.closest('.visually-hidden') === null) sizes.push({ px: sizeOf(parent), characters });
  }
  sizes.sort((a, b) => a.px - b.px);
  const half = sizes.reduce((sum, size) => sum + size.characters, 0) / 2;
  let counted = 0;
  const median = sizes.find((size) => (counted += size.characters) >= half);
  const headings = [...document.querySelectorAll('h1, h2, h3, h4')]
    .filter((heading) => visible(heading) && heading.closest('.visually-hidden') === null)
    .map((heading) => ({ text: (heading.textContent ?? '').trim(), px: sizeOf(heading) }));
  return { bodyPx: sizeOf(document.body), medianTextPx: median?.px ?? 0, headings };
}

function expectOneScale(path: string, scale: TypeScale): void {
  expect(scale.bodyPx, `${path}: body text size`).toBeGreaterThanOrEqual(SMALLEST_BODY_TEXT_PX);
  expect(scale.medianTextPx, `${path}: the size most of its text is set in`).toBeGreaterThanOrEqual(SMALLEST_BODY_TEXT_PX);
  expect(scale.headings.length, `${path}: has visible headings`).toBeGreaterThan(0);
  for (const heading of scale.headings) expect(heading.px, `${path}: heading "${heading.text}" against body text`).toBeGreaterThan(scale.bodyPx);
}

describe('the type scale in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
    const popup = await session.openExtensionPage('popup.html', { viewport: POPUP_VIEWPORT });
    await popup.evaluate(sendMessage, { type: 'start-break' });
    await popup.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(PAGES)('$path', async ({ path, viewport }) => {
    const page = await session.openExtensionPage(path, { viewport });
    try {
      expectOneScale(path, await page.evaluate(measureTypeScale));
    } finally {
      await page.close();
    }
  });
});

describe('the type scale in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForSelector(PAGE_READY);
    await popup.evaluate(sendMessage, { type: 'start-break' });
    await popup.close();
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(PAGES)('$path', async ({ path, viewport }) => {
    const page = await session.openExtensionPage(path);
    try {
      await page.setViewport(viewport);
      await page.waitForSelector(PAGE_READY);
      expectOneScale(path, await page.evaluate(measureTypeScale));
    } finally {
      await page.close();
    }
  });
});
