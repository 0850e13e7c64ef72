// The history as a table: the figures behind the chart, for reading and for assistive technology.

import { breaksTaken } from '@/utils/days/day-totals';
import type { DayTotals } from '@/utils/days/day-totals';
import { formatDuration } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { dayLabel } from './HistoryChart';
import { i18n } from '@/utils/browser/i18n';

export function HistoryTable({ days, caption }: { days: readonly DayTotals[]; caption: string }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table class="history-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('historyTable.day')}</th>
            <th scope="col">{i18n.t('historyTable.typing')}</th>
            <th scope="col">{i18n.t('historyTable.longestStreak')}</th>
            <th scope="col">{i18n.t('historyTable.breaks')}</th>
            <th scope="col">{i18n.t('historyTable.endedEarly')}</th>
            <th scope="col">{i18n.t('historyTable.breaksTypedThrough')}</th>
            <th scope="col">{i18n.t('historyTable.nudges')}</th>
            <th scope="col">{i18n.t('historyTable.snoozed')}</th>
            <th scope="col">{i18n.t('historyTable.ignored')}</th>
            <th scope="col">{i18n.t('historyTable.held')}</th>
            <th scope="col">{i18n.t('historyTable.water')}</th>
            <th scope="col">{i18n.t('historyTable.microAsked')}</th>
            <th scope="col">{i18n.t('historyTable.microTaken')}</th>
            <th scope="col">{i18n.t('historyTable.microSkipped')}</th>
            <th scope="col">{i18n.t('historyTable.microNatural')}</th>
            <th scope="col">{i18n.t('historyTable.dailyLimit')}</th>
          </tr>
        </thead>
        <tbody>
          {[...days].reverse().map((totals) => (
            <tr key={totals.day}>
              <th scope="row">{dayLabel(totals.day)}</th>
              <td>{formatDuration(totals.typingMs, uiLanguage())}</td>
              <td>{formatDuration(totals.longestStreakMs, uiLanguage())}</td>
              <td>{breaksTaken(totals)}</td>
              <td>{totals.breaksEndedEarly}</td>
              <td>{totals.breaksTypedThrough}</td>
              <td>{totals.nudgesShown}</td>
              <td>{totals.nudgesSnoozed}</td>
              <td>{totals.nudgesIgnored}</td>
              <td>{totals.nudgesHeld}</td>
              <td>{totals.glasses}</td>
              <td>{totals.microPausesPrompted}</td>
              <td>{totals.microPausesTaken}</td>
              <td>{totals.microPausesSkipped}</td>
              <td>{totals.microPausesNatural}</td>
              <td>{totals.dailyLimitReached > 0 ? i18n.t('historyTable.reached') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
