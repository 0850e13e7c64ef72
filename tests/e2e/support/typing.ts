// Typing like a person at a steady pace, with real (trusted) key events from the driver, and
// bounds on when the keydowns happened in wall-clock time (the browser's Date.now() shares the clock).
import { sleep } from './poll';

/** Both Playwright's and Puppeteer's pages and frames fit. */
export interface Evaluating {
  evaluate(run: () => void): Promise<unknown>;
}

/**
 * The person moves on to another window: `frame`'s window loses the focus, and Handrest's
 * reporter there sends what it holds at once (keystroke-reporter.ts), not 2 or 15 s after its
 * first key. For tests of what is counted, not of when it is sent; then the report is on its way.
 */
export async function leaveFrame(frame: Evaluating): Promise<void> {
  await frame.evaluate(() => void window.dispatchEvent(new FocusEvent('blur')));
}

/** Both Playwright's and Puppeteer's page.keyboard fit. */
export interface Keyboard {
  press(key: string): Promise<unknown>;
}

export interface TypedSpan {
  keys: number;
  /** The first keydown happened within [firstKeyNotBefore, firstKeyNotAfter]. */
  firstKeyNotBefore: number;
  firstKeyNotAfter: number;
  /** The last keydown happened within [lastKeyNotBefore, lastKeyNotAfter]. */
  lastKeyNotBefore: number;
  lastKeyNotAfter: number;
}

/** Presses `key` `keys` times, one press starting every `everyMs`; returns when the presses happened. */
export async function typeSteadily(keyboard: Keyboard, keys: number, { everyMs = 100, key = 'a' } = {}): Promise<TypedSpan> {
  if (keys < 1) throw new Error('typeSteadily needs at least one key');
  const start = Date.now();
  const pressed: { before: number; after: number }[] = [];
  for (let index = 0; index < keys; index += 1) {
    const due = start + index * everyMs;
    if (due > Date.now()) await sleep(due - Date.now());
    const before = Date.now();
    await keyboard.press(key);
    pressed.push({ before, after: Date.now() });
  }
  const first = pressed[0] as { before: number; after: number };
  const last = pressed[pressed.length - 1] as { before: number; after: number };
  return {
    keys,
    firstKeyNotBefore: first.before,
    firstKeyNotAfter: first.after,
    lastKeyNotBefore: last.before,
    lastKeyNotAfter: last.after,
  };
}
