// The popup's live status: the streak as a running clock, progress toward the next rest break,
// the next micro-pause, the next water reminder, the daily limit when it is on, and today's
// typing, breaks and glasses.

import type { Settings } from '@/utils/settings';
import type { Status } from '@/utils/status';
import { formatClock, formatDuration } from '@/utils/format';
import { ProgressBar, type Tone } from './ProgressBar';

interface Props {
  status: Status;
  settings: Settings;
}

function breakTone(status: Status): Tone {
  if (status.breakDue) return 'danger';
  return status.breakNear ? 'warn' : 'calm';
}

function waterLine(status: Status, settings: Settings): string {
  if (!settings.hydrationEnabled) return 'Water reminders are off';
  if (status.waterDue) return 'Time for a glass of water';
  return `Next glass of water in ${formatDuration(status.waterRemainingMs)} of activity`;
}

function microPauseLine(status: Status, settings: Settings): string {
  if (status.microPauseRemainingMs === null) return 'Micro-pauses are off';
  if (status.microPauseDue) return `Micro-pause now: hands off the keys for ${settings.microPauseLengthSec} s`;
  return `Next micro-pause in ${formatDuration(status.microPauseRemainingMs)} of typing`;
}

function dailyLimitLine(limit: NonNullable<Status['dailyLimit']>, settings: Settings): string {
  if (limit.reached) return `Daily limit of ${settings.dailyLimitHours} h reached: time to wind down`;
  return `Daily limit: ${formatDuration(limit.remainingMs)} of typing left today`;
}

export function StatusPanel({ status, settings }: Props) {
  const breakText = status.breakDue
    ? status.quiet === null
      ? 'Rest break due now'
      : 'Rest break due, held while it is quiet'
    : `Next rest break in ${formatDuration(status.breakRemainingMs)} of typing`;
  return (
    <section class="card status" aria-labelledby="status-heading">
      <h2 id="status-heading" class="visually-hidden">
        Status
      </h2>
      <div class="streak">
        <span class="streak-label muted">Current streak</span>
        <span class="streak-clock" aria-label={`Current streak ${formatDuration(status.streakMs)}`}>
          {formatClock(status.streakMs)}
        </span>
      </div>
      <ProgressBar
        value={status.breakProgress}
        tone={breakTone(status)}
        label={`Progress toward a break after ${settings.breakAfterMin} minutes`}
        valueText={breakText}
      />
      <p class={`status-line ${status.breakDue ? 'due' : ''}`}>{breakText}</p>
      <p class={`status-line ${status.microPauseDue ? 'micro-due' : 'muted'}`}>{microPauseLine(status, settings)}</p>
      <p class={`status-line ${status.waterDue ? 'water-due' : 'muted'}`}>{waterLine(status, settings)}</p>
      {status.dailyLimit !== null && (
        <p class={`status-line ${status.dailyLimit.reached ? 'limit-reached' : 'muted'}`}>{dailyLimitLine(status.dailyLimit, settings)}</p>
      )}
      <dl class="figures stats">
        <div>
          <dt>Typed today</dt>
          <dd>{formatDuration(status.today.typingMs)}</dd>
        </div>
        <div>
          <dt>Breaks</dt>
          <dd>{status.breaksTaken}</dd>
        </div>
        <div>
          <dt>Water</dt>
          <dd>
            {status.today.glasses}
            <span class="muted"> / {settings.waterGoalGlasses}</span>
            <span class="visually-hidden"> glasses</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
