// One exercise as a card: its picture (animated, still with reduced motion), its title, what to do,
// its caution where it has one, and whatever the page adds below (a countdown, buttons).

import type { ComponentChildren } from 'preact';
import type { Exercise } from '@/utils/content/exercises';
import { ExerciseArt } from './ExerciseArt';
import { exerciseCaution, exercisePicture, exerciseSteps, exerciseTitle } from '@/utils/words/content-text';

interface Props {
  exercise: Exercise;
  /** A line above the title, such as "Exercise 2 of 9". */
  kicker: string;
  children?: ComponentChildren;
}

export function ExerciseCard({ exercise, kicker, children }: Props) {
  const headingId = `exercise-${exercise.id}-heading`;
  const caution = exerciseCaution(exercise);
  return (
    <section class="card exercise-card" aria-labelledby={headingId}>
      <ExerciseArt id={exercise.id} label={exercisePicture(exercise)} />
      <div class="exercise-text">
        <p class="exercise-kicker muted">{kicker}</p>
        <h2 id={headingId}>{exerciseTitle(exercise)}</h2>
        {exerciseSteps(exercise).map((step) => (
          <p key={step} class="exercise-step">
            {step}
          </p>
        ))}
        {caution !== undefined && <p class="exercise-caution">{caution}</p>}
        {children}
      </div>
    </section>
  );
}
