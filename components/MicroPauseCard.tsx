// The popup's micro-pause, while one is due: what it asks (hands off the keys), one
// short exercise with a small picture (the same for the whole micro-pause, and the one its
// notification names), and a countdown of the micro-pause length from the last keystroke (typing
// starts it again). Compact, so that the popup still fits Chrome's 600 px.

import { ExerciseArt } from './ExerciseArt';
import { StepTimer } from './StepTimer';
import { microPauseExercise } from '@/utils/breaks/guided-break';
import { SECOND } from '@/utils/helpers/time';
import { i18n } from '@/utils/browser/i18n';
import { exerciseCaution, exercisePicture, exerciseSteps, exerciseTitle } from '@/utils/words/content-text';
import type { Settings } from '@/utils/settings/settings';
import type { TypingState } from '@/utils/typing/typing-model';

interface Props {
  typing: TypingState;
  settings: Settings;
  now: number;
}

export function MicroPauseCard({ typing, settings, now }: Props) {
  const lengthMs = settings.microPauseLengthSec * SECOND;
  const pausedMs = typing.lastActivityAt === null ? 0 : Math.max(0, now - typing.lastActivityAt);
  const exercise = microPauseExercise(typing, settings);
  const caution = exerciseCaution(exercise);
  return (
    <section class="card micro-pause" aria-labelledby="micro-heading">
      <div class="micro-top">
        <ExerciseArt id={exercise.id} label={exercisePicture(exercise)} />
        <div>
          <p class="micro-ask">{i18n.t('popup.microAsk')}</p>
          <h2 id="micro-heading">{exerciseTitle(exercise)}</h2>
        </div>
      </div>
      <p class="micro-steps">{exerciseSteps(exercise).join(' ')}</p>
      {caution !== undefined && <p class="exercise-caution">{caution}</p>}
      <StepTimer remainingMs={Math.max(0, lengthMs - pausedMs)} totalMs={lengthMs} label={i18n.t('popup.microTimer')} />
    </section>
  );
}
