// The popup's actions: start a break, log water, snooze, pause for a while, resume.

import { useState } from 'preact/hooks';
import type { UserAction } from '@/utils/messages';
import type { Settings } from '@/utils/settings';
import type { Status } from '@/utils/status';
import { HOUR, MINUTE, nextLocalMidnight } from '@/utils/time';

/** The actions the bar asks the background for (starting a break also opens the break view). */
export type BarAction = Extract<UserAction, { type: 'drink' | 'snooze' | 'pause' | 'resume' }>;

interface Props {
  status: Status;
  settings: Settings;
  now: number;
  onAction: (action: BarAction) => void;
  onStartBreak: () => void;
}

const PAUSES = [
  { label: '30 min', until: (now: number) => now + 30 * MINUTE },
  { label: '1 hour', until: (now: number) => now + HOUR },
  { label: 'Until tomorrow', until: nextLocalMidnight },
] as const;

export function ActionBar({ status, settings, now, onAction, onStartBreak }: Props) {
  const [pauseOpen, setPauseOpen] = useState(false);
  const nudgeDue = status.breakDue || status.waterDue;
  const heldBack = status.paused || status.snoozed;
  return (
    <section class="actions" aria-label="Actions">
      <div class="action-row">
        <button type="button" class="button primary" onClick={onStartBreak}>
          {status.breakSession !== null ? 'Back to my break' : 'Start break'}
        </button>
        <button type="button" class="button" onClick={() => onAction({ type: 'drink' })}>
          I drank water
        </button>
      </div>
      <div class="action-row">
        {nudgeDue && !heldBack && (
          <button type="button" class="button" onClick={() => onAction({ type: 'snooze' })}>
            Snooze {settings.snoozeMin} min
          </button>
        )}
        {heldBack ? (
          <button type="button" class="button" onClick={() => onAction({ type: 'resume' })}>
            Resume
          </button>
        ) : (
          <button
            type="button"
            class="button"
            aria-expanded={pauseOpen}
            aria-controls="pause-options"
            onClick={() => setPauseOpen(!pauseOpen)}
          >
            Pause…
          </button>
        )}
      </div>
      {pauseOpen && !heldBack && (
        <div id="pause-options" class="action-row pause-options" role="group" aria-label="Pause tracking for">
          {PAUSES.map((pause) => (
            <button
              key={pause.label}
              type="button"
              class="button"
              onClick={() => {
                setPauseOpen(false);
                onAction({ type: 'pause', until: pause.until(now) });
              }}
            >
              {pause.label}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
