// Whether Handrest is tracking, paused, snoozed, on a break or quiet (and why), as a small chip.

import type { Status } from '@/utils/tracker/status';
import { heldText } from '@/utils/words/held-text';

function toneOf(status: Status): string {
  if (status.paused) return 'warn';
  if (status.snoozed) return 'water';
  return status.quiet !== null && status.breakSession === null ? 'quiet' : '';
}

export function HeldChip({ status, callHost = null }: { status: Status; callHost?: string | null }) {
  return <span class={`chip ${toneOf(status)}`}>{heldText(status, callHost)}</span>;
}
