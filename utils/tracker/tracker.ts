// The tracker: applies one event (a keystroke report, a user action, a tick, an idle change)
// to the whole stored state: the typing model, the nudges, the break in progress and the days'
// totals. Pure; the background runs it under its serial queue and carries out the result.
//
// Each event is applied at the background's own clock (`now`): first the state is brought to
// it (the current day is the clock's day; times a clock that moved back left ahead of it are
// pulled back), then the event, then whatever came due by `now` (a rest, the end of a break),
// then quiet time, then the nudges. Keystrokes are judged by the time they were typed, not the time they arrive:
// keys typed before a break or a pause count before it, keys typed during a pause never count,
// and keys typed after a break's end count after it.

import { HOUR, localDayKey, MINUTE, nextLocalMidnight } from '../helpers/time';
import { defaultSettings, type Settings } from '../settings/settings';
import {
  INITIAL_TYPING_STATE,
  alignToClock as alignTypingToClock,
  applyRest,
  changeSystemState,
  observe,
  recordKeystroke,
  restCompletesAt,
  microPauseCompletesAt,
  type SystemState,
  type TypingState,
  type TypingStep,
} from '../typing/typing-model';
import {
  INITIAL_NUDGE_STATE,
  answerBreakNudge,
  decideNudges,
  isPaused,
  isPausedAt,
  judgeIgnoredNudge,
  judgeSkippedMicroPause,
  takeMicroPause,
  isSnoozed,
  logDrink,
  pause,
  pullBackToClock,
  resume,
  snooze,
  type NudgeKind,
  type NudgeState,
} from '../breaks/nudge-schedule';
import { addTyping, countOnDay, emptyDay, historyFromDays, moveToDay, type DayCounter, type History } from '../days/history';
import { chooseTip, rememberTip, type TipMoment } from '../content/tip-choice';
import {
  INITIAL_QUIET_STATE,
  followQuiet,
  noteSignals,
  pullQuietBack,
  quietReasonAt,
  type QuietSignals,
  type QuietState,
} from '../breaks/quiet-time';
import type { Tip } from '../content/tips';
import type { UserAction } from '../protocol/messages';
import type { KeystrokeReport } from '../typing/activity-timing';
import { moveOn, planGuide, skipStep, type GuideState } from '../breaks/guided-break';

/** A rest ending a streak shorter than this is not counted as a break taken. */
export const MIN_STREAK_FOR_BREAK_MS = MINUTE;

export interface BreakSession {
  startedAt: number;
  endsAt: number;
  /** Whether typing happened during the break (noted, not punished). */
  typedDuring: boolean;
  /** The exercises that fill the break, and where the person stands in them. */
  guide: GuideState;
  /** Tabs muted for the break (with "quiet tabs during a break" on), to unmute exactly those after it. */
  mutedTabIds: number[];
}

export interface TrackerState {
  typing: TypingState;
  nudges: NudgeState;
  history: History;
  breakSession: BreakSession | null;
  /** Ids of the tips shown most recently (notifications and popup), oldest first. */
  recentTips: string[];
  /** The exercises of the latest guided break: the next break puts them last. */
  recentExercises: string[];
  quiet: QuietState;
}

export const INITIAL_TRACKER_STATE: Readonly<TrackerState> = Object.freeze({
  typing: INITIAL_TYPING_STATE,
  nudges: INITIAL_NUDGE_STATE,
  history: { today: emptyDay(''), past: [] },
  breakSession: null,
  recentTips: [],
  recentExercises: [],
  quiet: INITIAL_QUIET_STATE,
});

export type TrackerEvent =
  | KeystrokeReport
  | UserAction
  /** A look at the clock; the background adds what the browser shows about quiet time and, if asked, the system's state. */
  | { type: 'tick'; signals?: QuietSignals; system?: SystemState }
  | { type: 'system-state'; state: SystemState };

/** A nudge to deliver, with the tip it carries. */
export interface Nudge {
  kind: NudgeKind;
  tip: Tip;
  /** For a break nudge held through quiet time: how long typing went on past "break after". */
  typedThroughMs: number | null;
}

const TIP_MOMENT_FOR_NUDGE: Record<NudgeKind, TipMoment> = { break: 'break', hydration: 'water', micro: 'rest', limit: 'break' };

/** What each nudge shown adds to the day: break and water nudges, micro-pause prompts, the daily limit. */
const DAY_COUNTER_FOR_NUDGE: Record<NudgeKind, DayCounter> = {
  break: 'nudgesShown',
  hydration: 'nudgesShown',
  micro: 'microPausesPrompted',
  limit: 'dailyLimitReached',
};

export interface TrackerResult {
  state: TrackerState;
  /** Nudges to deliver now (already recorded as shown), each with its tip. */
  show: Nudge[];
  /** Notices to take down: a micro-pause prompt once the pause was taken or typed through. */
  clear: NudgeKind[];
  /** When to look again even if nothing happens: a nudge release, a rest completing, a break ending. */
  nextCheckAt: number | null;
}

/** Folds a model step's typing, micro-pauses and rests into the history. */
function recordStep(state: TrackerState, step: TypingStep): TrackerState {
  let { history, nudges } = state;
  for (const at of step.microPauses) {
    const taken = takeMicroPause(nudges, at);
    nudges = taken.nudges;
    history = countOnDay(history, localDayKey(at), taken.prompted ? 'microPausesTaken' : 'microPausesNatural');
  }
  for (const rest of step.rests) {
    if (rest.endedStreakMs >= MIN_STREAK_FOR_BREAK_MS) history = countOnDay(history, localDayKey(rest.at), 'breaksNatural');
  }
  if (step.typed !== null) history = addTyping(history, step.typed.start, step.typed.end, step.state.streakMs);
  return {
    typing: step.state,
    nudges,
    history,
    breakSession: state.breakSession,
    recentTips: state.recentTips,
    recentExercises: state.recentExercises,
    quiet: state.quiet,
  };
}

/** Counts the latest break nudge as ignored, and the latest micro-pause prompt as skipped, once typing has gone on past them. */
function noteTypedThrough(state: TrackerState): TrackerState {
  const ignored = judgeIgnoredNudge(state.typing, state.nudges);
  const skipped = judgeSkippedMicroPause(state.typing, ignored ?? state.nudges);
  if (ignored === null && skipped === null) return state;
  const day = localDayKey(state.typing.lastActivityAt as number);
  let history = ignored === null ? state.history : countOnDay(state.history, day, 'nudgesIgnored');
  if (skipped !== null) history = countOnDay(history, day, 'microPausesSkipped');
  const nudges = skipped ?? ignored ?? state.nudges;
  return { typing: state.typing, nudges, history, breakSession: state.breakSession, recentTips: state.recentTips, recentExercises: state.recentExercises, quiet: state.quiet };
}

/** A report's keystrokes being folded in: the typing state, and the typed interval held back from the history. */
interface KeystrokeFold {
  state: TrackerState;
  typing: TypingState;
  typed: { start: number; end: number; dayEnd: number; streakMs: number } | null;
}

/** The fold's state with its typing and the typed interval held back brought in. */
function settleFold(fold: KeystrokeFold): TrackerState {
  const { state, typing, typed } = fold;
  const history = typed === null ? state.history : addTyping(state.history, typed.start, typed.end, typed.streakMs);
  fold.typed = null;
  if (typing !== state.typing || history !== state.history) {
    fold.state = { typing, nudges: state.nudges, history, breakSession: state.breakSession, recentTips: state.recentTips, recentExercises: state.recentExercises, quiet: state.quiet };
  }
  return fold.state;
}

/**
 * Folds keystrokes in the order typed; a break whose end a keystroke lies past is closed at its
 * end first. This runs for every report, so it allocates little: the typing state is carried in
 * the fold, and typing that follows on from the keystroke before within one day goes into the
 * history once, not once per keystroke (each update copies the day's totals).
 */
function recordKeystrokes(state: TrackerState, times: readonly number[], settings: Settings): TrackerState {
  const fold: KeystrokeFold = { state, typing: state.typing, typed: null };
  for (const time of [...times].sort(byTime)) {
    const session = fold.state.breakSession;
    if (session !== null && time >= session.endsAt) {
      fold.state = endBreak(settleFold(fold), session.endsAt);
      fold.typing = fold.state.typing;
    }
    const step = recordKeystroke(fold.typing, time, settings, !isPausedAt(fold.state.nudges, time));
    if (step.rests.length > 0 || step.microPauses.length > 0) {
      fold.state = recordStep(settleFold(fold), { ...step, typed: null });
    }
    fold.typing = step.state;
    const piece = step.typed;
    const held = fold.typed;
    if (piece !== null) {
      if (held !== null && held.end === piece.start && piece.end <= held.dayEnd) {
        held.end = piece.end;
        held.streakMs = step.state.streakMs;
      } else {
        settleFold(fold);
        fold.typed = { start: piece.start, end: piece.end, dayEnd: nextLocalMidnight(piece.end - 1), streakMs: step.state.streakMs };
      }
    }
    const during = fold.state.breakSession;
    if (during !== null && !during.typedDuring && time >= during.startedAt) {
      fold.state = { ...fold.state, breakSession: { ...during, typedDuring: true } };
    }
  }
  return noteTypedThrough(settleFold(fold));
}

const byTime = (a: number, b: number) => a - b;

function endBreak(state: TrackerState, at: number): TrackerState {
  const session = state.breakSession;
  if (session === null) return state;
  if (at < session.endsAt) {
    return { ...state, breakSession: null, history: countOnDay(state.history, localDayKey(at), 'breaksEndedEarly') };
  }
  const rested = applyRest(state.typing, session.endsAt);
  return {
    ...state,
    typing: rested.state,
    breakSession: null,
    history: countOnDay(state.history, localDayKey(session.endsAt), 'breaksCompleted'),
  };
}

function applyUserOrInput(state: TrackerState, event: TrackerEvent, settings: Settings, now: number): TrackerState {
  const counted = !isPaused(state.nudges, now);
  switch (event.type) {
    case 'keystrokes':
      return recordKeystrokes(state, event.times, settings);
    case 'system-state':
      return recordStep(state, changeSystemState(state.typing, event.state, now, settings, counted));
    case 'tick': {
      const quiet = event.signals === undefined ? state.quiet : noteSignals(state.quiet, event.signals);
      const noted = quiet === state.quiet ? state : { ...state, quiet };
      return event.system === undefined ? noted : recordStep(noted, changeSystemState(noted.typing, event.system, now, settings, counted));
    }
    case 'meeting':
      return { ...state, quiet: { ...state.quiet, meetingUntil: event.until } };
    case 'end-meeting':
      return { ...state, quiet: { ...state.quiet, meetingUntil: null } };
    case 'drink':
      return {
        ...state,
        nudges: logDrink(state.nudges, state.typing),
        history: countOnDay(state.history, localDayKey(now), 'glasses'),
      };
    case 'snooze':
      return {
        ...state,
        nudges: snooze(state.nudges, state.typing, settings, now),
        history: countOnDay(state.history, localDayKey(now), 'nudgesSnoozed'),
      };
    case 'pause':
      return { ...state, nudges: pause(state.nudges, now, event.until) };
    case 'resume':
      return { ...state, nudges: resume(state.nudges) };
    case 'start-break':
      return state.breakSession !== null ? state : startBreak(state, settings, now);
    case 'next-exercise':
    case 'skip-exercise': {
      const session = state.breakSession;
      if (session === null) return state;
      const guide = (event.type === 'next-exercise' ? moveOn : skipStep)(session.guide, now, session.endsAt);
      return { ...state, breakSession: { ...session, guide } };
    }
    case 'end-break':
      return endBreak(state, now);
    case 'tip-seen':
      return { ...state, recentTips: rememberTip(state.recentTips, event.id) };
    case 'save-settings':
      return state;
    case 'import':
      return { ...state, history: historyFromDays(event.days, now) };
    case 'delete-all':
      return INITIAL_TRACKER_STATE;
  }
}

/** The settings in force after an event: saved or imported ones, or the defaults after "delete all data". */
export function settingsAfter(event: TrackerEvent, settings: Settings): Settings {
  switch (event.type) {
    case 'save-settings':
    case 'import':
      return event.settings;
    case 'delete-all':
      return defaultSettings();
    default:
      return settings;
  }
}

/** Completes a break whose time is up, or else a natural rest that has elapsed. */
function settleRests(state: TrackerState, settings: Settings, now: number): TrackerState {
  if (state.breakSession !== null) return now >= state.breakSession.endsAt ? endBreak(state, now) : state;
  return recordStep(state, observe(state.typing, now, settings));
}

/** The earliest of the times that are set, or null. A plain loop: this runs for every event. */
function earliest(times: readonly (number | null)[]): number | null {
  let first: number | null = null;
  for (const time of times) if (time !== null && (first === null || time < first)) first = time;
  return first;
}

/** A snooze or pause end still ahead of `now`, else null. */
const stillAhead = (time: number | null, now: number) => (time !== null && time > now ? time : null);

/** The nudges with the daily-limit notice gone out, or null: once a day, when the day's typing reaches the limit, unless snoozed or paused. */
function noteDailyLimit(nudges: NudgeState, history: History, settings: Settings, now: number): NudgeState | null {
  const reached = settings.dailyLimitEnabled && history.today.typingMs >= settings.dailyLimitHours * HOUR;
  if (!reached || nudges.dailyLimitDay === history.today.day || isPaused(nudges, now) || isSnoozed(nudges, now)) return null;
  return { ...nudges, dailyLimitDay: history.today.day };
}

/**
 * Brings the state to the background's clock: the current day is the day of `now`, and what a
 * clock that moved back left ahead of it is pulled back, so that typing counts again at once and
 * a real rest still ends the streak.
 */
function alignToClock(state: TrackerState, settings: Settings, now: number): TrackerState {
  const history = moveToDay(state.history, localDayKey(now));
  const typing = alignTypingToClock(state.typing, now, settings);
  const nudges = pullBackToClock(state.nudges, settings, now);
  const session = state.breakSession;
  const breakSession = session === null || session.startedAt <= now ? session : pullBreakBack(session, settings, now);
  const quiet = pullQuietBack(state.quiet, now);
  const unchanged = history === state.history && typing === state.typing && nudges === state.nudges && quiet === state.quiet;
  if (unchanged && breakSession === session) return state;
  return { typing, nudges, history, breakSession, recentTips: state.recentTips, recentExercises: state.recentExercises, quiet };
}

/** A new break session from `now`, for the break length, its exercises put after those of the last break. */
function newBreakSession(settings: Settings, now: number, recentExercises: readonly string[]): BreakSession {
  const lengthMs = settings.breakLengthMin * MINUTE;
  return { startedAt: now, endsAt: now + lengthMs, typedDuring: false, guide: planGuide(lengthMs, now, recentExercises), mutedTabIds: [] };
}

function startBreak(state: TrackerState, settings: Settings, now: number): TrackerState {
  const breakSession = newBreakSession(settings, now, state.recentExercises);
  const recentExercises = [...new Set(breakSession.guide.steps.map((step) => step.id))];
  return { ...state, nudges: answerBreakNudge(state.nudges), breakSession, recentExercises };
}

/** A break that began ahead of the clock (it moved back) begins now, afresh, and lasts the break length. */
function pullBreakBack(session: BreakSession, settings: Settings, now: number): BreakSession {
  return { ...newBreakSession(settings, now, []), typedDuring: session.typedDuring, mutedTabIds: session.mutedTabIds };
}

/** For a break nudge released after quiet time held it: how long typing went on past "break after". */
function typedThrough(kind: NudgeKind, held: NudgeState, typing: TypingState, settings: Settings): number | null {
  if (kind !== 'break' || held.breakHeldAt === null || held.streakId !== typing.streakStartedAt) return null;
  return Math.max(0, typing.streakMs - settings.breakAfterMin * MINUTE);
}

/** Applies one event at `now` and decides which nudges go out, or are held for quiet time. */
export function applyEvent(state: TrackerState, event: TrackerEvent, settings: Settings, now: number): TrackerResult {
  const aligned = alignToClock(state, settings, now);
  const settled = settleRests(applyUserOrInput(aligned, event, settings, now), settings, now);
  const quietNow = quietReasonAt(settled.quiet, settings, now) !== null;
  const quiet = followQuiet(settled.quiet, quietNow, now);
  const meetingEnd = stillAhead(quiet.meetingUntil, now);
  if (settled.breakSession !== null) {
    const during = quiet === settled.quiet ? settled : { ...settled, quiet };
    return { state: during, show: [], clear: [], nextCheckAt: earliest([settled.breakSession.endsAt, meetingEnd]) };
  }
  const decision = decideNudges(settled.typing, settled.nudges, settings, now, { active: quietNow, endedAt: quiet.endedAt });
  const limited = quietNow ? null : noteDailyLimit(decision.nudges, settled.history, settings, now);
  let { history, recentTips } = settled;
  const kinds: NudgeKind[] = limited === null ? decision.show : [...decision.show, 'limit'];
  const show = kinds.length === 0 ? [] : kinds.map((kind) => {
    const tip = chooseTip(TIP_MOMENT_FOR_NUDGE[kind], recentTips, now);
    recentTips = rememberTip(recentTips, tip.id);
    history = countOnDay(history, localDayKey(now), DAY_COUNTER_FOR_NUDGE[kind]);
    return { kind, tip, typedThroughMs: typedThrough(kind, settled.nudges, settled.typing, settings) };
  });
  history = decision.held.reduce((counted) => countOnDay(counted, localDayKey(now), 'nudgesHeld'), history);
  const nudges = limited ?? decision.nudges;
  const microAnswered = settled.nudges.microAnsweredFor !== state.nudges.microAnsweredFor;
  return {
    // Literals of one shape, not spreads: on this path, every event, the engine keeps them fast.
    state: { typing: settled.typing, nudges, history, breakSession: settled.breakSession, recentTips, recentExercises: settled.recentExercises, quiet },
    show,
    clear: microAnswered ? ['micro'] : [],
    nextCheckAt: earliest([
      decision.nextCheckAt,
      restCompletesAt(settled.typing, settings),
      microPauseCompletesAt(settled.typing, settings),
      stillAhead(nudges.pausedUntil, now),
      stillAhead(nudges.snoozedUntil, now),
      meetingEnd,
    ]),
  };
}
