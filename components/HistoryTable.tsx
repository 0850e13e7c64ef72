// The history as a table: the figures behind the chart, for reading and for assistive technology.
// A few plain columns; the others on demand ("More details"), and each heading explained under the
// table (and to screen readers, as the heading's description). The columns are day-columns.ts's;
// the days of all computers together have only the columns a computer's summary carries, all shown.

import { useState } from 'preact/hooks';
import type { DayTotals } from '@/utils/days/day-totals';
import { DAY_COLUMNS } from '@/utils/days/day-columns';
import { cellText, columnHeading, columnHelp } from '@/utils/words/day-column-text';
import { dayLabel, namesMonth } from '@/utils/words/day-label';
import { i18n } from '@/utils/browser/i18n';

const helpId = (id: string) => `column-help-${id}`;

interface Props {
  days: readonly DayTotals[];
  caption: string;
  /** The only columns the days have (by id), or null for all of them. */
  only?: ReadonlySet<string> | null;
}

export function HistoryTable({ days, caption, only = null }: Props) {
  const [details, setDetails] = useState(false);
  const columns = DAY_COLUMNS.filter((column) => (only === null ? details || column.plain : only.has(column.id)));
  const newestFirst = [...days].reverse();
  const withMonth = namesMonth(newestFirst.map((totals) => totals.day));
  return (
    <div class="history-figures">
      {only === null && (
        <div class="table-tools">
          <button type="button" class="button" aria-pressed={details} aria-controls="history-table" onClick={() => setDetails(!details)}>
            {i18n.t('historyTable.moreDetails')}
          </button>
        </div>
      )}
      <div class="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table id="history-table" class="history-table">
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('historyTable.day')}</th>
              {columns.map((column) => (
                <th key={column.id} scope="col" aria-describedby={helpId(column.id)}>
                  {columnHeading(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((totals, index) => (
              <tr key={totals.day}>
                <th scope="row">{dayLabel(totals.day, withMonth[index] === true)}</th>
                {columns.map((column) => (
                  <td key={column.id}>{cellText(column, totals)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section class="column-help" aria-labelledby="column-help-heading">
        <h3 id="column-help-heading">{i18n.t('historyTable.helpHeading')}</h3>
        <dl>
          {columns.map((column) => (
            <div key={column.id}>
              <dt>{columnHeading(column)}</dt>
              <dd id={helpId(column.id)}>{columnHelp(column)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
