// Checks, inside a page, that its text fits: no box whose content is wider or taller than the box
// (unless the box scrolls on purpose), and no page wider than its window. Words in German run long,
// Japanese does not break at spaces and Arabic runs right to left; each shows a different overflow.
import type { Page } from 'playwright-core';

/** Each overflowing element as `tag.class "its text"` with by how much, or [] when everything fits. */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const TOLERANCE_PX = 1;
    const scrollsOnPurpose = (value: string) => value === 'auto' || value === 'scroll';
    /** Screen-reader-only text is clipped to one pixel by design. */
    const isClippedOnPurpose = (element: Element, style: CSSStyleDeclaration) =>
      style.clipPath !== 'none' || style.clip.startsWith('rect') || element.closest('.visually-hidden') !== null;
    const describe = (element: Element, how: string) =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().replace(/\s+/g, '.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 60)}" ${how}`;
    const found: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element instanceof SVGElement) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.display === 'inline' || style.visibility === 'hidden' || isClippedOnPurpose(element, style)) continue;
      if (element.clientWidth === 0 && element.clientHeight === 0) continue;
      const wider = element.scrollWidth - element.clientWidth;
      const taller = element.scrollHeight - element.clientHeight;
      if (wider > TOLERANCE_PX && !scrollsOnPurpose(style.overflowX)) found.push(describe(element, `is ${wider}px too wide`));
      if (taller > TOLERANCE_PX && !scrollsOnPurpose(style.overflowY)) found.push(describe(element, `is ${taller}px too tall`));
    }
    const pageOverflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (pageOverflow > TOLERANCE_PX) found.push(`the page is ${pageOverflow}px wider than its window`);
    return found;
  });
}
