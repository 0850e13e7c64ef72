// Reports no content script could have sent, in real Chromium: after some real typing, code in
// Handrest's content-script world of the page (where a compromised page process could run it)
// sends the background keystroke reports with far-future, far-past and absurd times. Each is
// refused whole: the stored days, today's totals and the typing state are as they were, and real
// typing goes on counting afterwards.
import { describe, expect, test } from 'vitest';
import { MAX_KEYSTROKE_AGE_MS } from '../../utils/typing/activity-timing';
import { inContentScriptWorld, sendingFromContentScript } from './support/content-world';
import { chromiumWithTestPageForFile } from './support/chromium';
import { growthBounds, typingAfter } from './support/streak';
import { typeSteadily } from './support/typing';

const chromium = chromiumWithTestPageForFile();
const YEAR = 365 * 24 * 60 * 60_000;

describe('Absurd report times in Chromium', () => {
  test('reports with far-future or absurd times are refused and change nothing; typing goes on counting', async () => {
    const readTyping = async () => (await chromium.session.readStorage(['typing'])).typing;
    await chromium.webPage.click('#text');
    const first = await typeSteadily(chromium.webPage.keyboard, 8);
    await typingAfter(readTyping, first, 'before the absurd reports');
    const before = await chromium.session.readStorage(['typing', 'today', 'pastDays']);

    const now = Date.now();
    const absurd: unknown[][] = [
      [now + 3 * YEAR],
      [now, now + 60_000],
      [now - MAX_KEYSTROKE_AGE_MS - 60_000],
      [Number.MAX_SAFE_INTEGER],
      [1e300],
      [-1],
      ['soon'],
      [null],
    ];
    for (const times of absurd) {
      const reply = await inContentScriptWorld(chromium.webPage, chromium.session.extensionId, sendingFromContentScript({ type: 'keystrokes', times }));
      expect(reply, JSON.stringify(times)).toEqual({ ok: false, refused: 'not a message Handrest understands' });
    }
    expect(await chromium.session.readStorage(['typing', 'today', 'pastDays']), 'storage is as it was').toEqual(before);

    await chromium.webPage.bringToFront();
    await chromium.webPage.click('#text');
    const second = await typeSteadily(chromium.webPage.keyboard, 8);
    const after = await typingAfter(readTyping, second, 'after the absurd reports');
    const { min, max } = growthBounds(before.typing, second);
    const grown = after.streakMs - (before.typing?.streakMs ?? 0);
    expect(grown).toBeGreaterThanOrEqual(min);
    expect(grown).toBeLessThanOrEqual(max);
    const today = (await chromium.session.readStorage(['today'])).today;
    expect(today?.day).toBe(before.today?.day);
    expect(today?.typingMs).toBeGreaterThan(before.today?.typingMs ?? 0);
  });
});
