// What the tests know about Handrest's pages, for both browsers: when a page has loaded its stored
// state, the popup's size, and how to read the figures the pages show.

/**
 * Every Handrest page renders `<main aria-busy="true">` until its stored state has loaded
 * (components/StoredPage.tsx): this matches once the page shows real figures.
 */
export const PAGE_READY = 'main:not([aria-busy])';

/** The popup's size in the toolbar (the popup opened in a tab gets this viewport). */
export const POPUP_VIEWPORT = { width: 360, height: 560 } as const;
/** A desktop tab, for the break view, options and history. */
export const TAB_VIEWPORT = { width: 1024, height: 720 } as const;

/** The popup's water figure: the third <dd> of the stats list (components/StatusPanel.tsx). */
export const WATER_FIGURE = 'dl.stats > div:nth-child(3) > dd';

/** Reads "N / goal glasses" (the popup's water figure) as numbers; throws on anything else. */
export function parseWaterFigure(text: string): { glasses: number; goal: number } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s+glasses\s*$/.exec(text);
  if (match === null) throw new Error(`The water figure reads "${text}", not "N / goal glasses"`);
  return { glasses: Number(match[1]), goal: Number(match[2]) };
}
