// The tracker: applies one input (a keystroke report, an action, a tick, an idle change) to the
// whole state and says what happened. Pure; the background runs it under its serial queue, writes
// the state and carries out the effects of the events (effects.ts).
//
// Each input is applied at the background's own clock (`now`): first the state is brought to it
// (the current day is the clock's day; times a clock that moved back left ahead of it are pulled
// back), then the input, then whatever came due by `now` (a rest, the end of a break), then quiet
// time, then the break cycle looks (unless a break is running). The day's counters are folded from
// the events, and each nudge that goes out gets its tip. Keystrokes are judged by the time they
// were typed, not the time they arrive (keystroke-fold.ts).

import { earlier, localDayKey } from '../helpers/time';
import type { Settings } from '../settings/settings';
import { keptCustomPlan, type CustomPlan } from '../settings/custom-plan';
import { alignToClock as alignTypingToClock, microPauseCompletesAt, observe, restCompletesAt } from '../typing/typing-model';
import { changeSystemState } from '../typing/system-activity';
import { holdsAt, isPaused } from '../breaks/holds';
import { pullCycleBack, stepCycle, type BreakCycleState, type CycleInput } from '../breaks/break-cycle';
import { pullBreakBack, stepBreak, type BreakInput } from '../breaks/break-session';
import type { BreakEvent } from '../breaks/break-events';
import { followQuiet, noteSignals, pullQuietBack, quietReasonAt } from '../breaks/quiet-time';
import { addTyping, moveToDay } from '../days/history';
import { importDays } from '../days/import-plan';
import { countEvents } from '../days/day-counts';
import { chooseTip, rememberTip, type TipMoment } from '../content/tip-choice';
import { microPauseExercise } from '../breaks/guided-break';
import { typingForLimit } from '../breaks/daily-limit';
import type { TypingState } from '../typing/typing-model';
import { factsOf, foldKeystrokes } from './keystroke-fold';
import { whatBreakLeaves } from './break-ends';
import { INITIAL_TRACKER_STATE, type TrackerEvent, type TrackerInput, type TrackerResult, type TrackerState } from './tracker-state';

const TIP_MOMENT_FOR_NUDGE = { break: 'break', hydration: 'water', limit: 'break' } as const satisfies Record<string, TipMoment>;

/** One step in the making: the state so far, the cycle's inputs in order, and the events so far. */
interface Pending {
  state: TrackerState;
  inputs: CycleInput[];
  events: BreakEvent[];
}

const pendingOf = (state: TrackerState, inputs: CycleInput[] = [], events: BreakEvent[] = []): Pending => ({ state, inputs, events });

/** The person's own break plan after an input: forgotten with all data, else kept as custom-plan.ts says. */
export function customPlanAfter(input: TrackerInput, kept: CustomPlan | null, before: Settings, after: Settings): CustomPlan | null {
  return input.type === 'delete-all' ? null : keptCustomPlan(kept, before, after);
}

/** Brings the state to the background's clock: the current day is the day of `now`, and nothing is left ahead of it. */
function alignToClock(state: TrackerState, settings: Settings, now: number): TrackerState {
  const history = moveToDay(state.history, localDayKey(now));
  const typing = alignTypingToClock(state.typing, now, settings);
  const nudges = pullCycleBack(state.nudges, settings, now);
  const breakSession = pullBreakBack(state.breakSession, settings, now);
  const quiet = pullQuietBack(state.quiet, now);
  const unchanged = history === state.history && typing === state.typing && nudges === state.nudges && quiet === state.quiet;
  if (unchanged && breakSession === state.breakSession) return state;
  return { typing, nudges, history, breakSession, recentTips: state.recentTips, recentExercises: state.recentExercises, quiet };
}

/** The break in progress after an input, and what it leaves if it closed (break-ends.ts). */
function withBreak(pending: Pending, input: BreakInput, settings: Settings, now: number): Pending {
  const { state } = pending;
  const step = stepBreak(state.breakSession, input, settings, now);
  if (step.state === state.breakSession) return pending;
  const running = state.breakSession;
  const left = running.stage === 'running' ? whatBreakLeaves(running, step.events, state.typing, state.recentExercises) : { typing: state.typing, recentExercises: state.recentExercises, inputs: [] };
  return {
    state: { ...state, breakSession: step.state, typing: left.typing, recentExercises: left.recentExercises },
    inputs: [...pending.inputs, ...left.inputs],
    events: [...pending.events, ...step.events],
  };
}

/** System activity observed at `now` (other apps), folded into the model and the day. */
function withSystemState(pending: Pending, system: Parameters<typeof changeSystemState>[1], settings: Settings, now: number): Pending {
  const { state } = pending;
  const step = changeSystemState(state.typing, system, now, settings, !isPaused(state.nudges.holds, now));
  const history = step.typed === null ? state.history : addTyping(state.history, step.typed.start, step.typed.end, step.state.streakMs);
  return { state: { ...state, typing: step.state, history }, inputs: factsOf(step, pending.inputs), events: pending.events };
}

function takeInput(state: TrackerState, input: TrackerInput, settings: Settings, now: number): Pending {
  switch (input.type) {
    case 'keystrokes': {
      const fold = foldKeystrokes(state, input.times, settings);
      // Typing during a break is noted, not punished: no nudge counts as typed through meanwhile.
      if (fold.state.breakSession.stage !== 'running') fold.facts.push({ type: 'typed', typing: fold.state.typing });
      return { state: fold.state, inputs: fold.facts, events: fold.events };
    }
    case 'system-state':
      return withSystemState(pendingOf(state), input.state, settings, now);
    case 'tick': {
      const noted = pendingOf(input.signals === undefined ? state : { ...state, quiet: noteSignals(state.quiet, input.signals) });
      return input.system === undefined ? noted : withSystemState(noted, input.system, settings, now);
    }
    case 'meeting':
      return pendingOf({ ...state, quiet: { ...state.quiet, meetingUntil: input.until } });
    case 'end-meeting':
      return pendingOf({ ...state, quiet: { ...state.quiet, meetingUntil: null } });
    case 'drink':
    case 'snooze':
      return pendingOf(state, [{ type: input.type, typing: state.typing }]);
    case 'pause':
      return pendingOf(state, [{ type: 'pause', until: input.until }]);
    case 'resume':
      return pendingOf(state, [{ type: 'resume' }]);
    case 'start-break': {
      const started = withBreak(pendingOf(state), { type: 'start', recentExercises: state.recentExercises }, settings, now);
      return started.state.breakSession === state.breakSession ? started : pendingOf(started.state, [{ type: 'start-break', typing: state.typing }], started.events);
    }
    case 'next-exercise':
    case 'skip-exercise':
      return withBreak(pendingOf(state), { type: input.type }, settings, now);
    case 'end-break':
      return withBreak(pendingOf(state), { type: 'end' }, settings, now);
    case 'tip-seen':
      return pendingOf({ ...state, recentTips: rememberTip(state.recentTips, input.id) });
    case 'save-settings':
    case 'set-sync':
    case 'name-device':
    case 'show-computers':
      return pendingOf(state);
    case 'import':
      return pendingOf({ ...state, history: importDays(state.history, input.days, input.mode, now).history });
    case 'delete-all':
      return pendingOf(INITIAL_TRACKER_STATE, [], withBreak(pendingOf(state), { type: 'cancel' }, settings, now).events);
  }
}

/** Completes a break whose time is up, or else the rests and micro-pauses that have elapsed. */
function settle(pending: Pending, settings: Settings, now: number): Pending {
  const { state } = pending;
  if (state.breakSession.stage === 'running') return withBreak(pending, { type: 'look' }, settings, now);
  const step = observe(state.typing, now, settings);
  if (step.state === state.typing) return pending;
  return { state: { ...state, typing: step.state }, inputs: factsOf(step, pending.inputs), events: pending.events };
}

/** The break cycle as the inputs of one step go through it. */
interface CycleRun {
  nudges: BreakCycleState;
  events: readonly BreakEvent[];
  nextCheckAt: number | null;
}

function runCycle(run: CycleRun, input: CycleInput, settings: Settings, now: number): void {
  const step = stepCycle(run.nudges, input, settings, now);
  run.nudges = step.state;
  if (step.events.length > 0) run.events = run.events.length === 0 ? step.events : [...run.events, ...step.events];
  run.nextCheckAt = earlier(run.nextCheckAt, step.nextCheckAt);
}

/** A snooze or pause end still ahead of `now`, else null. */
const stillAhead = (time: number | null, now: number) => (time !== null && time > now ? time : null);

/**
 * Each nudge that went out with its suggestion: a micro-pause the exercise the popup shows for it
 * (one function of the same typing and settings), the others a tip for their moment, chosen after
 * the tips shown before it.
 */
function withSuggestions(events: readonly BreakEvent[], typing: TypingState, settings: Settings, recentTips: string[], now: number): { events: TrackerEvent[]; recentTips: string[] } {
  let recent = recentTips;
  const shown = events.map((event): TrackerEvent => {
    if (event.type !== 'nudge-shown') return event;
    if (event.kind === 'micro') return { ...event, suggestion: { exercise: microPauseExercise(typing, settings) } };
    const tip = chooseTip(TIP_MOMENT_FOR_NUDGE[event.kind], recent, now);
    recent = rememberTip(recent, tip.id);
    return { ...event, suggestion: { tip } };
  });
  return { events: shown, recentTips: recent };
}

/**
 * Applies one input at `now`: the new state, what happened, and when to look again.
 * `elsewhereMs` is the other computers' typing today, which the daily limit counts when told to.
 */
export function applyInput(state: TrackerState, input: TrackerInput, settings: Settings, now: number, elsewhereMs = 0): TrackerResult {
  const settled = settle(takeInput(alignToClock(state, settings, now), input, settings, now), settings, now);
  const quietNow = quietReasonAt(settled.state.quiet, settings, now) !== null;
  const quiet = followQuiet(settled.state.quiet, quietNow, now);
  const meetingEnd = stillAhead(quiet.meetingUntil, now);
  const { typing, history, breakSession } = settled.state;
  const running = breakSession.stage === 'running';
  const cycle: CycleRun = { nudges: settled.state.nudges, events: settled.events, nextCheckAt: null };
  for (const cycleInput of settled.inputs) runCycle(cycle, cycleInput, settings, now);
  // The look comes last, so that it sees the holds as the input left them.
  if (!running) runCycle(cycle, { type: 'look', typing, holds: holdsAt(cycle.nudges.holds, { active: quietNow, endedAt: quiet.endedAt }, now), today: typingForLimit(history.today, elsewhereMs, settings) }, settings, now);
  const { nudges, events, nextCheckAt } = cycle;
  const suggested = events.length === 0 ? { events: events as TrackerEvent[], recentTips: settled.state.recentTips } : withSuggestions(events, typing, settings, settled.state.recentTips, now);
  return {
    // Literals of one shape, not spreads: on this path, every input, the engine keeps them fast.
    state: {
      typing,
      nudges,
      history: events.length === 0 ? history : countEvents(history, events),
      breakSession,
      recentTips: suggested.recentTips,
      recentExercises: settled.state.recentExercises,
      quiet,
    },
    events: suggested.events,
    nextCheckAt: running
      ? earlier(breakSession.endsAt, meetingEnd)
      : earlier(
          earlier(earlier(nextCheckAt, restCompletesAt(typing, settings)), earlier(microPauseCompletesAt(typing, settings), meetingEnd)),
          earlier(stillAhead(nudges.holds.pausedUntil, now), stillAhead(nudges.holds.snoozedUntil, now)),
        ),
  };
}
