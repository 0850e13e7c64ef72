// How the typing model hears of activity, and how late: pages send the times of keystrokes in
// batches (how often, soon or slowly as the background last told them, how late one can arrive,
// how many are kept while the background is out of reach, how old one may be), and the background
// looks at the clock and the system on a tick.
// The reporter keeps to these; the model allows for them; the protocol refuses what breaks them.

import { SECOND } from '../helpers/time';

/** Times of trusted, non-repeat keydowns in one frame since its last report (ms since epoch). */
export interface KeystrokeReport {
  type: 'keystrokes';
  times: number[];
}

/** A batch goes out this long after its first keystroke: at most one report per interval while typing. */
export const REPORT_INTERVAL_MS = 2000;

/** How late a keystroke can reach the background: a batch goes out REPORT_INTERVAL_MS after its first keystroke. */
export const REPORT_LATENCY_MS = REPORT_INTERVAL_MS + 500;

/**
 * While nothing depends on hearing soon, the background's reply to a report lets the tab wait this
 * long after the first keystroke of a batch begun in the next SLOW_REPORT_INTERVAL_MS: a fifth of
 * the reports. Keystrokes typed in that span reach the background up to SLOW_REPORT_LATENCY_MS late.
 */
export const SLOW_REPORT_INTERVAL_MS = 15_000;

export const SLOW_REPORT_LATENCY_MS = SLOW_REPORT_INTERVAL_MS + 500;

/** The most keystroke times a report holds, and a content script keeps while the background cannot be reached: older ones go first. */
export const MAX_BUFFERED_KEYSTROKES = 1000;

/** The oldest keystroke a content script still sends; the background refuses a report holding an older one. */
export const MAX_KEYSTROKE_AGE_MS = 10 * 60_000;

/**
 * How far a keystroke time may lie ahead of the background's clock: both read the same system
 * clock, so only the moments between reading it and handling the report separate them.
 */
export const MAX_CLOCK_SKEW_MS = 5000;

/** The background looks at the clock (and, when asked, the system's idle state) at least this often: its alarm. */
export const TICK_PERIOD_MS = 30 * SECOND;
