// A report's keystrokes folded in the order they were typed: into the typing model (a keystroke
// typed in a pause never counts), the day's typing, and the break in progress (typing during it
// holds its countdown; a keystroke past its end closes it at its end first, so the typing after
// counts toward a new streak). What the model found on the way (micro-pauses, rests) comes out as the cycle's
// inputs, in order. This runs for every report, so it allocates little: the typing state is
// carried along, and typing that follows on from the keystroke before within one day goes into
// the history once, not once per keystroke (each update copies the day's totals).

import { nextLocalMidnight } from '../helpers/time';
import type { Settings } from '../settings/settings';
import { recordKeystroke, type TypingStep } from '../typing/typing-model';
import { whatBreakLeaves } from './break-ends';
import { isPausedAt } from '../breaks/holds';
import { stepBreak, type BreakInput } from '../breaks/break-session';
import type { BreakEvent } from '../breaks/break-events';
import type { CycleInput } from '../breaks/break-cycle';
import { addTyping, type History } from '../days/history';
import type { TrackerState } from './tracker-state';

export interface Fold {
  state: TrackerState;
  /** What the typing model found, for the cycle, in the order typed. */
  facts: CycleInput[];
  /** Breaks the keystrokes closed. */
  events: BreakEvent[];
}

const byTime = (a: number, b: number) => a - b;

interface HeldTyping {
  start: number;
  end: number;
  /** The end of the day it lies in: typing past it goes into the next day's totals. */
  dayEnd: number;
  streakMs: number;
}

const withHeldTyping = (history: History, held: HeldTyping | null): History => (held === null ? history : addTyping(history, held.start, held.end, held.streakMs));

/** The model's micro-pauses and rests, as the cycle's inputs. */
export function factsOf(step: TypingStep, facts: CycleInput[] = []): CycleInput[] {
  for (const at of step.microPauses) facts.push({ type: 'micro-pause', at });
  for (const rest of step.rests) facts.push({ type: 'rest', at: rest.at, streakMs: rest.endedStreakMs });
  return facts;
}

export function foldKeystrokes(state: TrackerState, times: readonly number[], settings: Settings): Fold {
  let { typing, history, breakSession, recentExercises } = state;
  const facts: CycleInput[] = [];
  const events: BreakEvent[] = [];
  /** Typing held back from the history while it follows on from the keystroke before, within one day. */
  let held: HeldTyping | null = null;
  /** The break in progress told `input` at `time`, and what it leaves if that closed it. */
  const toBreak = (input: BreakInput, time: number) => {
    if (breakSession.stage !== 'running') return;
    const during = stepBreak(breakSession, input, settings, time);
    if (during.events.length > 0) {
      const left = whatBreakLeaves(breakSession, during.events, typing, recentExercises);
      ({ typing, recentExercises } = left);
      events.push(...during.events);
      facts.push(...left.inputs);
    }
    breakSession = during.state;
  };
  for (const time of [...times].sort(byTime)) {
    // A break whose time was up when the key was pressed closes first, at its end.
    toBreak({ type: 'look' }, time);
    const step = recordKeystroke(typing, time, settings, !isPausedAt(state.nudges.holds, time));
    if (step.rests.length > 0 || step.microPauses.length > 0) factsOf(step, facts);
    typing = step.state;
    const piece = step.typed;
    if (piece === null) continue;
    toBreak({ type: 'keystroke', at: time, start: piece.start, end: piece.end }, time);
    if (held !== null && held.end === piece.start && piece.end <= held.dayEnd) {
      held.end = piece.end;
      held.streakMs = typing.streakMs;
    } else {
      history = withHeldTyping(history, held);
      held = { start: piece.start, end: piece.end, dayEnd: nextLocalMidnight(piece.end - 1), streakMs: typing.streakMs };
    }
  }
  history = withHeldTyping(history, held);
  const unchanged = typing === state.typing && history === state.history && breakSession === state.breakSession;
  return { state: unchanged ? state : { ...state, typing, history, breakSession, recentExercises }, facts, events };
}
