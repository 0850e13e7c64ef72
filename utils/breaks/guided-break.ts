// A guided break: the break length filled with a sequence of exercises, each with its own time.
// The sequence is chosen for variety (no exercise twice in a break while the catalogue allows, the
// last break's exercises last) and is deterministic for a given start time. The plan is fixed when
// the break starts: "Next" and "Skip" move through it or swap one exercise, and never add or drop
// one, so "Exercise 3 of 10" stays "of 10". Once the exercises are done before the break is (Next
// was pressed), the rest of the break is plain rest. Which exercise is on at a moment is derived
// from where the person last moved on and the steps' lengths, so a reopened break view shows the
// same step; typing that holds the break's countdown holds the exercise on too. Also the one short
// exercise shown for a micro-pause. Pure.

import { EXERCISES, type Exercise } from '../content/exercises';
import { MINUTE, SECOND } from '../helpers/time';
import type { Settings } from '../settings/settings';
import type { TypingState } from '../typing/typing-model';
import { stableHash } from '../helpers/stable-hash';
import { conformsTo, isBetween, isListOf, type Shape } from '../helpers/stored-shape';

export interface GuidedStep {
  id: string;
  durationMs: number;
}

/** Where the guide stands: the step the person last moved on to, and when. */
export interface GuideState {
  steps: GuidedStep[];
  stepIndex: number;
  stepStartedAt: number;
}

/** The longest break: the longest break length a setting allows. */
export const MAX_BREAK_MS = 30 * MINUTE;

/** The most steps a guide holds: more than a break of the longest length in the shortest steps (guides stored before the plan was fixed held more). */
const MAX_STEPS = 400;

const STEP_SHAPE: Shape<GuidedStep> = { id: 'string', durationMs: (duration) => isBetween(duration, 1, MAX_BREAK_MS) };
const GUIDE_SHAPE: Shape<GuideState> = {
  steps: isListOf((step) => conformsTo(step, STEP_SHAPE), MAX_STEPS),
  stepIndex: (index) => Number.isInteger(index) && (index as number) >= 0,
  stepStartedAt: 'time',
};

/** Whether a value read from storage is a guide, with its place in it among its steps. */
export const isGuideState = (value: unknown): value is GuideState => conformsTo(value, GUIDE_SHAPE) && value.stepIndex <= value.steps.length;

/** A step shorter than this is not worth starting: its time goes to the step before. */
const MIN_STEP_MS = 15 * SECOND;

/** Exercises in a varied order for `seed`: those of the last break (`recent`) after the others. */
function orderFor(seed: number, recent: readonly string[]): Exercise[] {
  const keyed = EXERCISES.map((exercise) => ({
    exercise,
    rank: (recent.includes(exercise.id) ? 1 : 0) * 2 ** 32 + stableHash(`${seed}|${exercise.id}`),
  }));
  return keyed.sort((a, b) => a.rank - b.rank).map((entry) => entry.exercise);
}

/**
 * Steps that fill `lengthMs` exactly: exercises in varied order at their own length, starting a
 * fresh round (never with the exercise just done) only once every exercise has had its turn; the
 * last step takes what is left, or gives it to the step before when too short to start.
 */
export function fillSteps(lengthMs: number, seed: number, recent: readonly string[]): GuidedStep[] {
  const steps: GuidedStep[] = [];
  // No break is longer: a length from anywhere else is never filled step by step.
  let leftMs = Math.min(lengthMs, MAX_BREAK_MS);
  for (let round = 0; leftMs > 0; round += 1) {
    const order = orderFor(seed + round, round === 0 ? recent : recent.concat(steps.map((step) => step.id)));
    if (order[0]?.id === steps.at(-1)?.id) order.push(order.shift() as Exercise);
    for (const exercise of order) {
      if (leftMs <= 0) break;
      const durationMs = Math.min(exercise.durationSec * SECOND, leftMs);
      const last = steps.at(-1);
      if (durationMs < MIN_STEP_MS && last !== undefined) last.durationMs += durationMs;
      else steps.push({ id: exercise.id, durationMs });
      leftMs -= durationMs;
    }
  }
  return steps;
}

/** A new guide for a break of `lengthMs` starting at `startedAt`. */
export function planGuide(lengthMs: number, startedAt: number, recent: readonly string[]): GuideState {
  return { steps: fillSteps(lengthMs, startedAt, recent), stepIndex: 0, stepStartedAt: startedAt };
}

/** The step on at `now` and when it began and ends, or null once every step is over. */
export function stepAt(guide: GuideState, now: number): { index: number; step: GuidedStep; startedAt: number; endsAt: number } | null {
  let startedAt = guide.stepStartedAt;
  for (let index = guide.stepIndex; index < guide.steps.length; index += 1) {
    const step = guide.steps[index] as GuidedStep;
    const endsAt = startedAt + step.durationMs;
    if (now < endsAt) return { index, step, startedAt, endsAt };
    startedAt = endsAt;
  }
  return null;
}

/** "Next": the step after the one on at `now` starts now; after the last one, the break is plain rest. */
export function moveOn(guide: GuideState, now: number): GuideState {
  const current = stepAt(guide, now);
  return current === null ? guide : { steps: guide.steps, stepIndex: current.index + 1, stepStartedAt: now };
}

/** "Skip this one": the step on at `now` becomes an exercise not yet in this break, starting now at its own length. */
export function skipStep(guide: GuideState, now: number): GuideState {
  const current = stepAt(guide, now);
  if (current === null) return guide;
  const used = guide.steps.map((step) => step.id);
  // Never the exercise on, nor either neighbour: the same exercise never comes twice in a row.
  const neighbours = [guide.steps[current.index - 1]?.id, guide.steps[current.index + 1]?.id];
  const others = orderFor(now, used).filter((exercise) => exercise.id !== current.step.id && !neighbours.includes(exercise.id));
  const fresh = others.find((exercise) => !used.includes(exercise.id)) ?? (others[0] as Exercise);
  const steps = guide.steps.map((step, index) => (index === current.index ? { id: fresh.id, durationMs: fresh.durationSec * SECOND } : step));
  return { steps, stepIndex: current.index, stepStartedAt: now };
}

/** Typing from `from` held the break for `heldMs`: the step on then goes on `heldMs` later, where it was left. */
export function holdGuide(guide: GuideState, from: number, heldMs: number): GuideState {
  const current = stepAt(guide, from);
  return current === null ? guide : { steps: guide.steps, stepIndex: current.index, stepStartedAt: current.startedAt + heldMs };
}

/** The exercises a break showed up to `at` (its end, or when it was ended early), each once: the next break puts them last. */
export function exercisesShown(guide: GuideState, at: number): string[] {
  const last = stepAt(guide, Math.max(at - 1, guide.stepStartedAt))?.index ?? guide.steps.length - 1;
  return [...new Set(guide.steps.slice(0, last + 1).map((step) => step.id))];
}

/** The short exercises that suit a micro-pause: hands only, no longer than `lengthSec`. */
function microExercises(lengthSec: number): Exercise[] {
  const fitting = EXERCISES.filter((exercise) => exercise.area !== 'body' && exercise.durationSec <= lengthSec);
  return fitting.length > 0 ? fitting : EXERCISES.filter((exercise) => exercise.area !== 'body');
}

/**
 * The exercise shown for the micro-pause due now: the same one for as long as this micro-pause is
 * due (whether or not the prompt has gone out yet), another for the next. A micro-pause is one
 * interval of typing within a micro-streak, so the pair names it.
 */
export function microPauseExercise(typing: Pick<TypingState, 'microStreakStartedAt' | 'microStreakMs'>, settings: Pick<Settings, 'microPauseAfterMin' | 'microPauseLengthSec'>): Exercise {
  const intervalMs = settings.microPauseAfterMin === 'off' ? Number.POSITIVE_INFINITY : settings.microPauseAfterMin * MINUTE;
  const round = Math.floor(typing.microStreakMs / intervalMs);
  const fitting = microExercises(settings.microPauseLengthSec);
  return fitting[stableHash(`micro|${typing.microStreakStartedAt ?? 0}|${round}`) % fitting.length] as Exercise;
}
