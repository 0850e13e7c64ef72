// When a nudge that may go out is offered: at a pause in typing (PAUSE_BEFORE_NUDGE_MS, as far as
// reports can tell: they arrive late, typing-model.ts's allReportedBy says how late) so it never lands mid-sentence, but
// never held longer than MAX_NUDGE_HOLD_MS; in quiet time it is held instead, and after quiet time
// it is offered from its end. Every kind of break offers its nudge this way. Pure.

import { SECOND } from '../helpers/time';
import type { TypingState } from '../typing/typing-model';
import { allReportedBy } from '../typing/report-latency';
import type { HoldsNow } from './holds';

export const PAUSE_BEFORE_NUDGE_MS = 3 * SECOND;
export const MAX_NUDGE_HOLD_MS = 60 * SECOND;

/** What becomes of a nudge now: it waits until `at`, is held for quiet time, or goes out. */
export type Offer = { outcome: 'wait'; at: number } | { outcome: 'hold' } | { outcome: 'show' };

const HOLD: Offer = Object.freeze({ outcome: 'hold' });
const SHOW: Offer = Object.freeze({ outcome: 'show' });

/** When a nudge that became eligible at `eligibleAt` may be shown: after a typing pause, or once held for the longest allowed. */
function releaseTime(typing: TypingState, eligibleAt: number): number {
  const pauseSeenAt = allReportedBy(typing, (typing.lastActivityAt ?? eligibleAt) + PAUSE_BEFORE_NUDGE_MS);
  return Math.min(Math.max(eligibleAt, pauseSeenAt), eligibleAt + MAX_NUDGE_HOLD_MS);
}

/** The offer at `now` of a nudge eligible at `eligibleAt` (see holds.ts for when that is). */
export function offerAt(holds: HoldsNow, typing: TypingState, eligibleAt: number, now: number): Offer {
  const release = releaseTime(typing, Math.max(eligibleAt, holds.quietEndedAt ?? eligibleAt));
  if (now < release) return { outcome: 'wait', at: release };
  return holds.quiet ? HOLD : SHOW;
}
