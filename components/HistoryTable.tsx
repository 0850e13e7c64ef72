// The history as a table: the figures behind the chart, for reading and for assistive technology.

import { breaksTaken, type DayTotals } from '@/utils/history';
import { formatDuration } from '@/utils/format';
import { dayLabel } from './HistoryChart';

export function HistoryTable({ days, caption }: { days: readonly DayTotals[]; caption: string }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table class="history-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Typing</th>
            <th scope="col">Longest streak</th>
            <th scope="col">Breaks</th>
            <th scope="col">Ended early</th>
            <th scope="col">Nudges</th>
            <th scope="col">Snoozed</th>
            <th scope="col">Ignored</th>
            <th scope="col">Held in quiet time</th>
            <th scope="col">Water</th>
            <th scope="col">Micro-pauses asked</th>
            <th scope="col">Taken when asked</th>
            <th scope="col">Typed through</th>
            <th scope="col">Taken unasked</th>
            <th scope="col">Daily limit</th>
          </tr>
        </thead>
        <tbody>
          {[...days].reverse().map((totals) => (
            <tr key={totals.day}>
              <th scope="row">{dayLabel(totals.day)}</th>
              <td>{formatDuration(totals.typingMs)}</td>
              <td>{formatDuration(totals.longestStreakMs)}</td>
              <td>{breaksTaken(totals)}</td>
              <td>{totals.breaksEndedEarly}</td>
              <td>{totals.nudgesShown}</td>
              <td>{totals.nudgesSnoozed}</td>
              <td>{totals.nudgesIgnored}</td>
              <td>{totals.nudgesHeld}</td>
              <td>{totals.glasses}</td>
              <td>{totals.microPausesPrompted}</td>
              <td>{totals.microPausesTaken}</td>
              <td>{totals.microPausesSkipped}</td>
              <td>{totals.microPausesNatural}</td>
              <td>{totals.dailyLimitReached > 0 ? 'Reached' : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
