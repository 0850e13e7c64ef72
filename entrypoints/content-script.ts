// Runs in every frame of every page (about:blank and srcdoc frames too) and only reports
// keystroke times; see utils/typing/keystroke-reporter.ts. Built without the polyfill to stay small.
// An unlisted script with its manifest entry written in wxt.config.ts, not a defineContentScript:
// WXT's content-script context announces every start with a DOM event on the page's document,
// named after the extension id, and stands down when the page dispatches that event itself
// (wxt-dev/wxt #1752). Nothing here reaches the page: an older copy is found through the isolated
// world's own global object only.

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { startKeystrokeReporter } from '@/utils/typing/keystroke-reporter';
import { RUNNING_REPORTER } from '@/utils/browser/content-script';

export default defineUnlistedScript(() => {
  const world = globalThis as { [RUNNING_REPORTER]?: () => void };
  // A copy injected after an update may share this world with the orphaned one: stop it first.
  world[RUNNING_REPORTER]?.();
  world[RUNNING_REPORTER] = startKeystrokeReporter({
    window,
    document,
    now: Date.now,
    send: (report) => browser.runtime.sendMessage(report),
    isOrphaned: () => !browser.runtime?.id,
  });
});
