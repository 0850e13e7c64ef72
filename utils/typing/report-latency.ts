// How late keystrokes may still reach the background: a batch goes out REPORT_INTERVAL_MS after
// its first keystroke, or SLOW_REPORT_INTERVAL_MS when the background told the tab it may report
// slowly (tracker/report-cadence.ts). The model notes until when it told any tab so, and waits
// that much longer before a rest, a micro-pause or a nudge's pause counts. Pure.

import { REPORT_LATENCY_MS, SLOW_REPORT_INTERVAL_MS, SLOW_REPORT_LATENCY_MS } from './activity-timing';

/** Until when keystrokes may come slowly: the typing state's `slowReportsUntil`. */
interface SlowReports {
  slowReportsUntil: number;
}

/**
 * By when every keystroke typed before `moment` has reached the background: REPORT_LATENCY_MS
 * after it, or SLOW_REPORT_LATENCY_MS after those typed while tabs were told to report slowly.
 */
export function allReportedBy(state: SlowReports, moment: number): number {
  return Math.max(moment + REPORT_LATENCY_MS, Math.min(moment, state.slowReportsUntil) + SLOW_REPORT_LATENCY_MS);
}

/** Tabs told at `now` that they may report slowly: keystrokes typed in the next SLOW_REPORT_INTERVAL_MS may come that late. */
export function withSlowReports<State extends SlowReports>(state: State, now: number): State {
  const until = now + SLOW_REPORT_INTERVAL_MS;
  return until <= state.slowReportsUntil ? state : { ...state, slowReportsUntil: until };
}

