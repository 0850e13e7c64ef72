// The content script's place in the build: its file, its manifest entry (wxt.config.ts writes it;
// the background injects the same file into tabs open before an install or update), and the name
// under which a running copy leaves its stop function in the extension's isolated world.

/** Where WXT writes the unlisted script `entrypoints/content-script.ts`. */
export const CONTENT_SCRIPT_FILE = 'content-script.js';

/** Every frame of every page, about:blank, srcdoc and opaque-origin frames too, before the page's own scripts. */
export const CONTENT_SCRIPT_ENTRY = {
  matches: ['<all_urls>'],
  all_frames: true,
  match_about_blank: true,
  match_origin_as_fallback: true,
  run_at: 'document_start' as const,
  js: [CONTENT_SCRIPT_FILE],
};

/**
 * A property of the isolated world's global object, where the running copy keeps its stop
 * function so that a newer copy injected into the same frame stops it first. No page can read it:
 * the page's scripts never see the isolated world's globals.
 */
export const RUNNING_REPORTER = 'handrestStopReporter';
