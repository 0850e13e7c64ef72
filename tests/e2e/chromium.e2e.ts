// The built Chrome extension in real Chromium: typing in a web page's input, contenteditable and
// about:blank iframe grows the streak; the streak survives the service worker being stopped; the
// badge shows the streak's minutes; excluded sites are not counted; no extension context makes a
// network request.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { defaultSettings, type Settings } from '../../utils/settings/settings';
import { REPORT_INTERVAL_MS } from '../../utils/typing/activity-timing';
import type { TypingState } from '../../utils/typing/typing-model';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { badgeText, fetchStatus } from './support/extension-api';
import { pollUntil, sleep } from './support/poll';
import { growthBounds, typingAfter } from './support/streak';
import { streakState } from '../support/fixtures';
import { recordRequests, type RecordedRequest, type RequestRecorder } from './support/requests';
import { startTestServer, PAGE_PATH, PROBE_PATH, type TestServer } from './support/server';
import { leaveFrame, typeSteadily, type TypedSpan } from './support/typing';

const MINUTE = 60_000;

let server: TestServer;
let session: ChromiumSession;
let page: Page;
let blankFrame: Frame;
/** Every request of the whole session, from right after launch. */
let sessionRequests: RequestRecorder;

async function readTyping(): Promise<TypingState | undefined> {
  return (await session.readStorage(['typing'])).typing;
}

function typingAfterSpan(span: TypedSpan, what: string): Promise<TypingState> {
  return typingAfter(readTyping, span, what);
}

async function setSettings(settings: Settings): Promise<void> {
  await session.writeStorage({ settings });
}

/** (Re)loads the test page and finds its about:blank iframe. */
async function openTestPage(): Promise<void> {
  await page.goto(server.pageUrl);
  await page.locator('#blank-frame').waitFor();
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame() && candidate.url() === 'about:blank');
  if (frame === undefined) throw new Error('The test page has no about:blank iframe');
  blankFrame = frame;
  await blankFrame.locator('#frame-input').waitFor();
}

beforeAll(async () => {
  server = await startTestServer();
  session = await launchChromium();
  sessionRequests = recordRequests(session.context);
  page = session.context.pages()[0] ?? (await session.context.newPage());
  await openTestPage();
  // At install, the background injects the content script into the open http(s) tabs
  // (entrypoints/background/open-tabs.ts). When that pass lands on the test page (it can: Chrome
  // fires onInstalled around the time the page loads), the about:blank iframe gets the script even
  // without the manifest's match_about_blank, and the iframe test would pass for the wrong reason.
  // So: let the background handle one keystroke report (onInstalled came before it), then load the
  // page afresh, where only the manifest's content scripts run.
  await page.click('#text');
  await typingAfterSpan(await typeSteadily(page.keyboard, 1), 'to settle after install');
  await openTestPage();
});

afterAll(async () => {
  sessionRequests?.stop();
  await session?.close();
  await server?.close();
});

describe('Handrest in Chromium', () => {
  test('typing in an input, a contenteditable and an about:blank iframe grows the streak', async () => {
    const targets = [
      { name: 'in the text input', frame: page, focus: () => page.click('#text'), text: () => page.inputValue('#text') },
      { name: 'in the contenteditable div', frame: page, focus: () => page.click('#editor'), text: () => page.innerText('#editor') },
      {
        name: 'in the about:blank iframe',
        frame: blankFrame,
        focus: () => blankFrame.click('#frame-input'),
        text: () => blankFrame.inputValue('#frame-input'),
      },
    ];
    for (const [index, target] of targets.entries()) {
      const key = String.fromCharCode('k'.charCodeAt(0) + index);
      const before = await readTyping();
      await target.focus();
      const span = await typeSteadily(page.keyboard, 8, { key });
      expect(await target.text(), `the keys landed ${target.name}`).toContain(key.repeat(8));

      await leaveFrame(target.frame);
      const after = await typingAfterSpan(span, target.name);
      const growth = after.streakMs - (before?.streakMs ?? 0);
      const bounds = growthBounds(before, span);
      expect(growth, `streak growth from typing ${target.name}`).toBeGreaterThanOrEqual(bounds.min);
      expect(growth, `streak growth from typing ${target.name}`).toBeLessThanOrEqual(bounds.max);
    }
  });

  test('the streak survives the service worker being stopped, with nothing lost or counted twice', async () => {
    await page.click('#text');
    const first = await typeSteadily(page.keyboard, 10);
    const before = await typingAfterSpan(first, 'before the worker stops');
    expect(before.streakStartedAt).not.toBeNull();

    // Marks this worker instance: a restarted worker starts without the mark.
    await (await session.runningWorker()).evaluate(() => {
      (globalThis as { handrestE2eMark?: boolean }).handrestE2eMark = true;
    });
    await session.stopServiceWorker();
    expect(await session.serviceWorkerRunning(), 'the worker is stopped while the next keys are typed').toBe(false);

    const second = await typeSteadily(page.keyboard, 20);
    const worker = await session.runningWorker();
    const marked = await worker.evaluate(() => (globalThis as { handrestE2eMark?: boolean }).handrestE2eMark === true);
    expect(marked, 'the keystroke report started a new worker instance').toBe(false);

    const after = await typingAfterSpan(second, 'while the worker was stopped');
    expect(after.streakStartedAt, 'the same streak continues').toBe(before.streakStartedAt);
    const growth = after.streakMs - before.streakMs;
    const bounds = growthBounds(before, second);
    expect(growth, 'streak growth across the restart').toBeGreaterThanOrEqual(bounds.min);
    expect(growth, 'streak growth across the restart').toBeLessThanOrEqual(bounds.max);
    // Whatever the new keys covered beyond the old coverage is counted (nothing lost), and no more
    // than the coverage advanced (nothing counted twice).
    expect(growth).toBeGreaterThanOrEqual(after.coveredUntil - Math.max(before.coveredUntil, second.firstKeyNotAfter));
    expect(growth).toBeLessThanOrEqual(after.coveredUntil - before.coveredUntil);
    expect(after.activeMs).toBeGreaterThanOrEqual(before.activeMs + growth);
  });

  test('the badge shows the streak in whole minutes', async () => {
    const worker = await session.runningWorker();
    const badgeBefore = await worker.evaluate(badgeText);
    const previous = await readTyping();
    const seededStreakMs = 3 * MINUTE + 25_000;
    const seeded = streakState(seededStreakMs, Date.now(), { previous });
    await session.writeStorage({ typing: seeded });
    const seededMinutes = String(Math.floor(seededStreakMs / MINUTE));
    expect(badgeBefore, 'the badge did not show the seeded minutes already').not.toBe(seededMinutes);

    await page.click('#text');
    const span = await typeSteadily(page.keyboard, 5);
    await leaveFrame(page);
    const after = await typingAfterSpan(span, 'after seeding a long streak');
    expect(after.streakStartedAt, 'the seeded streak continues').toBe(seeded.streakStartedAt);
    expect(after.streakMs).toBeGreaterThan(seededStreakMs);

    const expected = String(Math.floor(after.streakMs / MINUTE));
    expect(expected).toBe(seededMinutes);
    await pollUntil(() => worker.evaluate(badgeText), (text) => text === expected, {
      what: `the badge text to be "${expected}"`,
    });
  });

  test('typing on an excluded site is not counted', async () => {
    await setSettings({ ...defaultSettings(), excludedSites: [server.host] });
    try {
      const stored = (await session.readStorage(['settings'])).settings;
      expect(stored?.excludedSites).toEqual([server.host]);
      const before = await readTyping();

      await page.click('#text');
      await typeSteadily(page.keyboard, 10);
      await blankFrame.click('#frame-input');
      await typeSteadily(page.keyboard, 5);
      // Both frames send what they hold (the page's went as the focus left it): leave room for the reports to arrive.
      await leaveFrame(blankFrame);
      await sleep(REPORT_INTERVAL_MS + 1500);
      expect(await readTyping(), 'the typing state is unchanged').toEqual(before);
    } finally {
      await setSettings(defaultSettings());
    }

    // The control: the same typing counts once the site is no longer excluded.
    const before = await readTyping();
    await page.click('#text');
    const span = await typeSteadily(page.keyboard, 5);
    await leaveFrame(page);
    const after = await typingAfterSpan(span, 'after the exclusion was removed');
    expect(after.streakMs).toBeGreaterThan(before?.streakMs ?? 0);
  });

  test('no extension context makes a network request', async () => {
    const extensionOrigin = `chrome-extension://${session.extensionId}`;
    const fromExtension = (request: RecordedRequest) => request.from.startsWith(`${extensionOrigin}/`);
    /** Anything but the extension's own packaged files, and the web page loading itself. */
    const offending = (requests: readonly RecordedRequest[]) =>
      requests.filter(
        (request) =>
          !request.url.startsWith(`${extensionOrigin}/`) &&
          (fromExtension(request) || request.kind !== 'frame' || request.url !== server.pageUrl),
      );

    // 1. The recorder catches requests from the service worker and from an extension page.
    const recorder = recordRequests(session.context);
    const extensionPage = await session.context.newPage();
    try {
      server.clearReceived();
      expect(await (await session.runningWorker()).evaluate(fetchStatus, server.probeUrl)).toBe(204);
      await extensionPage.goto(`${extensionOrigin}/popup.html`);
      expect(await extensionPage.evaluate(fetchStatus, server.probeUrl)).toBe(204);
      const caught = await pollUntil(
        async () => offending(recorder.requests),
        (requests) => requests.length >= 2,
        { what: 'the probe requests to be recorded' },
      );
      expect(caught).toEqual([
        { url: server.probeUrl, kind: 'service-worker', from: `${extensionOrigin}/background.js` },
        { url: server.probeUrl, kind: 'frame', from: `${extensionOrigin}/popup.html` },
      ]);
      expect(server.received).toEqual([
        { method: 'GET', path: PROBE_PATH },
        { method: 'GET', path: PROBE_PATH },
      ]);

      // 2. Real use: the popup, typing in the page and its iframe, a worker restart, loading the page again.
      recorder.clear();
      server.clearReceived();
      await extensionPage.reload();
      await page.bringToFront();
      await page.click('#text');
      await typeSteadily(page.keyboard, 5);
      await blankFrame.click('#frame-input');
      const typed = await typeSteadily(page.keyboard, 5);
      await leaveFrame(blankFrame);
      await typingAfterSpan(typed, 'with the request recorder on');
      await session.stopServiceWorker();
      await page.click('#text');
      const afterRestart = await typeSteadily(page.keyboard, 5);
      await typingAfterSpan(afterRestart, 'after another worker restart');
      await openTestPage();

      expect(offending(recorder.requests)).toEqual([]);
      expect(server.received).toEqual([{ method: 'GET', path: PAGE_PATH }]);

      // 3. The recorder still catches the restarted worker's requests.
      expect(await (await session.runningWorker()).evaluate(fetchStatus, server.probeUrl)).toBe(204);
      await pollUntil(
        async () => offending(recorder.requests),
        (requests) => requests.length >= 1,
        { what: 'the restarted worker\'s probe request to be recorded' },
      );
      expect(offending(recorder.requests)).toEqual([
        { url: server.probeUrl, kind: 'service-worker', from: `${extensionOrigin}/background.js` },
      ]);
      // Over the whole session, the probes are the only requests that went anywhere.
      expect(offending(sessionRequests.requests).map((request) => request.url)).toEqual([
        server.probeUrl,
        server.probeUrl,
        server.probeUrl,
      ]);
    } finally {
      recorder.stop();
      await extensionPage.close();
    }
  });
});
