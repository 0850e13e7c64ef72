// A short countdown: a thin bar that empties and the time left, for one exercise or a micro-pause.

import { formatClock, formatDuration } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';

interface Props {
  remainingMs: number;
  totalMs: number;
  /** What is counted down, for a screen reader: "Time left for this exercise". */
  label: string;
}

export function StepTimer({ remainingMs, totalMs, label }: Props) {
  const left = totalMs > 0 ? Math.min(1, Math.max(0, remainingMs / totalMs)) : 0;
  return (
    <div class="step-timer" role="timer" aria-label={`${label}: ${formatDuration(remainingMs, uiLanguage())}`}>
      <span class="step-timer-bar" aria-hidden="true">
        <span style={{ width: `${(left * 100).toFixed(1)}%` }} />
      </span>
      <span class="step-timer-clock" aria-hidden="true">
        {formatClock(remainingMs, uiLanguage())}
      </span>
    </div>
  );
}
