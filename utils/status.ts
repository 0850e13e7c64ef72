// What the pages show about the present moment, derived from stored state and the clock:
// the streak as of now (a rest that has elapsed counts even before the background notices),
// progress toward the break, water, today's totals and whether nudges are held back. Pure.

import { localDayKey, MINUTE } from './time';
import type { Settings } from './settings';
import { observe } from './typing-model';
import { hydrationRemainingMs, isBreakDue, isPaused, isSnoozed, isWaterDue } from './nudge-schedule';
import { momentFor, type TipMoment } from './tip-choice';
import { emptyDay, type DayTotals } from './history';
import type { TrackerState } from './tracker';

export interface Status {
  streakMs: number;
  /** Streak as a share of "break after", 0 to 1. */
  breakProgress: number;
  breakRemainingMs: number;
  breakDue: boolean;
  waterDue: boolean;
  /** Active time left before the next water reminder (0 when due). */
  waterRemainingMs: number;
  paused: boolean;
  pausedUntil: number | null;
  snoozed: boolean;
  snoozedUntil: number | null;
  today: DayTotals;
  breaksTaken: number;
  inBreak: boolean;
  moment: TipMoment;
}

export function statusAt(state: TrackerState, settings: Settings, now: number): Status {
  const typing = state.breakSession === null ? observe(state.typing, now, settings).state : state.typing;
  const breakAfterMs = settings.breakAfterMin * MINUTE;
  const todayKey = localDayKey(now);
  const today = state.history.today.day === todayKey ? state.history.today : emptyDay(todayKey);
  const paused = isPaused(state.nudges, now);
  const snoozed = isSnoozed(state.nudges, now);
  return {
    streakMs: typing.streakMs,
    breakProgress: Math.min(1, typing.streakMs / breakAfterMs),
    breakRemainingMs: Math.max(0, breakAfterMs - typing.streakMs),
    breakDue: isBreakDue(typing, settings),
    waterDue: isWaterDue(typing, state.nudges, settings),
    waterRemainingMs: hydrationRemainingMs(typing, state.nudges, settings),
    paused,
    pausedUntil: paused ? state.nudges.pausedUntil : null,
    snoozed,
    snoozedUntil: snoozed ? state.nudges.snoozedUntil : null,
    today,
    breaksTaken: today.breaksNatural + today.breaksCompleted,
    inBreak: state.breakSession !== null,
    moment: momentFor(typing, state.nudges, settings),
  };
}
