// What typing a span of keys must do to the stored typing state, in both browsers.
import { KEYSTROKE_SLICE_MS, type TypingState } from '../../../utils/typing/typing-model';
import { SLOW_REPORT_LATENCY_MS } from '../../../utils/typing/activity-timing';
import { pollUntil } from './poll';
import type { TypedSpan } from './typing';

/** Allowance for the driver's round trips around key presses, in upper bounds only. */
const SLACK_MS = 2000;
/** Allowance for the browsers' coarsened clocks (Firefox reduces timer precision), in lower bounds. */
const CLOCK_TOLERANCE_MS = 5;

/** Waits until the background has applied the span's last keystroke; returns the typing state then. */
export function typingAfter(
  readTyping: () => Promise<TypingState | undefined>,
  span: TypedSpan,
  what: string,
): Promise<TypingState> {
  return pollUntil(readTyping, (typing) => (typing?.lastActivityAt ?? 0) >= span.lastKeyNotBefore - CLOCK_TOLERANCE_MS, {
    what: `the background to record the keystrokes typed ${what}`,
    // While nothing is near, a tab reports 15 s after a batch's first key (report-cadence.ts).
    timeoutMs: SLOW_REPORT_LATENCY_MS + 10_000,
  }) as Promise<TypingState>;
}

/**
 * How much a span of keys typed after `before` may add to the streak: at least what the span
 * itself covers (first key to the last key's slice end) beyond the previous coverage (the span may
 * begin inside the last slice counted); at most up to the last slice's end from the earlier of the
 * previous coverage end (a run joined to the earlier typing) and the first key.
 */
export function growthBounds(before: TypingState | undefined, span: TypedSpan): { min: number; max: number } {
  const from = before === undefined ? span.firstKeyNotBefore : Math.min(before.coveredUntil, span.firstKeyNotBefore);
  const countedFrom = Math.max(span.firstKeyNotAfter, before?.coveredUntil ?? Number.NEGATIVE_INFINITY);
  return {
    min: span.lastKeyNotBefore + KEYSTROKE_SLICE_MS - countedFrom - CLOCK_TOLERANCE_MS,
    max: span.lastKeyNotAfter + KEYSTROKE_SLICE_MS - from + SLACK_MS,
  };
}
