// Whether Handrest is tracking, paused, snoozed, on a break or quiet (and why), as a small chip.

import type { Status } from '@/utils/status';
import { formatTimeOfDay } from '@/utils/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { quietReasonText } from './quiet-text';
import { i18n } from '@/utils/browser/i18n';

/** What the chip says; `callHost` names the call's site, read live. */
export function heldText(status: Status, callHost: string | null = null): string {
  if (status.paused && status.pausedUntil !== null) return i18n.t('held.pausedUntil', { time: formatTimeOfDay(status.pausedUntil, uiLanguage()) });
  if (status.snoozed && status.snoozedUntil !== null) return i18n.t('held.snoozedUntil', { time: formatTimeOfDay(status.snoozedUntil, uiLanguage()) });
  if (status.breakSession !== null) return i18n.t('held.onBreak');
  if (status.quiet !== null) return quietReasonText(status.quiet, callHost);
  return i18n.t('held.tracking');
}

function toneOf(status: Status): string {
  if (status.paused) return 'warn';
  if (status.snoozed) return 'water';
  return status.quiet !== null && status.breakSession === null ? 'quiet' : '';
}

export function HeldChip({ status, callHost = null }: { status: Status; callHost?: string | null }) {
  return <span class={`chip ${toneOf(status)}`}>{heldText(status, callHost)}</span>;
}
