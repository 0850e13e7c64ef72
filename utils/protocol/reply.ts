// The background's answer to any message, and how a sender tells that it may send again.

/**
 * Applied (to a keystroke report: with `slowUntil`, the time before which the tab's next batch may
 * begin and still wait SLOW_REPORT_INTERVAL_MS; report-cadence.ts); refused whole because it is
 * malformed (sending it again would not help); or failed, for example a storage write (nothing
 * changed; it may be sent again).
 */
export type Reply = { ok: true; slowUntil?: number } | { ok: false; refused: string } | { ok: false; failed: string };

/** Why the background refuses a message whole: it changes nothing, and sending it again would not help. */
export const REFUSED = {
  malformed: 'not a message Handrest understands',
  sender: 'not a message this sender may send',
  flood: 'more reports than a tab sends',
} as const;

/** Whether a reply says the message failed and may be sent again. */
export function replyFailed(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && 'failed' in reply;
}

/** Until when a reply lets the tab report slowly; 0 (soon) when it says nothing of it. */
export function slowUntilIn(reply: unknown): number {
  const slowUntil = (reply as { slowUntil?: unknown } | null)?.slowUntil;
  return typeof slowUntil === 'number' ? slowUntil : 0;
}
