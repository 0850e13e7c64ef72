// The break's countdown: a ring that empties as the break runs, with the time left in the middle,
// and, while typing holds it, a word saying so under the ring.

import { formatClock, formatDuration, formatUnit } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { i18n } from '@/utils/browser/i18n';
import { MINUTE } from '@/utils/helpers/time';

interface Props {
  remainingMs: number;
  totalMs: number;
  /** Whether typing holds the countdown now. */
  held: boolean;
}

const RADIUS = 88;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function BreakCountdown({ remainingMs, totalMs, held }: Props) {
  const left = totalMs > 0 ? Math.min(1, remainingMs / totalMs) : 0;
  const minutesLeft = Math.ceil(remainingMs / MINUTE);
  const label = i18n.t('breakView.timerLabel', { duration: formatUnit(minutesLeft, 'minute', uiLanguage()) });
  return (
    <div class={held ? 'countdown held' : 'countdown'} role="timer" aria-label={held ? `${label}. ${i18n.t('breakView.paused')}` : label}>
      <span class="countdown-ring">
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
      </span>
      {held && (
        <span class="chip countdown-held" aria-hidden="true">
          {i18n.t('breakView.paused')}
        </span>
      )}
      <span class="visually-hidden">{i18n.t('breakView.timeLeft', { duration: formatDuration(remainingMs, uiLanguage()) })}</span>
    </div>
  );
}
