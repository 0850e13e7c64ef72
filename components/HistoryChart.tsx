// Typing time per day as bars, with the breaks taken under each day. Drawn as plain SVG; the
// data table beside it carries the same figures for screen readers and keyboard users. In a
// right-to-left language the chart is mirrored: the scale on the right and time running leftwards.

import { breaksTaken } from '@/utils/days/day-totals';
import type { DayTotals } from '@/utils/days/day-totals';
import { formatDuration } from '@/utils/words/format';
import { dateOfDayKey, HOUR, MINUTE } from '@/utils/helpers/time';
import { uiLanguage } from '@/utils/browser/ui-language';
import { pluralText } from '@/utils/words/plural';
import { i18n } from '@/utils/browser/i18n';

interface Props {
  days: readonly DayTotals[];
  /** Describes the chart for assistive technology (the table has the figures). */
  title: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const PLOT = { left: 44, right: 8, top: 12, bottom: 52 };

/** A pleasant top for the scale: whole hours, or half an hour for short days. */
function scaleTop(days: readonly DayTotals[]): number {
  const longest = Math.max(...days.map((totals) => totals.typingMs), 0);
  if (longest <= 30 * MINUTE) return 30 * MINUTE;
  return Math.ceil(longest / HOUR) * HOUR;
}

/**
 * A day as the chart and the table name it: its short weekday and day of the month, in the UI
 * language, in the order its locale file gives (CLDR's own joined form reads "25 Wed" in English).
 */
export function dayLabel(day: string): string {
  const date = dateOfDayKey(day);
  const locale = uiLanguage();
  return i18n.t('chart.dayLabel', {
    weekday: new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(date),
    day: new Intl.NumberFormat(locale).format(date.getDate()),
  });
}

export function HistoryChart({ days, title }: Props) {
  const top = scaleTop(days);
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / Math.max(days.length, 1);
  const barWidth = Math.max(4, Math.min(44, slot * 0.6));
  const step = top <= HOUR ? top / 2 : HOUR * Math.ceil(top / HOUR / 4);
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, index) => index * step);
  const labelEvery = days.length > 10 ? 5 : 1;
  const y = (ms: number) => PLOT.top + plotHeight * (1 - ms / top);
  const rightToLeft = i18n.t('locale.dir') === 'rtl';
  /** A left-to-right x as this language draws it (text anchors follow the page's direction by themselves). */
  const x = (leftToRight: number) => (rightToLeft ? WIDTH - leftToRight : leftToRight);

  return (
    <svg class="history-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
      {ticks.map((tick) => (
        <g key={tick} class="chart-grid">
          <line x1={x(PLOT.left)} x2={x(WIDTH - PLOT.right)} y1={y(tick)} y2={y(tick)} />
          <text x={x(PLOT.left - 6)} y={y(tick) + 4} text-anchor="end">
            {tick === 0 ? new Intl.NumberFormat(uiLanguage()).format(0) : formatDuration(tick, uiLanguage())}
          </text>
        </g>
      ))}
      {days.map((totals, index) => {
        const centre = x(PLOT.left + slot * (index + 0.5));
        const height = plotHeight * (totals.typingMs / top);
        const breaks = breaksTaken(totals);
        const isLast = index === days.length - 1;
        return (
          <g key={totals.day} class={`chart-day ${isLast ? 'today' : ''}`}>
            <rect class="chart-bar" x={centre - barWidth / 2} y={y(0) - height} width={barWidth} height={height} rx={Math.min(4, barWidth / 3)} />
            {(index % labelEvery === 0 || isLast) && (
              <text class="chart-label" x={centre} y={HEIGHT - PLOT.bottom + 18} text-anchor="middle">
                {dayLabel(totals.day)}
              </text>
            )}
            {labelEvery === 1 && (
              <text class="chart-breaks" x={centre} y={HEIGHT - PLOT.bottom + 38} text-anchor="middle">
                {pluralText('history.breaksOnDay', breaks)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
