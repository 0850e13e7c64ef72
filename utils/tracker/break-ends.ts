// What a break from the break view leaves when it closes, however it closes (its time up, "Break
// done", "End early", or a keystroke typed past its end): the exercises it showed, for the next
// break to put last, and, when it ran its length, the streak ended at its end and the cycle told
// that a break was taken (it answers a micro-pause prompt that was out).

import { exercisesShown } from '../breaks/guided-break';
import type { RunningBreak } from '../breaks/break-session';
import type { BreakEvent } from '../breaks/break-events';
import type { CycleInput } from '../breaks/break-cycle';
import { applyRest, type TypingState } from '../typing/typing-model';

export interface BreakLeaves {
  typing: TypingState;
  recentExercises: string[];
  /** For the cycle: a break taken to its end, if it was. */
  inputs: readonly CycleInput[];
}

/** What `running` leaves, given the events its closing said (none when it did not close). */
export function whatBreakLeaves(running: RunningBreak, events: readonly BreakEvent[], typing: TypingState, recentExercises: string[]): BreakLeaves {
  const ended = events.find((event) => event.type === 'break-ended');
  if (ended === undefined) return { typing, recentExercises, inputs: [] };
  const shown = exercisesShown(running.guide, ended.at);
  if (ended.how !== 'completed') return { typing, recentExercises: shown, inputs: [] };
  return { typing: applyRest(typing, running.endsAt).state, recentExercises: shown, inputs: [{ type: 'break-completed', at: running.endsAt }] };
}
