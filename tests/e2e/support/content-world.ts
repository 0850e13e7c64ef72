// Code run in Handrest's content-script world of a web page in Chromium: the isolated world its
// content script runs in, where code from a compromised page process could run too. Found over
// CDP (Runtime.enable lists every execution context; Handrest's has the extension's origin).
import type { Page } from 'playwright-core';
import { pollUntil } from './poll';

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

/** Evaluates `expression` (a promise is awaited) in Handrest's world of `page`, and returns its value. */
export async function inContentScriptWorld(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ExecutionContext));
    await cdp.send('Runtime.enable');
    const world = await pollUntil(
      async () => contexts.find((context) => context.origin === `chrome-extension://${extensionId}` && context.auxData?.type === 'isolated'),
      (found) => found !== undefined,
      { what: "Handrest's content-script world in the page" },
    );
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world?.id, awaitPromise: true, returnByValue: true });
    if (exceptionDetails !== undefined) throw new Error(`In the content-script world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** The expression that sends `message` from the content-script world and gives the reply. */
export const sendingFromContentScript = (message: unknown) => `chrome.runtime.sendMessage(${JSON.stringify(message)})`;
