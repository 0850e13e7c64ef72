// What the user sees about the present moment, derived once from stored state and one clock: the
// streak as of now (a rest that has elapsed counts even before the background notices), progress
// toward the break, water, whether nudges are held back (and why it is quiet), the break in progress, today's totals
// and the moment for a tip. The badge, the popup and the break view all read this. Pure.

import { HOUR, localDayKey, MINUTE } from '../helpers/time';
import type { Settings } from '../settings/settings';
import { isPaused, isSnoozed } from '../breaks/holds';
import { isBreakDue } from '../breaks/rest-break';
import { isMicroDue, isMicroPauseAsked, microRemainingMs } from '../breaks/micro-pause';
import { isWaterDue, waterRemainingMs } from '../breaks/water';
import { isLimitReached, typingForLimit } from '../breaks/daily-limit';
import { runningBreak, type RunningBreak } from '../breaks/break-session';
import type { TipMoment } from '../content/tip-choice';
import { breaksTaken } from '../days/day-totals';
import { emptyDay, type DayTotals } from '../days/day-totals';
import type { TrackerState } from './tracker-state';
import { applyInput } from './tracker';
import { quietReasonAt, type QuietReason } from '../breaks/quiet-time';

/** From this share of "break after", the break is near: warmer colours and break tips. */
const NEAR_BREAK_RATIO = 0.8;

export interface Status {
  streakMs: number;
  /** Whether a streak is going (a first keystroke since the last rest). */
  streaking: boolean;
  /** Streak as a share of "break after", 0 to 1. */
  breakProgress: number;
  breakNear: boolean;
  breakRemainingMs: number;
  breakDue: boolean;
  waterDue: boolean;
  /** Active time left before the next water reminder (0 when due). */
  waterRemainingMs: number;
  /** A micro-pause is due, or asked for and not yet taken or typed through. */
  microPauseDue: boolean;
  /** Typing time left before the next micro-pause (0 when due; null when micro-pauses are off). */
  microPauseRemainingMs: number | null;
  /** The daily limit, when it is on: typing time left today, and whether it was reached. */
  dailyLimit: { remainingMs: number; reached: boolean } | null;
  paused: boolean;
  pausedUntil: number | null;
  snoozed: boolean;
  snoozedUntil: number | null;
  /** Why nudges are held for quiet time, or null. */
  quiet: QuietReason | null;
  today: DayTotals;
  breaksTaken: number;
  /** The break in progress, if any, and the time left in it. */
  breakSession: RunningBreak | null;
  breakLeftMs: number | null;
  moment: TipMoment;
}

function momentOf(breakNear: boolean, breakDue: boolean, waterDue: boolean, microPauseDue: boolean): TipMoment {
  if (breakNear || breakDue) return 'break';
  if (waterDue) return 'water';
  return microPauseDue ? 'rest' : 'general';
}

/**
 * What every view shows at `now`: the state as the background would leave it after a look at the
 * clock at that instant (a rest or a micro-pause that has elapsed, a break whose time is up), so
 * that the popup, the badge and the background never disagree.
 */
export const statusAt = (stored: TrackerState, settings: Settings, now: number, elsewhereMs = 0): Status =>
  statusOf(applyInput(stored, { type: 'tick' }, settings, now, elsewhereMs).state, settings, now, elsewhereMs);

/** What every view shows of a state the tracker has just brought to `now` (the background's, after applying an input at `now`). */
export function statusOf(state: TrackerState, settings: Settings, now: number, elsewhereMs = 0): Status {
  const { holds, micro, hydration } = state.nudges;
  const paused = isPaused(holds, now);
  const breakSession = runningBreak(state.breakSession);
  const onBreak = breakSession !== null;
  const { typing } = state;
  const breakAfterMs = settings.breakAfterMin * MINUTE;
  const todayKey = localDayKey(now);
  const today = state.history.today.day === todayKey ? state.history.today : emptyDay(todayKey);
  const snoozed = isSnoozed(holds, now);
  const breakProgress = Math.min(1, typing.streakMs / breakAfterMs);
  const breakNear = breakProgress >= NEAR_BREAK_RATIO;
  // A break in progress is the break: nothing is due meanwhile, and a prompt out is left for after it.
  const breakDue = !onBreak && isBreakDue(typing, settings);
  const waterDue = isWaterDue(typing, hydration, settings);
  const microRemaining = microRemainingMs(typing, micro, settings);
  const microPauseDue = !onBreak && settings.microPauseAfterMin !== 'off' && (isMicroDue(typing, micro, settings) || isMicroPauseAsked(micro));
  const limitMs = settings.dailyLimitHours * HOUR;
  const limitTypingMs = typingForLimit(today, elsewhereMs, settings).typingMs;
  return {
    streakMs: typing.streakMs,
    streaking: typing.streakStartedAt !== null,
    breakProgress,
    breakNear,
    breakRemainingMs: Math.max(0, breakAfterMs - typing.streakMs),
    breakDue,
    waterDue,
    waterRemainingMs: waterRemainingMs(typing, hydration, settings),
    microPauseDue,
    microPauseRemainingMs: Number.isFinite(microRemaining) ? microRemaining : null,
    dailyLimit: settings.dailyLimitEnabled ? { remainingMs: Math.max(0, limitMs - limitTypingMs), reached: isLimitReached(limitTypingMs, settings) } : null,
    paused,
    pausedUntil: paused ? holds.pausedUntil : null,
    snoozed,
    snoozedUntil: snoozed ? holds.snoozedUntil : null,
    quiet: quietReasonAt(state.quiet, settings, now),
    today,
    breaksTaken: breaksTaken(today),
    breakSession,
    breakLeftMs: breakSession === null ? null : Math.max(0, breakSession.endsAt - now),
    moment: momentOf(breakNear, breakDue, waterDue, microPauseDue),
  };
}
