// Typing time per day as bars, with the breaks taken under each day. Drawn as plain SVG; the
// data table beside it carries the same figures for screen readers and keyboard users. The scale
// leaves room for its longest label in the UI language, and the day labels stay inside the chart.
// Days before Handrest began counting are left blank, not drawn as zeros. In a right-to-left
// language the chart is mirrored: the scale on the right and time running leftwards.

import { breaksTaken } from '@/utils/days/day-totals';
import type { DayTotals } from '@/utils/days/day-totals';
import { formatDuration } from '@/utils/words/format';
import { dayLabel, namesMonth } from '@/utils/words/day-label';
import { textWidth } from '@/utils/words/text-width';
import { HOUR, MINUTE } from '@/utils/helpers/time';
import { uiLanguage } from '@/utils/browser/ui-language';
import { pluralText } from '@/utils/words/plural';
import { i18n } from '@/utils/browser/i18n';

interface Props {
  /** The days to draw, oldest first: the last ones of `slots`. */
  days: readonly DayTotals[];
  /** How many days the chart spans (7 or 30); the slots before the first day stay empty. */
  slots: number;
  /** Describes the chart for assistive technology (the table has the figures). */
  title: string;
}

const WIDTH = 640;
const HEIGHT = 240;
/** The chart's text size, in the chart's own units (it scales with the chart). */
const FONT = 12;
/** Between the scale's labels and the plot. */
const GAP = 6;
const PLOT = { right: 8, top: 12, bottom: 52 };

/**
 * The scale's marks from 0 to a pleasant top, each with its label in the UI language: quarter
 * hours up to half an hour, or half hours up to an hour, for short days; else at most five marks
 * a whole number of hours apart, the top one at or above the longest day.
 */
function scaleTicks(days: readonly DayTotals[]): { at: number; label: string }[] {
  const longest = Math.max(...days.map((totals) => totals.typingMs), 0);
  const hours = Math.ceil(longest / HOUR);
  const step = longest <= 30 * MINUTE ? 15 * MINUTE : longest <= HOUR ? 30 * MINUTE : Math.ceil(hours / 4) * HOUR;
  const top = Math.max(2 * step, Math.ceil(longest / step) * step);
  return Array.from({ length: top / step + 1 }, (_, index) => {
    const at = index * step;
    return { at, label: at === 0 ? new Intl.NumberFormat(uiLanguage()).format(0) : formatDuration(at, uiLanguage()) };
  });
}

/** The centre of a label `width` wide near `centre`, moved in so that none of it falls outside the chart. */
const inside = (centre: number, width: number) => Math.min(Math.max(centre, width / 2), WIDTH - width / 2);

export function HistoryChart({ days, slots, title }: Props) {
  const ticks = scaleTicks(days);
  const top = (ticks.at(-1) as { at: number }).at;
  const left = Math.max(...ticks.map((tick) => textWidth(tick.label, FONT))) + 2 * GAP;
  const plotWidth = WIDTH - left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / Math.max(slots, 1);
  const firstSlot = slots - days.length;
  const barWidth = Math.max(4, Math.min(44, slot * 0.6));
  const labelEvery = slots > 10 ? 5 : 1;
  /** The days labelled: every one, or every fifth counted back from today, which always is. */
  const labelled = days.filter((_, index) => (days.length - 1 - index) % labelEvery === 0).map((totals) => totals.day);
  const withMonth = new Map(namesMonth(labelled).map((named, index) => [labelled[index], named]));
  const y = (ms: number) => PLOT.top + plotHeight * (1 - ms / top);
  const rightToLeft = i18n.t('locale.dir') === 'rtl';
  /** A left-to-right x as this language draws it (text anchors follow the page's direction by themselves). */
  const x = (leftToRight: number) => (rightToLeft ? WIDTH - leftToRight : leftToRight);

  return (
    <svg class="history-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} font-size={FONT}>
      {ticks.map((tick) => (
        <g key={tick.at} class="chart-grid">
          <line x1={x(left)} x2={x(WIDTH - PLOT.right)} y1={y(tick.at)} y2={y(tick.at)} />
          <text x={x(left - GAP)} y={y(tick.at) + 4} text-anchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      {days.map((totals, index) => {
        const centre = x(left + slot * (firstSlot + index + 0.5));
        const height = plotHeight * (totals.typingMs / top);
        const named = withMonth.get(totals.day);
        const label = named === undefined ? null : dayLabel(totals.day, named);
        const breaks = pluralText('history.breaksOnDay', breaksTaken(totals));
        return (
          <g key={totals.day} class={`chart-day ${index === days.length - 1 ? 'today' : ''}`}>
            <rect class="chart-bar" x={centre - barWidth / 2} y={y(0) - height} width={barWidth} height={height} rx={Math.min(4, barWidth / 3)} />
            {label !== null && (
              <text class="chart-label" x={inside(centre, textWidth(label, FONT))} y={HEIGHT - PLOT.bottom + 18} text-anchor="middle">
                {label}
              </text>
            )}
            {labelEvery === 1 && (
              <text class="chart-breaks" x={inside(centre, textWidth(breaks, FONT))} y={HEIGHT - PLOT.bottom + 38} text-anchor="middle">
                {breaks}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
