// The content script's whole job: note the time of each trusted, non-repeat keydown and send
// the times to the background in batches, each as soon as the background last said it needs to
// hear (activity-timing.ts). It reads nothing else from the event (no key, code, target or text)
// and nothing from the page. It runs in every frame, so it stays tiny.

import { replyFailed, slowUntilIn } from '../protocol/reply';
import { MAX_BUFFERED_KEYSTROKES, MAX_KEYSTROKE_AGE_MS, REPORT_INTERVAL_MS, SLOW_REPORT_INTERVAL_MS, type KeystrokeReport } from './activity-timing';

export interface ReporterEnvironment {
  window: Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'>;
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  now: () => number;
  send: (report: KeystrokeReport) => Promise<unknown>;
  /** True once the extension was reloaded or removed under this script. */
  isOrphaned: () => boolean;
}

/**
 * Starts listening. Returns the function that stops it: it sends what is still buffered first,
 * since a newer copy of the script (after an update) takes over from here. Once the extension is
 * gone (orphaned), the reporter stops by itself without a word to the page.
 */
export function startKeystrokeReporter(env: ReporterEnvironment): () => void {
  let times: number[] = [];
  let timer: number | undefined;
  let stopped = false;
  /** A batch begun before this may wait SLOW_REPORT_INTERVAL_MS, as the background's last reply said. */
  let slowUntil = 0;
  let sentAt = -Infinity;
  const listening = { capture: true, passive: true } as const;

  function detach() {
    stopped = true;
    env.window.clearTimeout(timer);
    times = [];
    env.window.removeEventListener('keydown', onKeydown, listening);
    env.window.removeEventListener('pagehide', flush, listening);
    env.window.removeEventListener('blur', onBlur, listening);
    env.document.removeEventListener('visibilitychange', onVisibilityChange, listening);
  }

  function keepForRetry(batch: number[]) {
    if (stopped || env.isOrphaned()) return detach();
    // The background refuses a report holding a keystroke older than it could be: drop those first.
    const oldestSent = env.now() - MAX_KEYSTROKE_AGE_MS;
    times = [...batch, ...times].filter((time) => time >= oldestSent).slice(-MAX_BUFFERED_KEYSTROKES);
    timer ??= env.window.setTimeout(flush, REPORT_INTERVAL_MS);
  }

  function flush() {
    env.window.clearTimeout(timer);
    timer = undefined;
    if (times.length === 0) return;
    const batch = times;
    times = [];
    sentAt = env.now();
    try {
      env.send({ type: 'keystrokes', times: batch }).then(
        (reply) => {
          if (replyFailed(reply)) keepForRetry(batch);
          else slowUntil = slowUntilIn(reply);
        },
        () => keepForRetry(batch),
      );
    } catch {
      keepForRetry(batch);
    }
  }

  function onKeydown(event: Pick<KeyboardEvent, 'isTrusted' | 'repeat'>) {
    if (!event.isTrusted || event.repeat) return;
    // A report holds no more than the background takes: the oldest go first.
    if (times.length >= MAX_BUFFERED_KEYSTROKES) times.shift();
    const now = env.now();
    times.push(now);
    timer ??= env.window.setTimeout(flush, now < slowUntil ? SLOW_REPORT_INTERVAL_MS : REPORT_INTERVAL_MS);
  }

  // Sent at once, but never sooner than REPORT_INTERVAL_MS after the last report: a page that
  // moves the focus itself (or dispatches a blur) cannot make reports go one per keystroke.
  function onBlur() {
    if (times.length === 0) return;
    env.window.clearTimeout(timer);
    timer = env.window.setTimeout(flush, sentAt + REPORT_INTERVAL_MS - env.now());
  }

  function onVisibilityChange() {
    if (env.document.visibilityState === 'hidden') flush();
  }

  env.window.addEventListener('keydown', onKeydown, listening);
  env.window.addEventListener('pagehide', flush, listening);
  // Keys go only to the focused frame: one that loses the focus sends what it holds at once, so
  // its keystrokes reach the background before any typed where the focus went (which come after
  // what is counted, and count).
  env.window.addEventListener('blur', onBlur, listening);
  env.document.addEventListener('visibilitychange', onVisibilityChange, listening);
  return () => {
    flush();
    detach();
  };
}
