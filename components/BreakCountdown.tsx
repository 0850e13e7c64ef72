// The break's countdown: a ring that empties as the break runs, with the time left in the middle.

import { formatClock, formatDuration, formatUnit } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { i18n } from '@/utils/browser/i18n';
import { MINUTE } from '@/utils/helpers/time';

interface Props {
  remainingMs: number;
  totalMs: number;
}

const RADIUS = 88;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function BreakCountdown({ remainingMs, totalMs }: Props) {
  const left = totalMs > 0 ? remainingMs / totalMs : 0;
  const minutesLeft = Math.ceil(remainingMs / MINUTE);
  return (
    <div class="countdown" role="timer" aria-label={i18n.t('breakView.timerLabel', { duration: formatUnit(minutesLeft, 'minute', uiLanguage()) })}>
      <svg viewBox="0 0 200 200" width="200" height="200" aria-hidden="true">
        <circle class="countdown-track" cx="100" cy="100" r={RADIUS} />
        <circle
          class="countdown-left"
          cx="100"
          cy="100"
          r={RADIUS}
          stroke-dasharray={CIRCUMFERENCE}
          stroke-dashoffset={CIRCUMFERENCE * (1 - left)}
          transform="rotate(-90 100 100)"
        />
      </svg>
      <span class="countdown-clock" aria-hidden="true">
        {formatClock(remainingMs, uiLanguage())}
      </span>
      <span class="visually-hidden">{i18n.t('breakView.timeLeft', { duration: formatDuration(remainingMs, uiLanguage()) })}</span>
    </div>
  );
}
