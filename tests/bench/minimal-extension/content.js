// The bench's baseline reporter: the same batching as Handrest's (utils/keystroke-reporter.ts), a
// batch of keydown times goes out REPORT_INTERVAL_MS after its first key, as
// { type: 'keystrokes', times }. No retry and no flush on pagehide: the bench types into one
// page that stays open, so neither ever runs there.
const REPORT_INTERVAL_MS = 2000;
let times = [];
let timer;

function flush() {
  timer = undefined;
  const batch = times;
  times = [];
  // A failed send is left unhandled on purpose: it shows in the page's console, and the bench
  // counts the stored times, so a lost batch fails its check there.
  void chrome.runtime.sendMessage({ type: 'keystrokes', times: batch });
}

addEventListener(
  'keydown',
  (event) => {
    if (!event.isTrusted || event.repeat) return;
    times.push(Date.now());
    timer ??= setTimeout(flush, REPORT_INTERVAL_MS);
  },
  { capture: true, passive: true },
);
