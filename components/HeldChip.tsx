// Whether Handrest is tracking, paused or snoozed, as a small chip.

import type { Status } from '@/utils/status';
import { formatTimeOfDay } from '@/utils/format';

export function heldText(status: Status): string {
  if (status.paused && status.pausedUntil !== null) return `Paused until ${formatTimeOfDay(status.pausedUntil)}`;
  if (status.snoozed && status.snoozedUntil !== null) return `Snoozed until ${formatTimeOfDay(status.snoozedUntil)}`;
  if (status.breakSession !== null) return 'On a break';
  return 'Tracking';
}

export function HeldChip({ status }: { status: Status }) {
  const tone = status.paused ? 'warn' : status.snoozed ? 'water' : '';
  return <span class={`chip ${tone}`}>{heldText(status)}</span>;
}
