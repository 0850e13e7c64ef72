// Runs in every frame of every page (about:blank and srcdoc frames too) and only reports
// keystroke times; see utils/typing/keystroke-reporter.ts. Built without the polyfill to stay small.

import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { startKeystrokeReporter } from '@/utils/typing/keystroke-reporter';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_start',
  // WXT would otherwise announce every start with window.postMessage, telling any page that
  // Handrest is installed (and its id). Newer copies still find older ones through a DOM event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const stop = startKeystrokeReporter({
      window,
      document,
      now: Date.now,
      send: (report) => browser.runtime.sendMessage(report),
      isOrphaned: () => !browser.runtime?.id,
    });
    ctx.onInvalidated(stop);
  },
});
