// The background's answer to any message, and how a sender tells that it may send again.

/**
 * Applied; refused whole because it is malformed (sending it again would not help); or failed,
 * for example a storage write (nothing changed; it may be sent again).
 */
export type Reply = { ok: true } | { ok: false; refused: string } | { ok: false; failed: string };

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
