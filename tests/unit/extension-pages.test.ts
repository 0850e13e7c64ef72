import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openExtensionPage } from '@/utils/browser/extension-pages';

const BREAK_URL = 'chrome-extension://test-extension-id/break.html';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('opening an extension page', () => {
  it('opens the page in a new tab, then focuses that tab instead of opening another', async () => {
    const openTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url !== undefined);
    await fakeBrowser.tabs.create({ url: 'https://docs.example.test/', active: true });
    await openExtensionPage('/break.html');
    let tabs = await openTabs();
    expect(tabs.map((tab) => tab.url)).toEqual(['https://docs.example.test/', BREAK_URL]);

    await fakeBrowser.tabs.update(tabs[0]?.id as number, { active: true });
    await openExtensionPage('/break.html');
    tabs = await openTabs();
    expect(tabs.map((tab) => tab.url)).toEqual(['https://docs.example.test/', BREAK_URL]);
    expect(tabs.find((tab) => tab.active)?.url).toBe(BREAK_URL);
  });

  it('never focuses another tab where the browser ignores the URL filter', async () => {
    const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(() => query({}));
    await fakeBrowser.tabs.create({ url: 'https://docs.example.test/', active: true });
    await openExtensionPage('/break.html');
    const tabs = (await query({})).filter((tab) => tab.url !== undefined);
    expect(tabs.map((tab) => tab.url)).toEqual(['https://docs.example.test/', BREAK_URL]);
  });
});
