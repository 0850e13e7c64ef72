// Quiet time: when Handrest holds its nudges because the person is in a call, presenting or
// watching in fullscreen, in a meeting they announced, or outside their working hours. What the
// browser shows (tabs using the camera, microphone or screen, audible tabs on call sites,
// fullscreen windows) is reduced here to a few facts; which reason applies when several do; and
// when quiet time began and ended. Pure: the background reads the browser and passes the facts in.

import { isListedHost } from '../settings/host-list';
import { HOUR } from '../helpers/time';
import { isWithinWorkingHours, type WeekHours } from '../settings/working-hours';

/** What the browser last showed, and the meeting the person announced. A call's host is never stored. */
export interface QuietState {
  inCall: boolean;
  fullscreen: boolean;
  /** The end of a meeting announced from the popup. */
  meetingUntil: number | null;
  /** When the current quiet time began, or null outside quiet time. */
  since: number | null;
  /** When the latest quiet time ended: a nudge held through it comes at the first typing pause after. */
  endedAt: number | null;
}

export const INITIAL_QUIET_STATE: Readonly<QuietState> = Object.freeze({
  inCall: false,
  fullscreen: false,
  meetingUntil: null,
  since: null,
  endedAt: null,
});

/** The longest meeting the popup offers. */
export const MAX_MEETING_MS = 2 * HOUR;

/** Why it is quiet, most specific first: the order in which reasons take precedence. */
export type QuietReason =
  | { kind: 'meeting'; until: number }
  | { kind: 'call' }
  | { kind: 'fullscreen' }
  | { kind: 'off-hours' };

export interface QuietSettings {
  workingHoursEnabled: boolean;
  workingHours: WeekHours;
}

/** What one tab shows: whether it plays sound or uses the camera, microphone or screen, and its host while it does. */
export interface TabSignal {
  audible: boolean;
  usingMedia: boolean;
  host: string | null;
}

/** The tab that makes a call: one using the camera, microphone or screen, else an audible one on a call site. */
export function callTab(tabs: readonly TabSignal[], callSites: readonly string[]): TabSignal | null {
  return (
    tabs.find((tab) => tab.usingMedia) ??
    tabs.find((tab) => tab.audible && tab.host !== null && isListedHost(tab.host, callSites)) ??
    null
  );
}

/**
 * Why it is quiet at `now`, or null. A meeting the person announced comes first (it says until
 * when), then a call, then fullscreen, then being outside working hours.
 */
export function quietReasonAt(quiet: QuietState, settings: QuietSettings, now: number): QuietReason | null {
  if (quiet.meetingUntil !== null && now < quiet.meetingUntil) return { kind: 'meeting', until: quiet.meetingUntil };
  if (quiet.inCall) return { kind: 'call' };
  if (quiet.fullscreen) return { kind: 'fullscreen' };
  if (settings.workingHoursEnabled && !isWithinWorkingHours(settings.workingHours, now)) return { kind: 'off-hours' };
  return null;
}

/** The quiet state with when quiet time began and ended brought up to `now`; the same object when nothing changed. */
export function followQuiet(quiet: QuietState, quietNow: boolean, now: number): QuietState {
  if (quietNow === (quiet.since !== null)) return quiet;
  return quietNow ? { ...quiet, since: now } : { ...quiet, since: null, endedAt: now };
}

/** What the browser shows about quiet time, as stored: a call (without its host) and a fullscreen window. */
export type QuietSignals = Pick<QuietState, 'inCall' | 'fullscreen'>;

/** The quiet state with what the browser shows now; the same object when nothing changed. */
export function noteSignals(quiet: QuietState, { inCall, fullscreen }: QuietSignals): QuietState {
  return quiet.inCall === inCall && quiet.fullscreen === fullscreen ? quiet : { ...quiet, inCall, fullscreen };
}

/** After the clock moved back: nothing began or ended ahead of `now`, and no meeting lasts longer than it could from now. */
export function pullQuietBack(quiet: QuietState, now: number): QuietState {
  const meetingLimit = now + MAX_MEETING_MS;
  const ahead = (quiet.since ?? 0) > now || (quiet.endedAt ?? 0) > now || (quiet.meetingUntil ?? 0) > meetingLimit;
  if (!ahead) return quiet;
  return {
    ...quiet,
    since: quiet.since === null ? null : Math.min(quiet.since, now),
    endedAt: quiet.endedAt === null ? null : Math.min(quiet.endedAt, now),
    meetingUntil: quiet.meetingUntil === null ? null : Math.min(quiet.meetingUntil, meetingLimit),
  };
}
