// How soon the background next needs to hear from a tab that reported typing. Soon (a batch
// REPORT_INTERVAL_MS after its first keystroke) while something waits on when typing stops or
// reaches a mark: a nudge due or waiting for a pause, a prompt out, a break running, a mark of
// typing or active time near; while snoozed, paused or in quiet time, only a snooze, pause or
// meeting ending soon. Otherwise slowly
// (SLOW_REPORT_INTERVAL_MS): a fifth of the reports, so a fifth of the background's wake-ups.
// Late keystrokes are allowed for either way (typing-model.ts's allReportedBy): this decides
// only how soon things are noticed, never what is counted. Pure.

import type { Settings } from '../settings/settings';
import { REPORT_LATENCY_MS, SLOW_REPORT_INTERVAL_MS } from '../typing/activity-timing';
import { withSlowReports } from '../typing/report-latency';
import type { Status } from './status';
import type { TrackerState } from './tracker-state';

/**
 * A mark this close is near: a tab told now to report slowly may hold a keystroke begun in the
 * next slow interval for one more, and typing time grows no faster than the clock.
 */
export const NEAR_MS = 2 * SLOW_REPORT_INTERVAL_MS + REPORT_LATENCY_MS;

const isNear = (remainingMs: number | null) => remainingMs !== null && remainingMs <= NEAR_MS;

const endsSoon = (at: number | null, now: number) => at !== null && at - now <= NEAR_MS;

/** Whether anything waits on the next keystrokes or their pause; see the header. */
function waitsOnTyping(state: TrackerState, status: Status, settings: Settings, now: number): boolean {
  const { nudges } = state;
  // While snoozed, paused or in quiet time nothing is offered: only its end is waited for.
  if (status.snoozed || status.paused || status.quiet !== null) return endsSoon(status.snoozedUntil, now) || endsSoon(status.pausedUntil, now) || endsSoon(state.quiet.meetingUntil, now);
  if (status.breakSession !== null || nudges.break.stage === 'due' || nudges.break.stage === 'shown') return true;
  if (nudges.micro.stage !== 'counting' || nudges.hydration.stage === 'due') return true;
  if (isNear(status.breakRemainingMs) || isNear(status.microPauseRemainingMs)) return true;
  if (settings.hydrationEnabled && isNear(status.waterRemainingMs)) return true;
  return status.dailyLimit !== null && !status.dailyLimit.reached && isNear(status.dailyLimit.remainingMs);
}

/**
 * The state after answering a keystroke report at `now`, and until when the tab may report
 * slowly (null: soon). The grant is noted in the typing state before the reply goes out, so that
 * rests and micro-pauses wait for what it lets a tab hold back.
 */
export function answerReport(state: TrackerState, status: Status, settings: Settings, now: number): { state: TrackerState; slowUntil: number | null } {
  if (waitsOnTyping(state, status, settings, now)) return { state, slowUntil: null };
  const typing = withSlowReports(state.typing, now);
  return { state: typing === state.typing ? state : { ...state, typing }, slowUntil: typing.slowReportsUntil };
}
