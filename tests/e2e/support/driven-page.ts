// One way to drive an extension page in either browser (a Playwright page in Chromium, a
// Puppeteer page in Firefox), for tests that run the same steps in both: keys typed and pressed
// as a person does, focus moved, and code run in the page (which can read the extension's storage).
import type { Page as ChromiumPage } from 'playwright-core';
import type { KeyInput, Page as FirefoxPage } from 'puppeteer-core';
import { PAGE_READY } from './pages';

export interface DrivenPage {
  /** Runs `fn` in the page with `arg` (serialised: it may use only its argument and the page's globals). */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  focus(selector: string): Promise<void>;
  /** Types text key by key, `delayMs` apart. */
  type(text: string, delayMs?: number): Promise<void>;
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

export async function drivenChromiumPage(page: ChromiumPage): Promise<DrivenPage> {
  await page.waitForSelector(PAGE_READY);
  return {
    // The arguments here are plain values, which Playwright hands over as they are (Unboxed<A> is A).
    run: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg),
    focus: (selector) => page.focus(selector),
    type: (text, delayMs = 0) => page.keyboard.type(text, { delay: delayMs }),
    press: (key) => page.keyboard.press(key),
    close: () => page.close(),
  };
}

export async function drivenFirefoxPage(page: FirefoxPage): Promise<DrivenPage> {
  await page.waitForSelector(PAGE_READY);
  return {
    run: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => Promise<R>, arg) as Promise<R>,
    focus: (selector) => page.focus(selector),
    type: (text, delayMs = 0) => page.keyboard.type(text, { delay: delayMs }),
    press: (key) => page.keyboard.press(key as KeyInput),
    close: () => page.close(),
  };
}
