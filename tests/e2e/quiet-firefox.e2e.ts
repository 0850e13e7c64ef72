// Quiet time from a call in real Firefox ESR: a web page that opens the camera makes the tab's
// sharingState report it, and the background stores quiet time (inCall) and shows "zz" on the
// badge; stopping the stream ends quiet time and stores when. The periodic tick alarm is held off,
// so Firefox's tabs.onUpdated event (filtered to sharingState) is what starts and ends it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { TICK_ALARM } from '../../utils/tracker/wake-schedule';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { badgeText, holdAlarm, storageGet, type StoredItems } from './support/extension-api';
import { pollUntil } from './support/poll';
import { startTestServer, type TestServer } from './support/server';

/** Firefox's report of a tab's camera, microphone and screen use. */
interface SharingState {
  camera: boolean;
  microphone: boolean;
  screen?: string;
}

/** The slice of the extension API that sharingStateOf uses. */
declare const chrome: {
  tabs: { query(queryInfo: Record<string, never>): Promise<{ url?: string; sharingState?: SharingState }[]> };
};

/** The camera page's functions (tests/e2e/support/server.ts). */
interface CameraWindow {
  startCamera(): Promise<void>;
  stopCamera(): void;
}

let server: TestServer;
let session: FirefoxSession;
let extensionPage: Page;
let cameraPage: Page;

async function readQuiet() {
  return ((await extensionPage.evaluate(storageGet, ['quiet'])) as StoredItems).quiet;
}

/** Firefox's sharingState of the tab showing `url`, read in an extension page. */
async function sharingStateOf(url: string): Promise<SharingState | undefined> {
  return (await chrome.tabs.query({})).find((tab) => tab.url === url)?.sharingState;
}

beforeAll(async () => {
  server = await startTestServer();
  session = await launchFirefox({
    prefs: {
      // A fake camera, opened without a permission prompt.
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
      // Without it Firefox does not count a fake camera as capturing: the tab's sharingState
      // stays { camera: false } while the stream runs (checked in ESR 153).
      'media.navigator.permission.fake': true,
    },
  });
  extensionPage = await session.openExtensionPage('popup.html');
  expect(await extensionPage.evaluate(holdAlarm, TICK_ALARM), 'the background keeps a periodic tick alarm').not.toBeNull();
  cameraPage = await session.browser.newPage();
  await cameraPage.goto(server.cameraUrl);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Quiet time from a call in Firefox', () => {
  test('a web page that opens the camera makes quiet time: stored as in a call, "zz" on the badge', async () => {
    expect((await readQuiet())?.inCall ?? false).toBe(false);
    expect(await extensionPage.evaluate(badgeText)).not.toBe('zz');

    const openedAfter = Date.now();
    await cameraPage.evaluate(() => (window as unknown as CameraWindow).startCamera());
    await pollUntil(
      () => extensionPage.evaluate(sharingStateOf, server.cameraUrl),
      (sharing) => sharing?.camera === true,
      { what: "Firefox to report the camera in the tab's sharingState" },
    );
    const quiet = await pollUntil(readQuiet, (stored) => stored?.inCall === true, { what: 'the open camera to make quiet time' });
    expect(quiet?.since).toBeGreaterThanOrEqual(openedAfter);
    expect(await extensionPage.evaluate(badgeText)).toBe('zz');
  });

  test('stopping the stream ends quiet time and stores when it ended', async () => {
    const stoppedAfter = Date.now();
    await cameraPage.evaluate(() => (window as unknown as CameraWindow).stopCamera());
    const quiet = await pollUntil(readQuiet, (stored) => stored?.inCall === false, { what: 'the stopped camera to end quiet time' });
    expect(quiet?.since).toBeNull();
    expect(quiet?.endedAt).toBeGreaterThanOrEqual(stoppedAfter);
    expect(await extensionPage.evaluate(sharingStateOf, server.cameraUrl)).toMatchObject({ camera: false });
    expect(await extensionPage.evaluate(badgeText)).not.toBe('zz');
  });
});
