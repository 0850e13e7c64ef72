// Waiting without fixed sleeps: read until a condition holds, or fail with the last value seen.

import { NO_BREAK, runningBreak, type RunningBreak } from '../../../utils/breaks/break-session';
import type { StoredItems } from './extension-api';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface PollOptions {
  /** What is awaited, for the failure message. */
  what: string;
  timeoutMs?: number;
  intervalMs?: number;
}

/** Calls `read` until `accept` returns true for its value; returns that value. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  { what, timeoutMs = 10_000, intervalMs = 100 }: PollOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() >= deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(value)}`);
    }
    await sleep(intervalMs);
  }
}

/** Waits until storage holds a running break, and gives it. */
export async function storedRunningBreak(session: { readStorage: (keys: ['breakSession']) => Promise<StoredItems> }): Promise<RunningBreak> {
  const { breakSession } = await pollUntil(() => session.readStorage(['breakSession']), (stored) => stored.breakSession?.stage === 'running', {
    what: 'a running break to be stored',
  });
  return runningBreak(breakSession ?? NO_BREAK) as RunningBreak;
}
