// Records every request Chromium reports for a browser context: web pages, extension pages and
// service workers (Playwright reports service-worker requests on the context, with serviceWorker()).
import type { BrowserContext, Request } from 'playwright-core';

export interface RecordedRequest {
  url: string;
  /** Who made it: a service worker or a frame. */
  kind: 'service-worker' | 'frame' | 'unknown';
  /** The worker's script URL or the frame's URL when the request started. */
  from: string;
}

export interface RequestRecorder {
  readonly requests: readonly RecordedRequest[];
  clear(): void;
  stop(): void;
}

function describe(request: Request): RecordedRequest {
  const worker = request.serviceWorker();
  if (worker !== null) return { url: request.url(), kind: 'service-worker', from: worker.url() };
  try {
    return { url: request.url(), kind: 'frame', from: request.frame().url() };
  } catch {
    return { url: request.url(), kind: 'unknown', from: '' };
  }
}

export function recordRequests(context: BrowserContext): RequestRecorder {
  const requests: RecordedRequest[] = [];
  const onRequest = (request: Request) => void requests.push(describe(request));
  context.on('request', onRequest);
  return {
    requests,
    clear: () => void requests.splice(0),
    stop: () => void context.off('request', onRequest),
  };
}
