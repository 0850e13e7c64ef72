// The content script's reporter in a fake page: a fake clock and timer queue that the bench
// advances itself, and the captured keydown listener to call directly. Either the reporter's
// source (startFakeReporter) or the built content script itself, as shipped (runContentScriptFile).

import { readFileSync } from 'node:fs';
import { startKeystrokeReporter, type ReporterEnvironment } from '../../utils/typing/keystroke-reporter';
import type { KeystrokeReport } from '../../utils/typing/activity-timing';

/** What a real keystroke looks like to the reporter (it reads nothing else). */
export const TRUSTED_KEYDOWN = { isTrusted: true, repeat: false } as const;

export type Keydown = (event: typeof TRUSTED_KEYDOWN) => void;

interface Timer {
  id: number;
  at: number;
  run: () => void;
}

/** A clock that only moves when told to, running the timers that come due on the way. */
class FakeClock {
  time = 0;
  private timers: Timer[] = [];
  private nextId = 1;

  readonly now = () => this.time;

  setTimeout(run: () => void, delay = 0): number {
    const id = this.nextId++;
    this.timers.push({ id, at: this.time + delay, run });
    return id;
  }

  /** As cheap as a browser's for a timer that already ran (the reporter clears its own as it runs). */
  clearTimeout(id: number | undefined): void {
    for (let index = 0; index < this.timers.length; index += 1) {
      if (this.timers[index]?.id === id) this.timers.splice(index, 1);
    }
  }

  /** Moves to `time`, running each due timer at its own time, earliest first. */
  advanceTo(time: number): void {
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= time).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (due === undefined) break;
      this.clearTimeout(due.id);
      this.time = Math.max(this.time, due.at);
      due.run();
    }
    this.time = time;
  }

  /** Runs the timers pending now regardless of their time (the clock does not move). */
  runPending(): void {
    const pending = this.timers;
    this.timers = [];
    for (const timer of pending) timer.run();
  }
}

export interface FakeReporter {
  clock: FakeClock;
  keydown: Keydown;
  stop: () => void;
}

/**
 * Starts the real reporter against `clock`; `now` defaults to the fake clock's time.
 * `onSend` sees every report and gives the background's reply (none: sending succeeds).
 */
export function startFakeReporter(onSend: (report: KeystrokeReport) => unknown, now?: () => number): FakeReporter {
  const clock = new FakeClock();
  let keydown: Keydown | undefined;
  const ignore = () => {};
  const env: ReporterEnvironment = {
    window: {
      addEventListener: (type: string, listener: unknown) => {
        if (type === 'keydown') keydown = listener as Keydown;
      },
      removeEventListener: ignore,
      setTimeout: (run: () => void, delay?: number) => clock.setTimeout(run, delay),
      clearTimeout: (id?: number) => clock.clearTimeout(id),
    } as unknown as ReporterEnvironment['window'],
    document: { addEventListener: ignore, removeEventListener: ignore, visibilityState: 'visible' },
    now: now ?? clock.now,
    send: (report) => Promise.resolve(onSend(report)),
    isOrphaned: () => false,
  };
  const stop = startKeystrokeReporter(env);
  if (keydown === undefined) throw new Error('the reporter registered no keydown listener');
  return { clock, keydown, stop };
}

/**
 * Runs the content script file at `path` (the built one, or the minimal extension's) in a fake
 * frame: its window and document, and an extension runtime whose sendMessage hands each report to
 * `onSend` and replies as the background does when nothing waits (ok). Gives the clock its timers
 * run on and the keydown listener it added.
 */
export function runContentScriptFile(path: string, onSend: (report: KeystrokeReport) => void): Omit<FakeReporter, 'stop'> {
  const clock = new FakeClock();
  let keydown: Keydown | undefined;
  const ignore = () => {};
  const addEventListener = (type: string, listener: unknown) => {
    if (type === 'keydown') keydown = listener as Keydown;
  };
  const setTimeout = (run: () => void, delay?: number) => clock.setTimeout(run, delay);
  const clearTimeout = (id?: number) => clock.clearTimeout(id);
  const window = { addEventListener, removeEventListener: ignore, setTimeout, clearTimeout };
  const document = { addEventListener: ignore, removeEventListener: ignore, visibilityState: 'visible' };
  const sendMessage = (report: KeystrokeReport) => {
    onSend(report);
    return Promise.resolve({ ok: true });
  };
  const chrome = { runtime: { id: 'bench', sendMessage } };
  // What a content script may read of its frame, as its globals; nothing else of the page.
  const frame = { window, document, globalThis: { chrome }, chrome, addEventListener, setTimeout, clearTimeout };
  new Function(...Object.keys(frame), readFileSync(path, 'utf8'))(...Object.values(frame));
  if (keydown === undefined) throw new Error(`${path} registered no keydown listener`);
  return { clock, keydown };
}
