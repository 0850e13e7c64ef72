// @vitest-environment happy-dom
// (one test dispatches a real KeyboardEvent in a real window)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startKeystrokeReporter } from '@/utils/typing/keystroke-reporter';
import type { Reply } from '@/utils/protocol/reply';
import { MAX_BUFFERED_KEYSTROKES, REPORT_INTERVAL_MS, SLOW_REPORT_INTERVAL_MS, type KeystrokeReport } from '@/utils/typing/activity-timing';

type Listener = (event: unknown) => void;

/** A page stand-in that hands out trusted events (real dispatched events are never trusted in tests). */
function fakePage(options: { send?: (report: KeystrokeReport) => Promise<unknown>; orphaned?: () => boolean } = {}) {
  const listeners = new Map<string, Listener>();
  const target = {
    addEventListener: (type: string, listener: Listener, listenOptions: unknown) => {
      expect(listenOptions).toEqual({ capture: true, passive: true });
      listeners.set(type, listener);
    },
    removeEventListener: (type: string) => listeners.delete(type),
  };
  const sent: KeystrokeReport[] = [];
  const page = {
    visibilityState: 'visible' as DocumentVisibilityState,
    sent,
    listeners,
    fire: (type: string, event: unknown = {}) => listeners.get(type)?.(event),
    key: (event: { isTrusted?: boolean; repeat?: boolean } = {}) =>
      listeners.get('keydown')?.({ isTrusted: true, repeat: false, ...event }),
  };
  const stop = startKeystrokeReporter({
    window: { ...target, setTimeout: globalThis.setTimeout.bind(globalThis), clearTimeout: globalThis.clearTimeout.bind(globalThis) } as never,
    document: {
      ...target,
      get visibilityState() {
        return page.visibilityState;
      },
    } as never,
    now: Date.now,
    send: options.send ?? (async (report) => void sent.push(report)),
    isOrphaned: options.orphaned ?? (() => false),
  });
  return Object.assign(page, { stop });
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 10, 23, 9, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('content script keystroke reporter', () => {
  it('reports the times of keystrokes in one batch after the report interval', () => {
    const page = fakePage();
    const start = Date.now();
    page.key();
    vi.advanceTimersByTime(300);
    page.key();
    vi.advanceTimersByTime(REPORT_INTERVAL_MS - 301);
    expect(page.sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(page.sent).toEqual([{ type: 'keystrokes', times: [start, start + 300] }]);
  });

  it('sends at most one report per interval while typing, loses no keystroke, and sends none while idle', () => {
    const page = fakePage();
    for (let key = 0; key < 480; key += 1) {
      page.key();
      vi.advanceTimersByTime(125);
    }
    expect(page.sent.length).toBeLessThanOrEqual(60_000 / REPORT_INTERVAL_MS);
    vi.advanceTimersByTime(REPORT_INTERVAL_MS);
    expect(page.sent.flatMap((report) => report.times)).toHaveLength(480);
    const sentAfterTyping = page.sent.length;
    vi.advanceTimersByTime(10 * 60_000);
    expect(page.sent.length).toBe(sentAfterTyping);
  });

  it('ignores untrusted and auto-repeat keydowns', () => {
    const page = fakePage();
    page.key({ isTrusted: false });
    page.key({ repeat: true });
    vi.advanceTimersByTime(10 * REPORT_INTERVAL_MS);
    expect(page.sent).toEqual([]);
  });

  it('ignores events dispatched by the page itself (they are never trusted)', () => {
    const page = fakePage();
    const event = new KeyboardEvent('keydown', { key: 'a' });
    expect(event.isTrusted).not.toBe(true);
    page.fire('keydown', event);
    vi.advanceTimersByTime(10 * REPORT_INTERVAL_MS);
    expect(page.sent).toEqual([]);
  });

  it('never reads the key, code, target or text: only isTrusted and repeat', () => {
    const page = fakePage();
    const pressedAt = Date.now();
    const read = new Set<PropertyKey>();
    const input = { value: 'my secret password', textContent: 'my secret password' };
    const event = new Proxy(
      { isTrusted: true, repeat: false, key: 'p', code: 'KeyP', keyCode: 80, which: 80, target: input, composedPath: () => [input] },
      {
        get(target, property, receiver) {
          read.add(property);
          return Reflect.get(target, property, receiver);
        },
      },
    );
    page.fire('keydown', event);
    vi.advanceTimersByTime(REPORT_INTERVAL_MS);
    expect([...read].sort()).toEqual(['isTrusted', 'repeat']);
    expect(page.sent).toEqual([{ type: 'keystrokes', times: [pressedAt] }]);
    expect(JSON.stringify(page.sent)).not.toMatch(/secret|KeyP|"p"/);
  });

  it('flushes at once when the tab is hidden or the page is left', () => {
    const page = fakePage();
    page.key();
    page.visibilityState = 'hidden';
    page.fire('visibilitychange');
    expect(page.sent).toHaveLength(1);
    page.key();
    page.fire('pagehide');
    expect(page.sent).toHaveLength(2);
    page.fire('pagehide');
    expect(page.sent).toHaveLength(2);
  });

  it('keeps the times for the next report when the background is briefly unreachable', async () => {
    let fail = true;
    const delivered: number[][] = [];
    const page = fakePage({
      send: async (report) => {
        if (fail) throw new Error('Could not establish connection');
        delivered.push(report.times);
      },
    });
    page.key();
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    fail = false;
    page.key();
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    expect(delivered.flat()).toHaveLength(2);
  });

  it('sends again what the background failed to store, and drops what it refused', async () => {
    const replies: Reply[] = [{ ok: false, failed: 'QUOTA_BYTES exceeded' }, { ok: false, refused: 'malformed' }, { ok: true }];
    const attempts: number[][] = [];
    const page = fakePage({
      send: async (report) => {
        attempts.push(report.times);
        return replies.shift();
      },
    });
    page.key();
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    page.key();
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    expect(attempts.map((times) => times.length)).toEqual([1, 1, 1]);
    expect(attempts[1]).toEqual(attempts[0]);
    expect(attempts[2]).not.toEqual(attempts[0]);
  });

  it('bounds what it keeps while the background cannot be reached, and what one report holds', async () => {
    const attempts: number[] = [];
    const page = fakePage({
      send: (report) => {
        attempts.push(report.times.length);
        return Promise.reject(new Error('unreachable'));
      },
    });
    for (let key = 0; key < MAX_BUFFERED_KEYSTROKES + 500; key += 1) page.key();
    await vi.advanceTimersByTimeAsync(2 * REPORT_INTERVAL_MS);
    expect(attempts).toEqual([MAX_BUFFERED_KEYSTROKES, MAX_BUFFERED_KEYSTROKES]);
    page.stop();
  });

  it('sends what it holds when stopped for a newer copy of the script, then stays quiet', () => {
    const page = fakePage();
    const pressedAt = Date.now();
    page.key();
    page.stop();
    expect(page.sent).toEqual([{ type: 'keystrokes', times: [pressedAt] }]);
    expect(page.listeners.size).toBe(0);
    vi.advanceTimersByTime(10 * REPORT_INTERVAL_MS);
    expect(page.sent).toHaveLength(1);
  });

  it('goes quiet without throwing once orphaned by an extension reload', async () => {
    const send = vi.fn(() => {
      throw new Error('Extension context invalidated.');
    });
    const page = fakePage({ send, orphaned: () => true });
    page.key();
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    expect(send).toHaveBeenCalledTimes(1);
    expect(page.listeners.size).toBe(0);
    expect(() => page.key()).not.toThrow();
    await vi.advanceTimersByTimeAsync(10 * REPORT_INTERVAL_MS);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('how soon the reporter sends: as the background last said', () => {
  /** A page whose background answers every report with `reply(now)`; the times of each send are kept. */
  function pageAnswering(reply: (now: number) => Reply) {
    const sentAt: number[] = [];
    const page = fakePage({
      send: async () => {
        sentAt.push(Date.now());
        return reply(Date.now());
      },
    });
    return Object.assign(page, { sentAt });
  }

  it('a batch begun before the time a reply gave waits the slow interval; one begun after it goes soon again', async () => {
    const page = pageAnswering((now) => ({ ok: true, slowUntil: now + SLOW_REPORT_INTERVAL_MS }));
    const start = Date.now();
    page.key();
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    expect(page.sentAt).toEqual([start + REPORT_INTERVAL_MS]);
    page.key();
    await vi.advanceTimersByTimeAsync(SLOW_REPORT_INTERVAL_MS - 1);
    expect(page.sentAt).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(page.sentAt).toEqual([start + REPORT_INTERVAL_MS, start + REPORT_INTERVAL_MS + SLOW_REPORT_INTERVAL_MS]);
    await vi.advanceTimersByTimeAsync(SLOW_REPORT_INTERVAL_MS + 1);
    page.key();
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    expect(page.sentAt).toHaveLength(3);
  });

  it('a reply that says nothing of it, or a failure, brings the next batch back to soon', async () => {
    const replies: Reply[] = [{ ok: true, slowUntil: Date.now() + 10 * SLOW_REPORT_INTERVAL_MS }, { ok: true }];
    const page = pageAnswering(() => replies.shift() ?? { ok: true });
    page.key();
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    page.key();
    await vi.advanceTimersByTimeAsync(SLOW_REPORT_INTERVAL_MS);
    page.key();
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    expect(page.sentAt).toHaveLength(3);
  });

  it('while it may report slowly, a frame that loses the focus sends at once, so its keys arrive before any typed where the focus went', async () => {
    const page = pageAnswering((now) => ({ ok: true, slowUntil: now + SLOW_REPORT_INTERVAL_MS }));
    page.key();
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    page.key();
    page.fire('blur');
    await vi.advanceTimersByTimeAsync(0);
    expect(page.sentAt).toHaveLength(2);
  });

  it('a focus that moves again and again sends no more than one report per interval', async () => {
    const page = pageAnswering((now) => ({ ok: true, slowUntil: now + SLOW_REPORT_INTERVAL_MS }));
    for (let key = 0; key < 50; key += 1) {
      page.key();
      page.fire('blur');
      await vi.advanceTimersByTimeAsync(200);
    }
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    const spacing = page.sentAt.slice(1).map((at, index) => at - (page.sentAt[index] as number));
    expect(Math.min(...spacing)).toBeGreaterThanOrEqual(REPORT_INTERVAL_MS);
    expect(page.sentAt, "one at the first blur, then one every interval through 10 s of it").toHaveLength(6);
  });

  it('while it may report slowly, a page hidden or left still sends at once', async () => {
    const page = pageAnswering((now) => ({ ok: true, slowUntil: now + SLOW_REPORT_INTERVAL_MS }));
    page.key();
    await vi.advanceTimersByTimeAsync(REPORT_INTERVAL_MS);
    page.key();
    page.visibilityState = 'hidden';
    page.fire('visibilitychange');
    page.key();
    page.fire('pagehide');
    await vi.advanceTimersByTimeAsync(0);
    expect(page.sentAt).toHaveLength(3);
  });
});
