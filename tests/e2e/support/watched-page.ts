// A page that watches for any sign of Handrest: in its own window and in three frames (an
// about:blank frame made by script, a srcdoc frame and a same-origin frame), each watched from its
// initial about:blank window on (the moment a content script may start there) and again once its
// document has loaded. It listens for every event name WXT's content-script context ever used
// (with and without the extension id, which the test passes as ?id=), for message events, and
// observes every document's changes. It can also play the page that dispatches those events
// itself, as if it were a newer copy of the content script. Each frame holds an input to type in.

/** The served paths (support/server.ts). */
export const WATCHED_PATH = '/watched';
export const WATCHED_CHILD_PATH = '/watched-child';

/** The frames' ids in the watched page, each holding an input `#<frame id>-input`. */
export const WATCHED_FRAMES = ['blank-frame', 'srcdoc-frame', 'child-frame'] as const;

export type WatchedFrame = (typeof WATCHED_FRAMES)[number];

/** One event or change the page caught; `fromPage` marks those the page dispatched itself. */
export interface Caught {
  where: string;
  kind: string;
  fromPage: boolean;
}

const WATCHER_SCRIPT = `
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const names = [
    id + ':content:wxt:content-script-started',
    id + ':content:wxt:locationchange',
    id + ':wxt:content-script-started',
    'wxt:content-script-started',
    'wxt:locationchange',
    'content:wxt:content-script-started',
  ];
  const caught = [];
  /** Nodes the page inserted itself after it began to watch. */
  const ours = new WeakSet();
  // What a content script hands the page may be an object the page may not read (Firefox): not the page's.
  const fromPage = (read) => {
    try {
      const data = read();
      return typeof data === 'object' && data !== null && data.fromPage === true;
    } catch {
      return false;
    }
  };
  const oursOnly = (records) =>
    records.every((record) => record.type === 'childList' && record.removedNodes.length === 0 && [...record.addedNodes].every((node) => ours.has(node)));
  function listen(win, where) {
    const note = (kind, read) => caught.push({ where, kind, fromPage: fromPage(read) });
    win.addEventListener('message', (event) => note('message', () => event.data), true);
    for (const name of names) {
      win.addEventListener(name, (event) => note(name, () => event.detail), true);
      win.document.addEventListener(name, (event) => note(name + ' (document)', () => event.detail), true);
    }
  }
  function observe(win, where) {
    new win.MutationObserver((records) => caught.push({ where, kind: 'mutation of ' + records.length, fromPage: fromPage(() => ({ fromPage: oursOnly(records) })) })).observe(
      win.document,
      { subtree: true, childList: true, attributes: true, characterData: true },
    );
  }
  function watch(win, where) {
    listen(win, where);
    observe(win, where);
  }
  // The page's own window from its first script on; its document's changes once it has built its frames.
  listen(window, 'page');
  function addFrame(frameId, set) {
    const frame = document.createElement('iframe');
    frame.id = frameId;
    set(frame);
    document.body.appendChild(frame);
    watch(frame.contentWindow, frameId + ' (initial window)');
    return frame;
  }
  const loaded = [];
  window.addEventListener('DOMContentLoaded', () => {
    const blank = addFrame('blank-frame', () => {});
    const input = blank.contentDocument.createElement('input');
    input.id = 'blank-frame-input';
    ours.add(input);
    blank.contentDocument.body.appendChild(input);
    for (const [frameId, set] of [
      ['srcdoc-frame', (frame) => { frame.srcdoc = '<input id="srcdoc-frame-input">'; }],
      ['child-frame', (frame) => { frame.src = '${WATCHED_CHILD_PATH}'; }],
    ]) {
      const frame = addFrame(frameId, set);
      loaded.push(new Promise((resolve) => frame.addEventListener('load', () => {
        watch(frame.contentWindow, frameId);
        resolve();
      }, { once: true })));
    }
    Promise.all(loaded).then(() => {
      document.documentElement.dataset.ready = '';
      observe(window, 'page');
    });
  });
  window.caughtSoFar = () => caught.slice();
  window.actAsNewerCopy = () => {
    for (const win of [window, ...[...document.querySelectorAll('iframe')].map((frame) => frame.contentWindow)]) {
      const detail = { contentScriptName: 'content', messageId: 'the-page', fromPage: true };
      for (const name of names) win.document.dispatchEvent(new win.CustomEvent(name, { detail }));
      win.postMessage({ type: names[0], ...detail }, '*');
      win.postMessage({ type: 'wxt:content-script-started', ...detail }, '*');
    }
  };
`;

export const WATCHED_PAGE_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A page watching for Handrest</title><link rel="icon" href="data:,">
<script>${WATCHER_SCRIPT}</script>
</head>
<body><label>Text <input id="text" autocomplete="off"></label></body>
</html>
`;

export const WATCHED_CHILD_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A same-origin frame</title></head>
<body><input id="child-frame-input"></body></html>
`;

/** Set on the page's root element once every frame has loaded and is watched. */
export const WATCHED_READY = 'html[data-ready]';

/** Both Playwright's and Puppeteer's page.evaluate fit. */
export interface Evaluating {
  evaluate<T>(run: () => T): Promise<T>;
}

declare const window: { caughtSoFar(): Caught[]; actAsNewerCopy(): void };

export const caughtSoFar = (page: Evaluating): Promise<Caught[]> => page.evaluate(() => window.caughtSoFar());

/** Dispatches, in every window of the page, what WXT's context takes for a newer copy starting. */
export const actAsNewerCopy = (page: Evaluating): Promise<void> => page.evaluate(() => window.actAsNewerCopy());

/** What the page caught that it did not dispatch itself: Handrest's traces. Empty when there are none. */
export const tracesOfHandrest = (caught: readonly Caught[]): Caught[] => caught.filter((item) => !item.fromPage);
