// When the background wakes without input: a periodic alarm, the safety net that catches every
// due moment eventually and survives the worker being stopped, and a short timer that makes near
// moments (a nudge released after a pause) prompt while the worker is alive anyway. Pure.

import { MINUTE, SECOND } from '../helpers/time';
import { TICK_PERIOD_MS } from '../typing/activity-timing';

export const TICK_ALARM = 'handrest-tick';
export const TICK_PERIOD_MIN = TICK_PERIOD_MS / MINUTE;

/** A timer is only worth setting while the worker is likely to stay alive (Chrome stops it after ~30 s idle). */
const MAX_TIMER_DELAY_MS = 25 * SECOND;

/** How long to wait before looking again at `at`; null when nothing is due or the alarm will do. */
export function wakeTimerDelay(at: number | null, now: number): number | null {
  if (at === null || at - now > MAX_TIMER_DELAY_MS) return null;
  return Math.max(0, at - now);
}
