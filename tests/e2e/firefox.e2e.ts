// The built Firefox MV3 extension in real Firefox ESR, installed as a temporary add-on: its host
// permission is granted, so the content script runs, and typing in a web page and in its
// about:blank iframe grows the streak, read from storage through the extension's popup page.
// The popup page works: "I drank water" counts a glass on the page and in storage. Trust by sender
// holds in Firefox too: a keystroke report from Handrest's own page (only content scripts report
// typing) is refused whole.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { defaultSettings } from '../../utils/settings/settings';
import { localDayKey } from '../../utils/helpers/time';
import type { TypingState } from '../../utils/typing/typing-model';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { hasHostPermission, sendMessage, storageGet, type StoredItems } from './support/extension-api';
import { REFUSED } from '../../utils/protocol/reply';
import { PAGE_READY, parseWaterFigure, POPUP_VIEWPORT, WATER_FIGURE } from './support/pages';
import { pollUntil } from './support/poll';
import { growthBounds, typingAfter } from './support/streak';
import { startTestServer, type TestServer } from './support/server';
import { leaveFrame, typeSteadily } from './support/typing';

let server: TestServer;
let session: FirefoxSession;
let extensionPage: Page;

async function readTyping(): Promise<TypingState | undefined> {
  return ((await extensionPage.evaluate(storageGet, ['typing'])) as StoredItems).typing;
}

beforeAll(async () => {
  server = await startTestServer();
  session = await launchFirefox();
  extensionPage = await session.openExtensionPage('popup.html');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Handrest in Firefox', () => {
  test('the temporarily installed add-on has its host permission', async () => {
    expect(
      await extensionPage.evaluate(hasHostPermission, '<all_urls>'),
      'the <all_urls> host permission is granted at install (pref extensions.originControls.grantByDefault)',
    ).toBe(true);
  });

  test('typing in a web page and its about:blank iframe grows the streak', async () => {
    // A tab opened after the install: the background's install-time injection into open tabs
    // (entrypoints/background/open-tabs.ts) cannot reach it, so only the manifest's scripts run here.
    const page = await session.browser.newPage();
    try {
      await page.goto(server.pageUrl);
      await page.bringToFront();
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      if (frame === undefined) throw new Error('The test page has no about:blank iframe');
      await frame.waitForSelector('#frame-input');
      const inputValue = (input: Element) => (input as HTMLInputElement).value;
      const targets = [
        { name: 'in the text input', frame: page, focus: () => page.click('#text'), text: () => page.$eval('#text', inputValue) },
        {
          name: 'in the about:blank iframe',
          frame,
          focus: () => frame.click('#frame-input'),
          text: () => frame.$eval('#frame-input', inputValue),
        },
      ];
      for (const target of targets) {
        const before = await readTyping();
        await target.focus();
        const span = await typeSteadily(page.keyboard, 10);
        expect(await target.text(), `the keys landed ${target.name}`).toBe('a'.repeat(10));

        await leaveFrame(target.frame);
        const after = await typingAfter(readTyping, span, target.name);
        const growth = after.streakMs - (before?.streakMs ?? 0);
        const bounds = growthBounds(before, span);
        expect(growth, `streak growth from typing ${target.name}`).toBeGreaterThanOrEqual(bounds.min);
        expect(growth, `streak growth from typing ${target.name}`).toBeLessThanOrEqual(bounds.max);
      }
    } finally {
      await page.close();
    }
  });

  test('a keystroke report from a page of Handrest (not a content script) is refused, and typing is as it was', async () => {
    const before = await readTyping();
    const now = Date.now();
    const reply = await extensionPage.evaluate(sendMessage, { type: 'keystrokes', times: [now - 2000, now - 1000] });
    expect(reply).toEqual({ ok: false, refused: REFUSED.sender });
    expect(await readTyping()).toEqual(before);
  });

  test('the popup opens and "I drank water" counts a glass on the page and in storage', async () => {
    const popup = await session.openExtensionPage('popup.html');
    try {
      await popup.setViewport(POPUP_VIEWPORT);
      await popup.waitForSelector(PAGE_READY);
      const readFigure = async () => parseWaterFigure(await popup.$eval(WATER_FIGURE, (figure) => figure.textContent ?? ''));
      const readToday = async () => ((await popup.evaluate(storageGet, ['today'])) as StoredItems).today;
      const shownBefore = await readFigure();
      expect(shownBefore.goal).toBe(defaultSettings().waterGoalGlasses);
      expect((await readToday())?.glasses ?? 0, 'the page shows the stored count').toBe(shownBefore.glasses);

      await popup.locator('button::-p-text(I drank water)').click();
      const glasses = shownBefore.glasses + 1;
      await pollUntil(readFigure, (shown) => shown.glasses === glasses, { what: `the popup to show ${glasses} glasses` });
      const today = await readToday();
      expect(today?.day).toBe(localDayKey(Date.now()));
      expect(today?.glasses).toBe(glasses);
    } finally {
      await popup.close();
    }
  });
});
