// The browser side of quiet time: what the tabs and windows show right now. Each tab gives only
// whether it plays sound or uses the camera, microphone or screen (Firefox's sharingState; Chrome
// has none), and its host only while it does; each window, whether it is fullscreen.

import { browser, type Browser } from 'wxt/browser';
import { callTab, type QuietSignals, type TabSignal } from '../breaks/quiet-time';
import { hostOf } from '../settings/host-list';

/** Firefox's report of a tab's camera, microphone and screen use. */
interface SharingState {
  camera?: boolean;
  microphone?: boolean;
  screen?: string;
}

function signalOf(tab: Browser.tabs.Tab): TabSignal {
  const sharing = (tab as { sharingState?: SharingState }).sharingState;
  const usingMedia = sharing !== undefined && (sharing.camera === true || sharing.microphone === true || sharing.screen !== undefined);
  const audible = tab.audible === true;
  return { audible, usingMedia, host: audible || usingMedia ? hostOf(tab.url) : null };
}

async function readTabSignals(): Promise<TabSignal[]> {
  return (await browser.tabs.query({})).map(signalOf);
}

/** The host of the tab that makes a call right now ('' when the call's tab has no host), or null. */
export async function readCallHost(callSites: readonly string[]): Promise<string | null> {
  const tab = callTab(await readTabSignals(), callSites);
  return tab === null ? null : (tab.host ?? '');
}

/** What the browser shows about quiet time right now: a call, a fullscreen window. */
export async function readQuietSignals(callSites: readonly string[]): Promise<QuietSignals> {
  const [tabs, windows] = await Promise.all([readTabSignals(), browser.windows.getAll()]);
  return { inCall: callTab(tabs, callSites) !== null, fullscreen: windows.some((window) => window.state === 'fullscreen') };
}

/** Whether a tab change can change quiet time: sound, sharing, or the address of a tab that plays sound. */
export function mayChangeQuiet(change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab): boolean {
  return 'audible' in change || 'sharingState' in change || ('url' in change && tab.audible === true);
}
