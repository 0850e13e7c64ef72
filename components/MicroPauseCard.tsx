// The popup's micro-pause, while one is due: one short exercise with its picture (the same for the
// whole micro-pause), and a countdown of the micro-pause length from the last keystroke (typing
// starts it again).

import { ExerciseCard } from './ExerciseCard';
import { StepTimer } from './StepTimer';
import { microPauseExercise } from '@/utils/breaks/guided-break';
import { SECOND } from '@/utils/helpers/time';
import { i18n } from '@/utils/browser/i18n';
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
  return (
    <ExerciseCard exercise={microPauseExercise(typing, settings)} kicker={i18n.t('popup.microKicker')}>
      <StepTimer remainingMs={Math.max(0, lengthMs - pausedMs)} totalMs={lengthMs} label={i18n.t('popup.microTimer')} />
    </ExerciseCard>
  );
}
