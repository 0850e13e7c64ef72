// One exercise as a card: its picture (animated, still with reduced motion), its title, what to do,
// its caution where it has one, and whatever the page adds below (a countdown, buttons).

import type { ComponentChildren } from 'preact';
import type { Exercise } from '@/utils/exercises';
import { ExerciseArt } from './ExerciseArt';

interface Props {
  exercise: Exercise;
  /** A line above the title, such as "Exercise 2 of 9". */
  kicker: string;
  children?: ComponentChildren;
}

export function ExerciseCard({ exercise, kicker, children }: Props) {
  const headingId = `exercise-${exercise.id}-heading`;
  return (
    <section class="card exercise-card" aria-labelledby={headingId}>
      <ExerciseArt id={exercise.id} label={exercise.picture} />
      <div class="exercise-text">
        <p class="exercise-kicker muted">{kicker}</p>
        <h2 id={headingId}>{exercise.title}</h2>
        {exercise.steps.map((step) => (
          <p key={step} class="exercise-step">
            {step}
          </p>
        ))}
        {exercise.caution !== undefined && <p class="exercise-caution">{exercise.caution}</p>}
        {children}
      </div>
    </section>
  );
}
