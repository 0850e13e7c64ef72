// The popup's live status: the streak as a running clock (h:mm:ss, named in words), progress
// toward the next rest break, the next micro-pause, the next water reminder and the daily limit
// when it is on (times left are rounded up, never down), with Snooze on the line of the nudge
// that is due, and today's typing, breaks and glasses. A micro-pause due has its own card
// (MicroPauseCard), and for its few seconds the panel says only the streak, the next break and
// what else is due; while a rest break is due, the next micro-pause is left unsaid.

import type { Settings } from '@/utils/settings/settings';
import type { Status } from '@/utils/tracker/status';
import { formatDuration, formatExactDuration, formatStopwatch, formatTimeLeft, formatUnit } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { ProgressBar, type Tone } from './ProgressBar';
import { i18n } from '@/utils/browser/i18n';
import { snoozeText } from '@/utils/words/held-text';
import type { ComponentChild } from 'preact';

interface Props {
  status: Status;
  settings: Settings;
  onSnooze: () => void;
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

/** The next micro-pause; one that is due has a card of its own, and a break due comes first. */
function microPauseLine(status: Status): string {
  if (status.microPauseRemainingMs === null) return i18n.t('status.microOff');
  return i18n.t('status.nextMicro', { duration: formatTimeLeft(status.microPauseRemainingMs, uiLanguage()) });
}

function dailyLimitLine(limit: NonNullable<Status['dailyLimit']>, settings: Settings): string {
  if (limit.reached) return i18n.t('status.limitReached', { duration: formatUnit(settings.dailyLimitHours, 'hour', uiLanguage()) });
  return i18n.t('status.limitLeft', { duration: formatTimeLeft(limit.remainingMs, uiLanguage()) });
}

/** Whether Snooze means anything now: a break or water nudge is due, nothing holds it already, and no break is on. */
const canSnooze = (status: Status) =>
  status.breakSession === null && (status.breakDue || status.waterDue) && !status.paused && !status.snoozed && status.quiet === null;

/** A line of the status; the one that says a nudge is due carries the Snooze button. */
function StatusLine({ tone, text, snooze }: { tone: string; text: string; snooze?: ComponentChild }) {
  return (
    <div class={`status-line ${tone}`}>
      <p>{text}</p>
      {snooze}
    </div>
  );
}

export function StatusPanel({ status, settings, onSnooze }: Props) {
  const breakText = breakLine(status);
  const snooze = canSnooze(status) && (
    <button type="button" class="button quiet snooze" onClick={onSnooze}>
      {snoozeText(settings)}
    </button>
  );
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
      <div class="status-lines">
        <StatusLine tone={status.breakDue ? 'due' : ''} text={breakText} snooze={status.breakDue && snooze} />
        {!status.breakDue && !status.microPauseDue && <StatusLine tone="muted" text={microPauseLine(status)} />}
        {(status.waterDue || !status.microPauseDue) && (
          <StatusLine tone={status.waterDue ? 'water-due' : 'muted'} text={waterLine(status, settings)} snooze={!status.breakDue && snooze} />
        )}
        {status.dailyLimit !== null && (status.dailyLimit.reached || !status.microPauseDue) && (
          <StatusLine tone={status.dailyLimit.reached ? 'limit-reached' : 'muted'} text={dailyLimitLine(status.dailyLimit, settings)} />
        )}
      </div>
      {!status.microPauseDue && (
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
      )}
    </section>
  );
}
