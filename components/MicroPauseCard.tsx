// The popup's micro-pause, while one is due: one short exercise with its picture, and a countdown
// of the micro-pause length from the last keystroke (typing starts it again).

import { ExerciseCard } from './ExerciseCard';
import { StepTimer } from './StepTimer';
import { microPauseExercise } from '@/utils/guided-break';
import { SECOND } from '@/utils/time';
import { i18n } from '#i18n';

interface Props {
  /** When this micro-pause was asked for (or fell due): the same prompt keeps the same exercise. */
  askedAt: number;
  lengthSec: number;
  lastKeystrokeAt: number | null;
  now: number;
}

export function MicroPauseCard({ askedAt, lengthSec, lastKeystrokeAt, now }: Props) {
  const lengthMs = lengthSec * SECOND;
  const pausedMs = lastKeystrokeAt === null ? 0 : Math.max(0, now - lastKeystrokeAt);
  return (
    <ExerciseCard exercise={microPauseExercise(askedAt, lengthSec)} kicker={i18n.t('popup.microKicker')}>
      <StepTimer remainingMs={Math.max(0, lengthMs - pausedMs)} totalMs={lengthMs} label={i18n.t('popup.microTimer')} />
    </ExerciseCard>
  );
}
