// Nudge scheduling: decides when a break or hydration nudge is due and when it may be shown,
// from the typing model's state, the settings and the time. Pure; the clock is passed in.
//
// - Break nudge: due while the streak is at or past "break after" (so changed settings act both
//   ways: raising it above the streak cancels a nudge waiting for a pause and its repeats). It is
//   held until the user pauses typing (PAUSE_BEFORE_NUDGE_MS, as far as reports can tell: they
//   arrive up to REPORT_LATENCY_MS late), but never longer than MAX_NUDGE_HOLD_MS. It repeats
//   every re-nudge interval while typing goes on, and a rest (a new streak) ends it.
// - Hydration nudge: due after the hydration interval of active time since the last drink (or
//   the last hydration nudge); shown only while the user is at the keyboard; a drink resets it.
// - Snooze holds every nudge back until it ends; then what is still due comes back, whatever the
//   re-nudge interval. Pause stops tracking and nudges from its start to its end; keystrokes are
//   judged by the time they were typed, not the time they arrive.
// - Quiet time (a call, fullscreen, a meeting, outside working hours) shows nothing. A break or
//   water nudge that comes due in it is held (and counted once); after it ends, what is still due
//   comes at the first typing pause. A break nudge is held no longer than its streak: a rest drops
//   it. A micro-pause that comes due in quiet time is skipped: the next one is an interval later.

import { MINUTE, SECOND } from '../helpers/time';
import type { Settings } from '../settings/settings';
import type { TypingState } from '../typing/typing-model';
import { MAX_PAUSE_MS } from '../protocol/messages';
import { REPORT_LATENCY_MS } from '../typing/activity-timing';

export const PAUSE_BEFORE_NUDGE_MS = 3 * SECOND;
export const MAX_NUDGE_HOLD_MS = 60 * SECOND;
/** Typing this long after a break nudge, without a rest, snooze or break, counts the nudge as ignored. */
const IGNORED_AFTER_MS = MINUTE;
/** Hydration nudges go out only this soon after activity, so never to an empty desk. */
const PRESENCE_WINDOW_MS = MINUTE;

export type NudgeKind = 'break' | 'hydration' | 'micro' | 'limit';

export interface NudgeState {
  /** The streak (its start) the break fields below belong to. */
  streakId: number | null;
  /** When the current streak was first seen at or past "break after". */
  breakDueSince: number | null;
  /** When a break nudge was last shown for this streak. */
  breakShownAt: number | null;
  snoozedUntil: number | null;
  /** When the latest pause began (keystrokes typed from then until pausedUntil never count). */
  pausedFrom: number | null;
  pausedUntil: number | null;
  /** The model's active time when water was last logged. */
  activeMsAtDrink: number;
  /** When water was first seen due since the last drink or hydration nudge. */
  hydrationDueSince: number | null;
  /** The model's active time when the last hydration nudge went out. */
  activeMsAtHydrationNudge: number | null;
  /** The break nudge (its breakShownAt) already answered by a snooze or a break, or counted as ignored. */
  breakAnsweredFor: number | null;
  /** The micro-streak (its start) the micro-pause fields below belong to. */
  microStreakId: number | null;
  /** When a micro-pause was first seen due in this micro-streak. */
  microDueSince: number | null;
  /** The micro-streak's typing time at its latest prompt: the next one comes an interval later. */
  microPromptedAtMs: number | null;
  /** When the latest micro-pause prompt went out. */
  microShownAt: number | null;
  /** The prompt (its microShownAt) already counted as taken or skipped. */
  microAnsweredFor: number | null;
  /** The day (its key) the daily-limit notice went out. */
  dailyLimitDay: string | null;
  /** When this streak's break nudge was first held for quiet time (cleared once it is shown). */
  breakHeldAt: number | null;
  /** When the water nudge was first held for quiet time (cleared once it is shown or water is logged). */
  hydrationHeldAt: number | null;
}

export const INITIAL_NUDGE_STATE: Readonly<NudgeState> = Object.freeze({
  streakId: null,
  breakDueSince: null,
  breakShownAt: null,
  snoozedUntil: null,
  pausedFrom: null,
  pausedUntil: null,
  activeMsAtDrink: 0,
  hydrationDueSince: null,
  activeMsAtHydrationNudge: null,
  breakAnsweredFor: null,
  microStreakId: null,
  microDueSince: null,
  microPromptedAtMs: null,
  microShownAt: null,
  microAnsweredFor: null,
  dailyLimitDay: null,
  breakHeldAt: null,
  hydrationHeldAt: null,
});

export type ScheduleSettings = Pick<
  Settings,
  'breakAfterMin' | 'renudgeMin' | 'snoozeMin' | 'hydrationEnabled' | 'hydrationIntervalMin' | 'microPauseAfterMin'
>;

/** Quiet time as the schedule sees it: whether it is quiet now, and when the latest quiet time ended. */
export interface QuietNow {
  active: boolean;
  endedAt: number | null;
}

const NOT_QUIET: QuietNow = Object.freeze({ active: false, endedAt: null });

export interface NudgeDecision {
  nudges: NudgeState;
  /** Nudges to show now; the state above already records them as shown. */
  show: NudgeKind[];
  /** Nudges held for quiet time now, each counted once: the state records them as held (or a micro-pause as skipped). */
  held: NudgeKind[];
  /** The earliest time the decision may change without new input, for a wake-up timer. */
  nextCheckAt: number | null;
}

export const isPaused = (nudges: NudgeState, now: number) => nudges.pausedUntil !== null && now < nudges.pausedUntil;
/** Whether a keystroke typed at `time` fell in the pause (whenever it is reported). */
export const isPausedAt = (nudges: NudgeState, time: number) => isPaused(nudges, time) && time >= (nudges.pausedFrom ?? -Infinity);
export const isSnoozed = (nudges: NudgeState, now: number) => nudges.snoozedUntil !== null && now < nudges.snoozedUntil;

/** Active time left before the next hydration nudge (0 when it is due). */
export function hydrationRemainingMs(typing: TypingState, nudges: NudgeState, settings: ScheduleSettings): number {
  const since = Math.max(nudges.activeMsAtDrink, nudges.activeMsAtHydrationNudge ?? 0);
  return Math.max(0, settings.hydrationIntervalMin * MINUTE - (typing.activeMs - since));
}

/** Whether water is due: the interval of active time has passed since the last drink. */
export function isWaterDue(typing: TypingState, nudges: NudgeState, settings: ScheduleSettings): boolean {
  return settings.hydrationEnabled && typing.activeMs - nudges.activeMsAtDrink >= settings.hydrationIntervalMin * MINUTE;
}

/** Whether the current streak has reached "break after". */
export function isBreakDue(typing: TypingState, settings: ScheduleSettings): boolean {
  return typing.streakStartedAt !== null && typing.streakMs >= settings.breakAfterMin * MINUTE;
}

/** Typing time left before the next micro-pause prompt (0 when due; Infinity when micro-pauses are off). */
export function microRemainingMs(typing: TypingState, nudges: NudgeState, settings: ScheduleSettings): number {
  if (settings.microPauseAfterMin === 'off') return Number.POSITIVE_INFINITY;
  const promptedAt = nudges.microStreakId === typing.microStreakStartedAt ? (nudges.microPromptedAtMs ?? 0) : 0;
  return Math.max(0, promptedAt + settings.microPauseAfterMin * MINUTE - typing.microStreakMs);
}

/** Whether a micro-pause is due: the interval of typing since the last micro-pause or prompt, and no rest break due. */
export function isMicroDue(typing: TypingState, nudges: NudgeState, settings: ScheduleSettings): boolean {
  return typing.microStreakStartedAt !== null && microRemainingMs(typing, nudges, settings) === 0 && !isBreakDue(typing, settings);
}

/** Whether a micro-pause prompt is out and neither taken nor typed through yet. */
export function isMicroPauseAsked(nudges: NudgeState): boolean {
  return nudges.microShownAt !== null && nudges.microAnsweredFor !== nudges.microShownAt;
}

/** The micro-pause schedule, reset whenever the micro-streak changes (a micro-pause started a new one). */
function microFieldsFor(typing: TypingState, nudges: NudgeState): NudgeState {
  if (nudges.microStreakId === typing.microStreakStartedAt) return nudges;
  return { ...nudges, microStreakId: typing.microStreakStartedAt, microDueSince: null, microPromptedAtMs: null };
}

/** The break fields, reset whenever the streak changes (a rest started a new one). */
function breakFieldsFor(typing: TypingState, nudges: NudgeState): NudgeState {
  if (nudges.streakId === typing.streakStartedAt) return nudges;
  return { ...nudges, streakId: typing.streakStartedAt, breakDueSince: null, breakShownAt: null, breakHeldAt: null };
}

/**
 * When a nudge that became eligible at `eligibleAt` may be shown: after the user has paused
 * typing, or once it has been held for the longest allowed.
 */
function releaseTime(typing: TypingState, eligibleAt: number): number {
  const pauseSeenAt = (typing.lastActivityAt ?? eligibleAt) + PAUSE_BEFORE_NUDGE_MS + REPORT_LATENCY_MS;
  return Math.min(Math.max(eligibleAt, pauseSeenAt), eligibleAt + MAX_NUDGE_HOLD_MS);
}

/**
 * When the break nudge may next go out. The first one once due; after a snooze that came after
 * it, when the snooze ends; otherwise a repeat after the re-nudge interval, only if typing went on
 * past it. After a pause, only typing brings it back: the person may not be at the keyboard yet.
 */
function breakEligibleAt(typing: TypingState, nudges: NudgeState, settings: ScheduleSettings): number | null {
  if (nudges.breakDueSince === null) return null;
  const lastActivityAt = typing.lastActivityAt ?? 0;
  const snoozeEnd = nudges.snoozedUntil ?? 0;
  const pauseEnd = nudges.pausedUntil ?? 0;
  if (lastActivityAt < pauseEnd) return null;
  const shownAt = nudges.breakShownAt;
  if (shownAt === null) return Math.max(nudges.breakDueSince, snoozeEnd, pauseEnd);
  if (snoozeEnd > shownAt) return snoozeEnd;
  if (settings.renudgeMin === 'off') return null;
  const eligibleAt = Math.max(shownAt + settings.renudgeMin * MINUTE, pauseEnd);
  return lastActivityAt >= eligibleAt ? eligibleAt : null;
}

/** Snooze and pause push eligibility past their end, so a released nudge is never blocked. */
function blockedUntil(nudges: NudgeState): number {
  return Math.max(nudges.snoozedUntil ?? 0, nudges.pausedUntil ?? 0);
}

/** When a nudge due since `dueSince` may go out: after any snooze or pause, and after a pause only once typing resumed. */
function afterBlocks(typing: TypingState, nudges: NudgeState, dueSince: number): number | null {
  const pauseEnd = nudges.pausedUntil ?? 0;
  if ((typing.lastActivityAt ?? 0) < pauseEnd) return null;
  return Math.max(dueSince, blockedUntil(nudges));
}

/** When the hydration nudge may go out: once due, and only while the user is at the keyboard. */
function hydrationEligibleAt(typing: TypingState, nudges: NudgeState, now: number): number | null {
  if (nudges.hydrationDueSince === null) return null;
  if (typing.lastActivityAt === null || now - typing.lastActivityAt >= PRESENCE_WINDOW_MS) return null;
  return Math.max(nudges.hydrationDueSince, blockedUntil(nudges));
}

/** Records when each nudge first became due (the hold before showing counts from then). */
function noteDue(typing: TypingState, current: NudgeState, settings: ScheduleSettings, now: number): NudgeState {
  let nudges = microFieldsFor(typing, breakFieldsFor(typing, current));
  const breakDue = isBreakDue(typing, settings);
  if (breakDue !== (nudges.breakDueSince !== null)) nudges = { ...nudges, breakDueSince: breakDue ? now : null };
  const microDue = isMicroDue(typing, nudges, settings);
  if (microDue !== (nudges.microDueSince !== null)) nudges = { ...nudges, microDueSince: microDue ? now : null };
  const waterDue = settings.hydrationEnabled && hydrationRemainingMs(typing, nudges, settings) === 0;
  if (waterDue !== (nudges.hydrationDueSince !== null)) nudges = { ...nudges, hydrationDueSince: waterDue ? now : null };
  return nudges;
}

type Outcome = 'wait' | 'hold' | 'show';

/**
 * What becomes of a nudge eligible at `eligibleAt`: it waits for its release (noted in `pending`),
 * is held while it is quiet, or goes out. After quiet time it is released only from its end.
 */
function outcomeOf(typing: TypingState, eligibleAt: number, quiet: QuietNow, now: number, pending: number[]): Outcome {
  const release = releaseTime(typing, Math.max(eligibleAt, quiet.endedAt ?? eligibleAt));
  if (now < release) {
    pending.push(release);
    return 'wait';
  }
  return quiet.active ? 'hold' : 'show';
}

/** Decides which nudges to show at `now`, or to hold for quiet time, and records them as shown or held. */
export function decideNudges(
  typing: TypingState,
  current: NudgeState,
  settings: ScheduleSettings,
  now: number,
  quiet: QuietNow = NOT_QUIET,
): NudgeDecision {
  let nudges = noteDue(typing, current, settings, now);
  const show: NudgeKind[] = [];
  const held: NudgeKind[] = [];
  const pending: number[] = [];
  const breakAt = breakEligibleAt(typing, nudges, settings);
  const breakOutcome = breakAt === null ? 'wait' : outcomeOf(typing, breakAt, quiet, now, pending);
  if (breakOutcome === 'show') {
    show.push('break');
    nudges = { ...nudges, breakShownAt: now, breakHeldAt: null };
  } else if (breakOutcome === 'hold' && nudges.breakHeldAt === null) {
    held.push('break');
    nudges = { ...nudges, breakHeldAt: now };
  }
  const microAt = breakOutcome !== 'wait' || nudges.microDueSince === null ? null : afterBlocks(typing, nudges, nudges.microDueSince);
  const microOutcome = microAt === null ? 'wait' : outcomeOf(typing, microAt, quiet, now, pending);
  if (microOutcome !== 'wait') {
    (microOutcome === 'show' ? show : held).push('micro');
    const shownAt = microOutcome === 'show' ? now : nudges.microShownAt;
    nudges = { ...nudges, microShownAt: shownAt, microPromptedAtMs: typing.microStreakMs, microDueSince: null };
  }
  const waterAt = hydrationEligibleAt(typing, nudges, now);
  const waterOutcome = waterAt === null ? 'wait' : outcomeOf(typing, waterAt, quiet, now, pending);
  if (waterOutcome === 'show') {
    show.push('hydration');
    nudges = { ...nudges, activeMsAtHydrationNudge: typing.activeMs, hydrationDueSince: null, hydrationHeldAt: null };
  } else if (waterOutcome === 'hold' && nudges.hydrationHeldAt === null) {
    held.push('hydration');
    nudges = { ...nudges, hydrationHeldAt: now };
  }
  return { nudges, show, held, nextCheckAt: pending.length > 0 ? Math.min(...pending) : null };
}

/**
 * Holds every nudge back for the snooze length; what is still due then comes back. A water nudge
 * already shown is forgotten, so that it is due again when the snooze ends.
 */
export function snooze(nudges: NudgeState, typing: TypingState, settings: ScheduleSettings, now: number): NudgeState {
  const answered = { ...answerBreakNudge(nudges), snoozedUntil: now + settings.snoozeMin * MINUTE };
  return isWaterDue(typing, nudges, settings) ? { ...answered, activeMsAtHydrationNudge: null, hydrationDueSince: null } : answered;
}

/**
 * The nudges with the latest micro-pause prompt counted as typed through, or null when it is not:
 * typing went on IGNORED_AFTER_MS past it without a micro-pause. It counts as skipped once, and
 * the next prompt comes only after the interval.
 */
export function judgeSkippedMicroPause(typing: TypingState, nudges: NudgeState): NudgeState | null {
  const shownAt = nudges.microShownAt;
  const typedOnPast = shownAt !== null && (typing.lastActivityAt ?? 0) >= shownAt + IGNORED_AFTER_MS;
  if (!typedOnPast || nudges.microAnsweredFor === shownAt) return null;
  return { ...nudges, microAnsweredFor: shownAt };
}

/** A micro-pause completed at `at`: taken after the latest prompt (if one is outstanding and came before it), else natural. */
export function takeMicroPause(nudges: NudgeState, at: number): { nudges: NudgeState; prompted: boolean } {
  const shownAt = nudges.microShownAt;
  if (shownAt === null || nudges.microAnsweredFor === shownAt || at < shownAt) return { nudges, prompted: false };
  return { nudges: { ...nudges, microAnsweredFor: shownAt }, prompted: true };
}

/** The user responded to the latest break nudge (a snooze, a break): it can no longer count as ignored. */
export function answerBreakNudge(nudges: NudgeState): NudgeState {
  return nudges.breakShownAt === null ? nudges : { ...nudges, breakAnsweredFor: nudges.breakShownAt };
}

/**
 * The nudges with the latest break nudge counted as ignored, or null when it is not: ignored once
 * the user kept typing IGNORED_AFTER_MS past it without a rest (a rest starts a new streak and
 * drops the nudge), a snooze or a break. Null spares an allocation on every report.
 */
export function judgeIgnoredNudge(typing: TypingState, nudges: NudgeState): NudgeState | null {
  const shownAt = nudges.breakShownAt;
  const typedOnPast = shownAt !== null && (typing.lastActivityAt ?? 0) >= shownAt + IGNORED_AFTER_MS;
  if (!typedOnPast || nudges.breakAnsweredFor === shownAt || nudges.streakId !== typing.streakStartedAt) return null;
  return answerBreakNudge(nudges);
}

const notAfter = (time: number | null, limit: number) => (time === null || time <= limit ? time : limit);
const isAfter = (time: number | null, limit: number) => time !== null && time > limit;

/**
 * After the clock moved back: times of past events are no later than `now`, and a snooze or a
 * pause lasts no longer than it could have from now. Returns the same state when nothing changes
 * (checked first: this runs for every event).
 */
export function pullBackToClock(nudges: NudgeState, settings: ScheduleSettings, now: number): NudgeState {
  const snoozeLimit = now + settings.snoozeMin * MINUTE;
  const pauseLimit = now + MAX_PAUSE_MS;
  const ahead =
    isAfter(nudges.breakDueSince, now) ||
    isAfter(nudges.breakShownAt, now) ||
    isAfter(nudges.breakAnsweredFor, now) ||
    isAfter(nudges.hydrationDueSince, now) ||
    isAfter(nudges.pausedFrom, now) ||
    isAfter(nudges.snoozedUntil, snoozeLimit) ||
    isAfter(nudges.pausedUntil, pauseLimit);
  if (!ahead) return nudges;
  return {
    ...nudges,
    breakDueSince: notAfter(nudges.breakDueSince, now),
    breakShownAt: notAfter(nudges.breakShownAt, now),
    breakAnsweredFor: notAfter(nudges.breakAnsweredFor, now),
    hydrationDueSince: notAfter(nudges.hydrationDueSince, now),
    pausedFrom: notAfter(nudges.pausedFrom, now),
    snoozedUntil: notAfter(nudges.snoozedUntil, snoozeLimit),
    pausedUntil: notAfter(nudges.pausedUntil, pauseLimit),
  };
}

export function pause(nudges: NudgeState, from: number, until: number): NudgeState {
  return { ...nudges, pausedFrom: from, pausedUntil: until, snoozedUntil: null };
}

export function resume(nudges: NudgeState): NudgeState {
  return { ...nudges, pausedFrom: null, pausedUntil: null, snoozedUntil: null };
}

export function logDrink(nudges: NudgeState, typing: TypingState): NudgeState {
  return { ...nudges, activeMsAtDrink: typing.activeMs, activeMsAtHydrationNudge: null, hydrationDueSince: null, hydrationHeldAt: null };
}
