// Every message the content script and the extension pages send to the background.
// One discriminated union: the background's handler switches on `type` exhaustively.

import { isDayTotals, type DayTotals } from './history';

/** What the user asks for from the popup, the break view or a notification. */
export type UserAction =
  | { type: 'start-break' }
  | { type: 'end-break' }
  | { type: 'drink' }
  | { type: 'snooze' }
  | { type: 'pause'; until: number }
  | { type: 'resume' }
  | { type: 'tip-seen'; id: string }
  /** Replace the day history with imported days (already validated by the page). */
  | { type: 'replace-days'; days: DayTotals[] }
  | { type: 'delete-all' };

/** Times of trusted, non-repeat keydowns in one frame since its last report (ms since epoch). */
export interface KeystrokeReport {
  type: 'keystrokes';
  times: number[];
}

export type Message = KeystrokeReport | UserAction;

const SIMPLE_ACTION_TYPES = new Set<string>(['start-break', 'end-break', 'drink', 'snooze', 'resume', 'delete-all']);

/** Accepts only well-formed messages: anything else reaching the background is ignored. */
export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const message = raw as Record<string, unknown>;
  switch (message.type) {
    case 'keystrokes':
      return Array.isArray(message.times) && message.times.every((time) => Number.isFinite(time))
        ? { type: 'keystrokes', times: message.times as number[] }
        : null;
    case 'tip-seen':
      return typeof message.id === 'string' ? { type: 'tip-seen', id: message.id } : null;
    case 'replace-days':
      return Array.isArray(message.days) && message.days.every(isDayTotals)
        ? { type: 'replace-days', days: message.days }
        : null;
    case 'pause':
      return Number.isFinite(message.until) ? { type: 'pause', until: message.until as number } : null;
    default:
      return typeof message.type === 'string' && SIMPLE_ACTION_TYPES.has(message.type)
        ? ({ type: message.type } as UserAction)
        : null;
  }
}
