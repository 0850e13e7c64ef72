// The exercise catalogue and the guided break: the catalogue's shape and wording, a sequence that
// fills any break from 1 to 30 minutes exactly, without repeats while the catalogue allows and
// varied from one break to the next, a plan fixed when the break starts ("Next" and "Skip this one"
// never change how many exercises it has), typing holding the exercise on, and the micro-pause's
// exercise.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXERCISES, exerciseById } from '@/utils/content/exercises';
import { cautionKey, exerciseKeys } from '@/utils/words/content-keys';
import { exerciseCaution, exercisePicture, exerciseSteps, exerciseTitle } from '@/utils/words/content-text';
import { exercisesShown, fillSteps, holdGuide, isGuideState, microPauseExercise, moveOn, planGuide, skipStep, stepAt } from '@/utils/breaks/guided-break';
import { MINUTE, SECOND } from '@/utils/helpers/time';
import { runsSharedWithArticle } from '../support/article';
import { messagesOf } from '../support/locale-messages';
import { makeSettings, MONDAY_9AM } from '../support/fixtures';

const catalogueMs = EXERCISES.reduce((sum, exercise) => sum + exercise.durationSec * SECOND, 0);
const total = (steps: readonly { durationMs: number }[]) => steps.reduce((sum, step) => sum + step.durationMs, 0);
const PROPERTY_RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

describe('exercise catalogue', () => {
  it('has at least 12 hand, finger, wrist and forearm exercises and some for the whole body, with unique ids', () => {
    expect(new Set(EXERCISES.map((exercise) => exercise.id)).size).toBe(EXERCISES.length);
    expect(EXERCISES.filter((exercise) => exercise.area !== 'body').length).toBeGreaterThanOrEqual(12);
    expect(EXERCISES.filter((exercise) => exercise.area === 'body').length).toBeGreaterThanOrEqual(3);
    expect(EXERCISES.some((exercise) => exercise.point === 'dehydration')).toBe(true);
  });

  it.each(EXERCISES.map((exercise) => [exercise.id, exercise] as const))('%s: a title, one or two steps, a positive length, tags and a picture text', (_id, exercise) => {
    expect(exerciseTitle(exercise).length).toBeGreaterThan(2);
    const steps = exerciseSteps(exercise);
    expect(steps.length).toBeGreaterThanOrEqual(1);
    expect(steps.length).toBeLessThanOrEqual(2);
    for (const step of steps) expect(step.trim()).not.toBe('');
    expect(exercise.durationSec).toBeGreaterThan(0);
    expect(['fingers', 'hand', 'wrist', 'forearm', 'body']).toContain(exercise.area);
    expect(['overuse', 'dehydration']).toContain(exercise.point);
    expect(exercisePicture(exercise).length).toBeGreaterThan(10);
    expect(exerciseById(exercise.id)).toBe(exercise);
  });

  it('every stretch says to stop short of pain and when to see a doctor', () => {
    const stretches = EXERCISES.filter((exercise) => exercise.id.endsWith('-stretch'));
    expect(stretches.length).toBeGreaterThanOrEqual(3);
    for (const exercise of stretches) expect(exerciseCaution(exercise), exercise.id).toMatch(/pain|hurts/);
    expect(EXERCISES.some((exercise) => exerciseCaution(exercise)?.includes('doctor'))).toBe(true);
  });

  it('every exercise has its own title, steps and picture text in the English locale file, and every caution its words', async () => {
    const english = await messagesOf('en');
    const cautions = new Set(EXERCISES.flatMap((exercise) => (exercise.caution === undefined ? [] : [cautionKey(exercise.caution)])));
    const names = [...EXERCISES.flatMap((exercise) => Object.values(exerciseKeys(exercise))), ...cautions].map((key) => key.replaceAll('.', '_'));
    expect(new Set(names).size).toBe(EXERCISES.length * 3 + cautions.size);
    expect(names.filter((name) => english[name] === undefined)).toEqual([]);
  });

  it('is written in our own words: no run of six words shared with the article', () => {
    for (const exercise of EXERCISES) {
      const text = [exerciseTitle(exercise), ...exerciseSteps(exercise), exercisePicture(exercise), exerciseCaution(exercise) ?? ''].join(' ');
      expect(runsSharedWithArticle(text), exercise.id).toEqual([]);
      for (const line of exerciseSteps(exercise)) expect(runsSharedWithArticle(line), exercise.id).toEqual([]);
    }
  });
});

describe('the sequence of a break', () => {
  it('fills any break from 1 to 30 minutes exactly, every step long enough to start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 2 ** 40 }), (minutes, seed) => {
        const steps = fillSteps(minutes * MINUTE, seed, []);
        expect(total(steps)).toBe(minutes * MINUTE);
        for (const step of steps) expect(step.durationMs).toBeGreaterThanOrEqual(15 * SECOND);
        for (const step of steps) expect(exerciseById(step.id)).toBeDefined();
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('never repeats an exercise in a break the catalogue can fill, and never twice in a row in a longer one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 2 ** 40 }), (minutes, seed) => {
        const ids = fillSteps(minutes * MINUTE, seed, []).map((step) => step.id);
        if (minutes * MINUTE <= catalogueMs) expect(new Set(ids).size).toBe(ids.length);
        for (let index = 1; index < ids.length; index += 1) expect(ids[index]).not.toBe(ids[index - 1]);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('varies between breaks: the last break’s exercises come only after every other one', () => {
    let recent: string[] = [];
    const firsts: string[] = [];
    for (let index = 0; index < 20; index += 1) {
      const ids = fillSteps(5 * MINUTE, MONDAY_9AM + index * 3 * 60 * MINUTE, recent).map((step) => step.id);
      const othersCount = EXERCISES.length - new Set(recent).size;
      expect(ids.slice(0, othersCount).filter((id) => recent.includes(id)), `break ${index}`).toEqual([]);
      firsts.push(ids[0] as string);
      recent = ids;
    }
    expect(new Set(firsts).size).toBeGreaterThan(5);
  });

  it('is the same for the same start, so a reopened break view shows the same exercise', () => {
    expect(planGuide(5 * MINUTE, MONDAY_9AM, [])).toEqual(planGuide(5 * MINUTE, MONDAY_9AM, []));
  });
});

describe('moving through a break', () => {
  const endsAt = MONDAY_9AM + 5 * MINUTE;
  const guide = planGuide(5 * MINUTE, MONDAY_9AM, []);
  const first = guide.steps[0] as { id: string; durationMs: number };

  it('each step follows the one before at its own length', () => {
    expect(stepAt(guide, MONDAY_9AM)?.index).toBe(0);
    expect(stepAt(guide, MONDAY_9AM + first.durationMs - 1)?.index).toBe(0);
    expect(stepAt(guide, MONDAY_9AM + first.durationMs)).toMatchObject({ index: 1, startedAt: MONDAY_9AM + first.durationMs });
    expect(stepAt(guide, endsAt)).toBeNull();
  });

  it('Next starts the next exercise now; after the last one the rest of the break is plain rest', () => {
    let moved = guide;
    for (let at = MONDAY_9AM + 5 * SECOND; stepAt(moved, at) !== null; at += 5 * SECOND) {
      const before = stepAt(moved, at)?.index as number;
      moved = moveOn(moved, at);
      if (before + 1 < guide.steps.length) expect(stepAt(moved, at)).toMatchObject({ index: before + 1, startedAt: at });
      else expect(stepAt(moved, at), 'no exercise after the last').toBeNull();
    }
    expect(moved.steps).toEqual(guide.steps);
  });

  it('however Next and Skip are pressed, the break keeps the number of exercises it started with, so "3 of 10" stays "of 10"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(fc.record({ afterMs: fc.integer({ min: SECOND, max: 90 * SECOND }), skip: fc.boolean() }), { maxLength: 60 }), (minutes, presses) => {
        const planned = planGuide(minutes * MINUTE, MONDAY_9AM, []);
        let moved = planned;
        let at = MONDAY_9AM;
        for (const press of presses) {
          at += press.afterMs;
          moved = (press.skip ? skipStep : moveOn)(moved, at);
          expect(moved.steps.length).toBe(planned.steps.length);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('however often Next and Skip are pressed in the longest break, the guide stays one storage takes back', () => {
    let moved = planGuide(30 * MINUTE, MONDAY_9AM, []);
    for (let press = 0; press < 2000; press += 1) {
      const at = MONDAY_9AM + press * 500;
      moved = (press % 3 === 0 ? skipStep : moveOn)(moved, at);
    }
    expect(isGuideState(moved)).toBe(true);
  });

  it('typing that holds the break holds the exercise on: it goes on where it was left, as much later', () => {
    const second = guide.steps[1] as { durationMs: number };
    const typedAt = MONDAY_9AM + first.durationMs + 10 * SECOND;
    const held = holdGuide(guide, typedAt, 4 * SECOND);
    expect(stepAt(held, typedAt + 4 * SECOND)).toMatchObject({ index: 1, startedAt: MONDAY_9AM + first.durationMs + 4 * SECOND });
    expect(stepAt(held, MONDAY_9AM + first.durationMs + second.durationMs + 4 * SECOND - 1)?.index).toBe(1);
    expect(held.steps).toEqual(guide.steps);
    // Typing just after a step began never brings the step before back.
    const heldAtStart = holdGuide(guide, MONDAY_9AM + first.durationMs + 100, 3 * SECOND);
    expect(stepAt(heldAtStart, MONDAY_9AM + first.durationMs + 200)?.index).toBe(1);
  });

  it('Next and Skip never bring the same exercise twice in a row, however they are pressed', () => {
    const longest = MONDAY_9AM + 30 * MINUTE;
    fc.assert(
      fc.property(fc.array(fc.record({ afterMs: fc.integer({ min: SECOND, max: 90 * SECOND }), skip: fc.boolean() }), { minLength: 1, maxLength: 60 }), (presses) => {
        let moved = planGuide(30 * MINUTE, MONDAY_9AM, []);
        let at = MONDAY_9AM;
        for (const press of presses) {
          at += press.afterMs;
          if (at >= longest) break;
          moved = (press.skip ? skipStep : moveOn)(moved, at);
          const ids = moved.steps.map((step) => step.id);
          expect(ids.filter((id, index) => index > 0 && id === ids[index - 1])).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the exercises a break showed, up to its end, are the ones the next break puts last', () => {
    const at = MONDAY_9AM + 10 * SECOND;
    const skipped = skipStep(guide, at);
    const swappedIn = skipped.steps[0]?.id as string;
    expect(exercisesShown(skipped, at + 5 * SECOND)).toEqual([swappedIn]);
    // Run to its end, the break showed every exercise it holds: each once, in the order shown.
    expect(exercisesShown(skipped, endsAt)).toEqual([...new Set(skipped.steps.map((step) => step.id))]);
    expect(exercisesShown(skipped, endsAt)[0]).toBe(swappedIn);
  });

  it('Skip this one swaps the exercise on for one not yet in the break, starting now', () => {
    const at = MONDAY_9AM + 10 * SECOND;
    const skipped = skipStep(guide, at);
    const now = stepAt(skipped, at);
    expect(now).toMatchObject({ index: 0, startedAt: at });
    expect(now?.step.id).not.toBe(first.id);
    expect(guide.steps.map((step) => step.id)).not.toContain(now?.step.id);
    expect(skipped.steps.slice(1)).toEqual(guide.steps.slice(1));
  });
});

describe('the micro-pause exercise', () => {
  const settings = makeSettings({ microPauseAfterMin: 15, microPauseLengthSec: 30 });
  const dueAfter = (microStreakStartedAt: number, typedMin: number) => ({ microStreakStartedAt, microStreakMs: typedMin * MINUTE });

  it('is a short hand exercise that fits the micro-pause, and varies from one micro-pause to the next', () => {
    const shown = Array.from({ length: 30 }, (_, index) => microPauseExercise(dueAfter(MONDAY_9AM + index * 20 * MINUTE, 15), settings));
    for (const exercise of shown) {
      expect(exercise.area).not.toBe('body');
      expect(exercise.durationSec).toBeLessThanOrEqual(30);
    }
    expect(new Set(shown.map((exercise) => exercise.id)).size).toBeGreaterThan(4);
  });

  it('stays the same for as long as one micro-pause is due, however long typing goes on through it', () => {
    const first = microPauseExercise(dueAfter(MONDAY_9AM, 15), settings);
    for (const typedMin of [15.1, 17, 29.9]) expect(microPauseExercise(dueAfter(MONDAY_9AM, typedMin), settings)).toBe(first);
    const next = Array.from({ length: 8 }, (_, round) => microPauseExercise(dueAfter(MONDAY_9AM, 15 * (round + 2)), settings));
    expect(next.some((exercise) => exercise !== first)).toBe(true);
  });
});
