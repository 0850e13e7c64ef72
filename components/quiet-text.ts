// How quiet time is named on the pages: why it is quiet, in a few words, and what happens to the
// nudges meanwhile. Every word the pages say about quiet time is here.

import type { QuietReason } from '@/utils/quiet-time';
import { formatTimeOfDay } from '@/utils/format';

/** Why it is quiet: "In a call on meet.google.com", "Fullscreen", "Meeting until 15:30", "Outside working hours". */
export function quietReasonText(reason: QuietReason, callHost: string | null): string {
  switch (reason.kind) {
    case 'meeting':
      return `Meeting until ${formatTimeOfDay(reason.until)}`;
    case 'call':
      return callHost === null || callHost === '' ? 'In a call' : `In a call on ${callHost}`;
    case 'fullscreen':
      return 'Fullscreen';
    case 'off-hours':
      return 'Outside working hours';
  }
}

/** What quiet time does to the nudges. */
export function quietEffectText(reason: QuietReason): string {
  return reason.kind === 'off-hours'
    ? 'Nudges are off until your working hours begin. Typing still counts in your history.'
    : 'Nudges wait. A break that falls due comes at your first typing pause afterwards.';
}
