// The tracker: applies one event (a keystroke report, a user action, a tick, an idle change)
// to the whole stored state: the typing model, the nudges, the break in progress and today's
// totals. Pure; the background runs it under its serial queue and carries out the result.

import { localDayKey, MINUTE } from './time';
import { defaultSettings, type Settings } from './settings';
import {
  INITIAL_TYPING_STATE,
  applyRest,
  changeSystemState,
  observe,
  recordKeystroke,
  type SystemState,
  type TypingState,
  type TypingStep,
} from './typing-model';
import {
  INITIAL_NUDGE_STATE,
  answerBreakNudge,
  decideNudges,
  isPaused,
  judgeIgnoredNudge,
  logDrink,
  pauseUntil,
  resume,
  snooze,
  type NudgeKind,
  type NudgeState,
} from './nudge-schedule';
import { addTyping, countOnDay, emptyDay, historyFromDays, type History } from './history';
import { chooseTip, rememberTip, type TipMoment } from './tip-choice';
import type { Tip } from './tips';
import type { KeystrokeReport, UserAction } from './messages';

/** A rest ending a streak shorter than this is not counted as a break taken. */
export const MIN_STREAK_FOR_BREAK_MS = MINUTE;

export interface BreakSession {
  startedAt: number;
  endsAt: number;
  /** Whether typing happened during the break (noted, not punished). */
  typedDuring: boolean;
}

export interface TrackerState {
  typing: TypingState;
  nudges: NudgeState;
  history: History;
  breakSession: BreakSession | null;
  /** Ids of the tips shown most recently (notifications and popup), oldest first. */
  recentTips: string[];
}

export const INITIAL_TRACKER_STATE: Readonly<TrackerState> = Object.freeze({
  typing: INITIAL_TYPING_STATE,
  nudges: INITIAL_NUDGE_STATE,
  history: { today: emptyDay(''), past: [] },
  breakSession: null,
  recentTips: [],
});

export type TrackerEvent =
  | KeystrokeReport
  | UserAction
  | { type: 'tick' }
  | { type: 'system-state'; state: SystemState };

/** A nudge to deliver, with the tip it carries. */
export interface Nudge {
  kind: NudgeKind;
  tip: Tip;
}

const TIP_MOMENT_FOR_NUDGE: Record<NudgeKind, TipMoment> = { break: 'break', hydration: 'water' };

export interface TrackerResult {
  state: TrackerState;
  /** Nudges to deliver now (already recorded as shown), each with its tip. */
  show: Nudge[];
  /** When to look again even if nothing happens: a nudge release, a rest completing, a break ending. */
  nextCheckAt: number | null;
}

/** Folds a model step's typing and rests into the history. */
function recordStep(state: TrackerState, step: TypingStep): TrackerState {
  let history = state.history;
  for (const rest of step.rests) {
    if (rest.endedStreakMs >= MIN_STREAK_FOR_BREAK_MS) history = countOnDay(history, localDayKey(rest.at), 'breaksNatural');
  }
  if (step.typed !== null) history = addTyping(history, step.typed.start, step.typed.end, step.state.streakMs);
  return {
    typing: step.state,
    nudges: state.nudges,
    history,
    breakSession: state.breakSession,
    recentTips: state.recentTips,
  };
}

/** Counts the latest break nudge as ignored once typing has gone on past it. */
function noteIgnoredNudge(state: TrackerState): TrackerState {
  const judged = judgeIgnoredNudge(state.typing, state.nudges);
  if (!judged.ignored) return state;
  const day = localDayKey(state.typing.lastActivityAt as number);
  return { ...state, nudges: judged.nudges, history: countOnDay(state.history, day, 'nudgesIgnored') };
}

function recordKeystrokes(state: TrackerState, times: readonly number[], settings: Settings, now: number): TrackerState {
  const counted = !isPaused(state.nudges, now);
  const typedBefore = state.typing.streakMs;
  let current = state;
  for (const time of [...times].sort((a, b) => a - b)) {
    current = recordStep(current, recordKeystroke(current.typing, time, settings, counted));
  }
  const typedInBreak = current.breakSession !== null && current.typing.streakMs !== typedBefore;
  const noted = typedInBreak ? { ...current, breakSession: { ...(current.breakSession as BreakSession), typedDuring: true } } : current;
  return noteIgnoredNudge(noted);
}

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
      return recordKeystrokes(state, event.times, settings, now);
    case 'system-state':
      return recordStep(state, changeSystemState(state.typing, event.state, now, settings, counted));
    case 'tick':
      return state;
    case 'drink':
      return {
        ...state,
        nudges: logDrink(state.nudges, state.typing),
        history: countOnDay(state.history, localDayKey(now), 'glasses'),
      };
    case 'snooze':
      return {
        ...state,
        nudges: snooze(state.nudges, settings, now),
        history: countOnDay(state.history, localDayKey(now), 'nudgesSnoozed'),
      };
    case 'pause':
      return { ...state, nudges: pauseUntil(state.nudges, event.until) };
    case 'resume':
      return { ...state, nudges: resume(state.nudges) };
    case 'start-break':
      return state.breakSession !== null
        ? state
        : {
            ...state,
            nudges: answerBreakNudge(state.nudges),
            breakSession: { startedAt: now, endsAt: now + settings.breakLengthMin * MINUTE, typedDuring: false },
          };
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
  return recordStep(state, observe(state.typing, now, settings, !isPaused(state.nudges, now)));
}

function restCompletesAt(typing: TypingState, settings: Settings): number | null {
  return typing.streakStartedAt === null ? null : typing.coveredUntil + settings.breakLengthMin * MINUTE;
}

function earliest(...times: (number | null)[]): number | null {
  const defined = times.filter((time): time is number => time !== null);
  return defined.length > 0 ? Math.min(...defined) : null;
}

/** Applies one event at `now` and decides which nudges go out. */
export function applyEvent(state: TrackerState, event: TrackerEvent, settings: Settings, now: number): TrackerResult {
  const settled = settleRests(applyUserOrInput(state, event, settings, now), settings, now);
  if (settled.breakSession !== null) {
    return { state: settled, show: [], nextCheckAt: settled.breakSession.endsAt };
  }
  const decision = decideNudges(settled.typing, settled.nudges, settings, now);
  let { history, recentTips } = settled;
  const show = decision.show.map((kind) => {
    const tip = chooseTip(TIP_MOMENT_FOR_NUDGE[kind], recentTips, now);
    recentTips = rememberTip(recentTips, tip.id);
    history = countOnDay(history, localDayKey(now), 'nudgesShown');
    return { kind, tip };
  });
  const nudges = decision.nudges;
  const blockEnds = [nudges.pausedUntil, nudges.snoozedUntil].filter((time) => time !== null && time > now);
  return {
    state: { ...settled, nudges, history, recentTips },
    show,
    nextCheckAt: earliest(decision.nextCheckAt, restCompletesAt(settled.typing, settings), ...blockEnds),
  };
}
