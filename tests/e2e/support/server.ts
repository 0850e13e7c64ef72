// The local web page the tests type into, on 127.0.0.1 with a random port. It has a text input,
// a contenteditable div and an about:blank iframe made by script (holding an input, like the
// text-event iframes of online editors). A second page opens and stops the camera, as a call does;
// a third watches for any trace of Handrest (watched-page.ts).
// Every request it receives is logged.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WATCHED_CHILD_HTML, WATCHED_CHILD_PATH, WATCHED_PAGE_HTML, WATCHED_PATH } from './watched-page';

export const PAGE_PATH = '/';
export const PROBE_PATH = '/probe';
const CAMERA_PATH = '/camera';

const TEST_PAGE_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Handrest test page</title><link rel="icon" href="data:,"></head>
<body>
  <label>Text <input id="text" autocomplete="off"></label>
  <div id="editor" contenteditable="true" style="min-height: 2em; border: 1px solid">Edit me:</div>
  <script>
    const frame = document.createElement('iframe');
    frame.id = 'blank-frame';
    document.body.appendChild(frame);
    const frameInput = frame.contentDocument.createElement('input');
    frameInput.id = 'frame-input';
    frame.contentDocument.body.appendChild(frameInput);
  </script>
</body>
</html>
`;

/** Script calls window.startCamera() and window.stopCamera(); 127.0.0.1 is a secure context for getUserMedia. */
const CAMERA_PAGE_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Handrest camera page</title><link rel="icon" href="data:,"></head>
<body>
  <p>A call: the camera on or off.</p>
  <script>
    let stream = null;
    window.startCamera = async () => {
      stream = await navigator.mediaDevices.getUserMedia({ video: true });
    };
    window.stopCamera = () => {
      stream?.getTracks().forEach((track) => track.stop());
      stream = null;
    };
  </script>
</body>
</html>
`;

interface ServedRequest {
  method: string;
  path: string;
}

export interface TestServer {
  origin: string;
  /** Host name the page is served from, as the extension sees it. */
  host: string;
  pageUrl: string;
  probeUrl: string;
  cameraUrl: string;
  /** The page watching for Handrest (support/watched-page.ts), told the extension id to listen for. */
  watchedUrl(extensionId: string): string;
  /** Every request received so far, in order. */
  readonly received: ServedRequest[];
  clearReceived(): void;
  close(): Promise<void>;
}

function respond(request: IncomingMessage, response: ServerResponse) {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === PAGE_PATH) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(TEST_PAGE_HTML);
  } else if (path === WATCHED_PATH || path === WATCHED_CHILD_PATH) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(path === WATCHED_PATH ? WATCHED_PAGE_HTML : WATCHED_CHILD_HTML);
  } else if (path === CAMERA_PATH) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(CAMERA_PAGE_HTML);
  } else if (path === PROBE_PATH) {
    response.writeHead(204, { 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    response.end();
  } else {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  }
}

export async function startTestServer(): Promise<TestServer> {
  const received: ServedRequest[] = [];
  const server = createServer((request, response) => {
    received.push({ method: request.method ?? '', path: new URL(request.url ?? '/', 'http://127.0.0.1').pathname });
    respond(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    host: '127.0.0.1',
    pageUrl: `${origin}${PAGE_PATH}`,
    probeUrl: `${origin}${PROBE_PATH}`,
    cameraUrl: `${origin}${CAMERA_PATH}`,
    watchedUrl: (extensionId) => `${origin}${WATCHED_PATH}?id=${encodeURIComponent(extensionId)}`,
    received,
    clearReceived: () => void received.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
