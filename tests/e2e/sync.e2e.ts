// Settings that follow the person through the browser's own sync, in real Chromium and Firefox:
// another computer's change, written into the sync area as `setting.<name>` items are, reaches
// the background's local settings and the open settings page, which shows it in a field nobody
// is editing; and a change made on this page goes out to the sync area as its own item. The
// other computer is simulated by an extension page writing the sync area, as the browser's
// sync engine would (Chromium runs with --disable-sync: the area works, nothing leaves).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Settings } from '../../utils/settings/settings';
import { syncedSettingKey, type SyncedSetting } from '../../utils/sync/synced-settings';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { drivenChromiumPage, drivenFirefoxPage, type DrivenPage } from './support/driven-page';
import { storageGet, syncAreaGet, syncAreaSet } from './support/extension-api';
import { pollUntil } from './support/poll';

let chromium: ChromiumSession;
let firefox: FirefoxSession;

beforeAll(async () => {
  [chromium, firefox] = await Promise.all([launchChromium(), launchFirefox()]);
});

afterAll(async () => {
  await Promise.all([chromium?.close(), firefox?.close()]);
});

interface BrowserUnderTest {
  name: string;
  open(path: string): Promise<DrivenPage>;
}

const BROWSERS: BrowserUnderTest[] = [
  { name: 'Chromium', open: async (path) => drivenChromiumPage(await chromium.openExtensionPage(path)) },
  { name: 'Firefox', open: async (path) => drivenFirefoxPage(await firefox.openExtensionPage(path)) },
];

const fieldValue = (selector: string) => (document.querySelector(selector) as HTMLInputElement).value;

/** Puts text in a field as typing does: the value and one input event. */
function fillField({ selector, text }: { selector: string; text: string }): void {
  const input = document.querySelector(selector) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const localSettings = async (page: DrivenPage): Promise<Settings> => ((await page.run(storageGet, ['settings'])) as { settings: Settings }).settings;

describe.each(BROWSERS)('Settings through the browser’s sync in $name', (browser) => {
  test('another computer’s change reaches the background and the open settings page; this page’s change goes out as its own item', async () => {
    const options = await browser.open('options.html');
    try {
      expect(await options.run(fieldValue, '#setting-breakAfterMin')).toBe('30');
      const other: SyncedSetting = { v: 45, at: Date.now() };
      const written = Date.now();
      await options.run(syncAreaSet, { [syncedSettingKey('breakAfterMin')]: other });
      await pollUntil(() => options.run(fieldValue, '#setting-breakAfterMin'), (value) => value === '45', { what: 'the open page to show the other computer’s 45' });
      // Logged, not asserted: a time measured on a shared machine is no budget (the path has no delay of its own).
      console.log(`${browser.name}: the page showed the other computer's change ${Date.now() - written} ms after it was written`);
      expect((await localSettings(options)).breakAfterMin).toBe(45);

      await options.run(fillField, { selector: '#setting-typingGapSec', text: '9' });
      const item = await pollUntil(
        async () => (await options.run(syncAreaGet, [syncedSettingKey('typingGapSec')]))[syncedSettingKey('typingGapSec')] as SyncedSetting | undefined,
        (value) => value?.v === 9,
        { what: 'this computer’s change to go out to the sync area' },
      );
      expect(item?.at).toBeGreaterThanOrEqual(written);
      expect((await options.run(syncAreaGet, null))[syncedSettingKey('breakAfterMin')]).toEqual(other);
      expect((await localSettings(options)).typingGapSec).toBe(9);
    } finally {
      await options.close();
    }
  });
});
