// Trust by sender in real Chromium: code in Handrest's content-script world of a web page (where a
// compromised page process could run it) may report typing, and nothing else. Asking to delete all
// data, to save settings that exclude the page, to import or to pause is refused, the reply says
// so, and storage is as it was; typing goes on counting.
import { describe, expect, test } from 'vitest';
import { REFUSED } from '../../utils/protocol/reply';
import { defaultSettings } from '../../utils/settings/settings';
import { chromiumWithTestPageForFile } from './support/chromium';
import { inContentScriptWorld, sendingFromContentScript } from './support/content-world';
import { typingAfter } from './support/streak';
import { typeSteadily } from './support/typing';
import { pollUntil } from './support/poll';

const chromium = chromiumWithTestPageForFile();

describe('Senders in Chromium', () => {
  test("a page's content-script world cannot delete data, change settings, import or pause", async () => {
    const readTyping = async () => (await chromium.session.readStorage(['typing'])).typing;
    await chromium.webPage.click('#text');
    await typingAfter(readTyping, await typeSteadily(chromium.webPage.keyboard, 6), 'before the forged actions');
    // The first typing counted sends this computer's totals to the sync area, and notes it: let that land first.
    await pollUntil(async () => (await chromium.session.readStorage(['sync'])).sync?.published ?? null, (published) => published !== null, {
      what: "this computer's first totals to go out",
    });
    const before = await chromium.session.readStorage(null);

    const forged = [
      { type: 'delete-all' },
      { type: 'save-settings', settings: { ...defaultSettings(), excludedSites: ['127.0.0.1'] } },
      { type: 'import', mode: 'merge', days: [], settings: defaultSettings() },
      { type: 'pause', until: Date.now() + 60 * 60_000 },
    ];
    for (const message of forged) {
      const reply = await inContentScriptWorld(chromium.webPage, chromium.session.extensionId, sendingFromContentScript(message));
      expect(reply, message.type).toEqual({ ok: false, refused: REFUSED.sender });
    }
    expect(await chromium.session.readStorage(null), 'storage is as it was').toEqual(before);

    await chromium.webPage.bringToFront();
    await chromium.webPage.click('#text');
    const after = await typingAfter(readTyping, await typeSteadily(chromium.webPage.keyboard, 6), 'after the forged actions');
    expect(after.streakMs).toBeGreaterThan(before.typing?.streakMs ?? 0);
  });
});
