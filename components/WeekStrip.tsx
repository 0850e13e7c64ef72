// The popup's small picture of the last seven days of typing, linking to the history page.

import type { DayTotals } from '@/utils/days/day-totals';
import { formatDuration } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { i18n } from '@/utils/browser/i18n';

interface Props {
  days: readonly DayTotals[];
  onOpen: () => void;
}

export function WeekStrip({ days, onOpen }: Props) {
  const longest = Math.max(...days.map((totals) => totals.typingMs), 1);
  const total = days.reduce((sum, totals) => sum + totals.typingMs, 0);
  return (
    <button type="button" class="week-strip card" onClick={onOpen}>
      <span class="week-bars" aria-hidden="true">
        {days.map((totals) => (
          <span key={totals.day} style={{ height: `${Math.max(6, (totals.typingMs / longest) * 100)}%` }} class={totals.typingMs === 0 ? 'empty' : ''} />
        ))}
      </span>
      <span class="week-text">
        <strong>{i18n.t('popup.lastSevenDays')}</strong>
        <span class="muted">
          {i18n.t('popup.typed', { duration: formatDuration(total, uiLanguage()) })} <span aria-hidden="true">·</span> {i18n.t('popup.history')}{' '}
          <span aria-hidden="true">›</span>
        </span>
      </span>
    </button>
  );
}
