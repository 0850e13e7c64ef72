// The popup's live status: the streak as a running clock (h:mm:ss, named in words), progress
// toward the next rest break, the next micro-pause, the next water reminder and the daily limit
// when it is on (times left are rounded up, never down), and today's typing, breaks and glasses.

import type { Settings } from '@/utils/settings/settings';
import type { Status } from '@/utils/tracker/status';
import { formatDuration, formatExactDuration, formatStopwatch, formatTimeLeft, formatUnit } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { SECOND } from '@/utils/helpers/time';
import { ProgressBar, type Tone } from './ProgressBar';
import { i18n } from '@/utils/browser/i18n';

interface Props {
  status: Status;
  settings: Settings;
}

function breakTone(status: Status): Tone {
  if (status.breakDue) return 'danger';
  return status.breakNear && status.breakLeftMs === null ? 'warn' : 'calm';
}

/** Where the rest break stands: a break in progress, due, or the typing left before it. */
function breakLine(status: Status): string {
  if (status.breakLeftMs !== null) return i18n.t('status.onBreakLeft', { duration: formatTimeLeft(status.breakLeftMs, uiLanguage()) });
  if (status.breakDue) return i18n.t(status.quiet === null ? 'status.breakDue' : 'status.breakDueQuiet');
  return i18n.t('status.nextBreak', { duration: formatTimeLeft(status.breakRemainingMs, uiLanguage()) });
}

function waterLine(status: Status, settings: Settings): string {
  if (!settings.hydrationEnabled) return i18n.t('status.waterOff');
  if (status.waterDue) return i18n.t('status.waterDue');
  return i18n.t('status.nextWater', { duration: formatTimeLeft(status.waterRemainingMs, uiLanguage()) });
}

function microPauseLine(status: Status, settings: Settings): string {
  if (status.microPauseRemainingMs === null) return i18n.t('status.microOff');
  if (status.microPauseDue) return i18n.t('status.microDue', { duration: formatDuration(settings.microPauseLengthSec * SECOND, uiLanguage()) });
  return i18n.t('status.nextMicro', { duration: formatTimeLeft(status.microPauseRemainingMs, uiLanguage()) });
}

function dailyLimitLine(limit: NonNullable<Status['dailyLimit']>, settings: Settings): string {
  if (limit.reached) return i18n.t('status.limitReached', { duration: formatUnit(settings.dailyLimitHours, 'hour', uiLanguage()) });
  return i18n.t('status.limitLeft', { duration: formatTimeLeft(limit.remainingMs, uiLanguage()) });
}

export function StatusPanel({ status, settings }: Props) {
  const breakText = breakLine(status);
  return (
    <section class="card status" aria-labelledby="status-heading">
      <h2 id="status-heading" class="visually-hidden">
        {i18n.t('status.heading')}
      </h2>
      <div class="streak">
        <span class="streak-label muted">{i18n.t('status.currentStreak')}</span>
        <span class="streak-clock" role="timer" aria-label={i18n.t('status.currentStreakLabel', { duration: formatExactDuration(status.streakMs, uiLanguage()) })}>
          {formatStopwatch(status.streakMs, uiLanguage())}
        </span>
      </div>
      <ProgressBar
        value={status.breakProgress}
        tone={breakTone(status)}
        label={i18n.t('status.breakProgress', { duration: formatUnit(settings.breakAfterMin, 'minute', uiLanguage()) })}
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
          <dt>{i18n.t('status.typedToday')}</dt>
          <dd>{formatDuration(status.today.typingMs, uiLanguage())}</dd>
        </div>
        <div>
          <dt>{i18n.t('status.breaks')}</dt>
          <dd>{status.breaksTaken}</dd>
        </div>
        <div>
          <dt>{i18n.t('status.water')}</dt>
          <dd>
            {status.today.glasses}
            <span class="muted"> / {settings.waterGoalGlasses}</span>
            <span class="visually-hidden"> {i18n.t('status.glassesHidden')}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
