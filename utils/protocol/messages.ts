// The message protocol: everything the content script and the extension pages say to the
// background, as one discriminated union (the background's handler switches on `type`
// exhaustively), and the check that a message is one a sender could have sent at the
// background's clock (the reply is in reply.ts, the reporter's timing in typing/activity-timing.ts).

import type { DayTotals } from '../days/day-totals';
import { isCountedDay } from '../days/day-bounds';
import { MAX_IMPORT_DAYS } from '../days/history-import';
import { IMPORT_MODES, type ImportMode } from '../days/import-plan';
import { STORAGE_BUDGET_BYTES, storedBytes } from '../helpers/storage-budget';
import type { SettingKey, Settings } from '../settings/settings';
import { validateSettings } from '../settings/validate-settings';
import { MAX_MEETING_MS } from '../breaks/quiet-time';
import { MAX_PAUSE_MS } from '../breaks/holds';
import { MAX_BUFFERED_KEYSTROKES, MAX_CLOCK_SKEW_MS, MAX_KEYSTROKE_AGE_MS, type KeystrokeReport } from '../typing/activity-timing';
import { TIPS } from '../content/tips';
import { isDeviceName } from '../sync/device-name';

/** What the user asks for from a page or a notification. */
export type UserAction =
  | { type: 'start-break' }
  | { type: 'end-break' }
  /** In a guided break: on to the next exercise now, or this one swapped for another. */
  | { type: 'next-exercise' }
  | { type: 'skip-exercise' }
  | { type: 'drink' }
  | { type: 'snooze' }
  | { type: 'pause'; until: number }
  | { type: 'resume' }
  /** Quiet time for a meeting the person announced, until `until`; or its end, early. */
  | { type: 'meeting'; until: number }
  | { type: 'end-meeting' }
  | { type: 'tip-seen'; id: string }
  | { type: 'save-settings'; settings: Settings }
  /** An export's days merged with these or in their place (import-plan.ts), and its settings or null to keep these; checked again on arrival. */
  | { type: 'import'; mode: ImportMode; days: DayTotals[]; settings: Settings | null }
  | { type: 'delete-all' }
  /** Settings and this computer's totals kept in the browser's sync, or no longer (its synced copy removed). */
  | { type: 'set-sync'; enabled: boolean }
  /** This computer's name among the person's computers, or null for the one from the browser and OS. */
  | { type: 'name-device'; name: string | null }
  /** Which figures the history page and the popup show: this computer's, or all the person's computers' together. */
  | { type: 'show-computers'; shown: 'this' | 'all' };

export type Message = KeystrokeReport | UserAction;

const SIMPLE_ACTION_TYPES = new Set<string>(['start-break', 'end-break', 'next-exercise', 'skip-exercise', 'drink', 'snooze', 'resume', 'end-meeting', 'delete-all']);

function validSettings(raw: unknown): Settings | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const result = validateSettings(raw as Record<SettingKey, unknown>);
  return result.ok ? result.value : null;
}

/** Days an import may bring: no more than an export holds, each one Handrest could have counted, in day order, each once. */
const importableDays = (raw: unknown): raw is DayTotals[] =>
  Array.isArray(raw) &&
  raw.length <= MAX_IMPORT_DAYS &&
  raw.every((totals, index) => isCountedDay(totals) && (index === 0 || (raw[index - 1] as DayTotals).day < totals.day));

/** An import, whole and within the storage budget, or null. */
function importOf(message: Record<string, unknown>): UserAction | null {
  const settings = message.settings === null ? null : validSettings(message.settings);
  if (!IMPORT_MODES.includes(message.mode as ImportMode) || (settings === null && message.settings !== null) || !importableDays(message.days)) return null;
  const action = { type: 'import', mode: message.mode as ImportMode, days: message.days, settings } as const;
  return storedBytes(action) <= STORAGE_BUDGET_BYTES ? action : null;
}

/**
 * Whether the times are ones a content script could have sent at `now`: no more than it keeps,
 * each a time within the age and skew it keeps to. Every index is read, so a hole is refused too.
 */
function plausibleTimes(times: unknown, now: number): times is number[] {
  if (!Array.isArray(times) || times.length === 0 || times.length > MAX_BUFFERED_KEYSTROKES) return false;
  for (let index = 0; index < times.length; index += 1) {
    const time: unknown = times[index];
    if (typeof time !== 'number' || !(time >= now - MAX_KEYSTROKE_AGE_MS && time <= now + MAX_CLOCK_SKEW_MS)) return false;
  }
  return true;
}

/** The tips a page may say it showed: Handrest's own, by id. */
const TIP_IDS: ReadonlySet<string> = new Set(TIPS.map((tip) => tip.id));

/**
 * Accepts only well-formed messages whose times make sense at the background's `now`: anything
 * else reaching the background is refused whole.
 */
export function parseMessage(raw: unknown, now: number): Message | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const message = raw as Record<string, unknown>;
  switch (message.type) {
    case 'keystrokes':
      return plausibleTimes(message.times, now) ? { type: 'keystrokes', times: message.times } : null;
    case 'tip-seen':
      return typeof message.id === 'string' && TIP_IDS.has(message.id) ? { type: 'tip-seen', id: message.id } : null;
    case 'pause':
      return typeof message.until === 'number' && message.until > now && message.until <= now + MAX_PAUSE_MS
        ? { type: 'pause', until: message.until }
        : null;
    case 'meeting':
      return typeof message.until === 'number' && message.until > now && message.until <= now + MAX_MEETING_MS + MAX_CLOCK_SKEW_MS
        ? { type: 'meeting', until: message.until }
        : null;
    case 'save-settings': {
      const settings = validSettings(message.settings);
      return settings === null ? null : { type: 'save-settings', settings };
    }
    case 'import':
      return importOf(message);
    case 'set-sync':
      return typeof message.enabled === 'boolean' ? { type: 'set-sync', enabled: message.enabled } : null;
    case 'name-device':
      return message.name === null || isDeviceName(message.name) ? { type: 'name-device', name: message.name === null ? null : message.name.trim() } : null;
    case 'show-computers':
      return message.shown === 'this' || message.shown === 'all' ? { type: 'show-computers', shown: message.shown } : null;
    default:
      return typeof message.type === 'string' && SIMPLE_ACTION_TYPES.has(message.type)
        ? ({ type: message.type } as UserAction)
        : null;
  }
}
