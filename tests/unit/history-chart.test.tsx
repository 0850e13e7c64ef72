// The history chart and its day labels: the scale's labels fit beside the plot in every language
// (an SVG cuts off what does not fit), the day labels stay inside the chart, the month is named
// where it changes, the scale reaches above the longest day, and the days before the first one
// counted stay blank.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { HistoryChart } from '@/components/HistoryChart';
import { dayLabel, namesMonth } from '@/utils/words/day-label';
import { textWidth } from '@/utils/words/text-width';
import { dayKeyBefore } from '@/utils/helpers/time';
import { speak } from '../support/locale-messages';
import { dayWith } from '../support/fixtures';

afterEach(cleanup);

const WIDTH = 640;
/** Seven days up to Friday 4 December 2026, the longest 9 hours 40 minutes (a scale up to 10 hours). */
const ACROSS_MONTHS = Array.from({ length: 7 }, (_, index) => dayWith(dayKeyBefore('2026-12-04', 6 - index), index === 3 ? 580 : 60));

/** Each text of the chart with where it starts and ends, as the chart's text anchors place it. */
function textsOf(container: Element, rightToLeft: boolean) {
  return Array.from(container.querySelectorAll('text'), (text) => {
    const x = Number(text.getAttribute('x'));
    const width = textWidth(text.textContent ?? '', 12);
    const anchor = text.getAttribute('text-anchor');
    // "end" is the left edge of right-to-left text and the right edge of left-to-right text.
    const start = anchor === 'middle' ? x - width / 2 : anchor === 'end' && !rightToLeft ? x - width : x;
    const end = anchor === 'middle' ? x + width / 2 : anchor === 'end' && rightToLeft ? x + width : x;
    return { text: text.textContent, start, end };
  });
}

describe('the history chart', () => {
  it.each([
    ['en', 'en-US', false],
    ['de', 'de', false],
    ['ar', 'ar', true],
  ])('in %s, every label lies inside the chart, the scale\u2019s beside the plot', async (locale, language, rightToLeft) => {
    await speak(locale, language);
    const { container } = render(<HistoryChart days={ACROSS_MONTHS} slots={7} title="chart" />);
    const texts = textsOf(container, rightToLeft);
    expect(texts.length).toBeGreaterThan(14);
    for (const text of texts) {
      expect(text.start, String(text.text)).toBeGreaterThanOrEqual(0);
      expect(text.end, String(text.text)).toBeLessThanOrEqual(WIDTH);
    }
    const plotEdge = Number(container.querySelector('.chart-grid line')?.getAttribute('x1'));
    for (const scale of textsOf(container, rightToLeft).slice(0, container.querySelectorAll('.chart-grid').length)) {
      if (rightToLeft) expect(scale.start).toBeGreaterThan(plotEdge);
      else expect(scale.end).toBeLessThan(plotEdge);
    }
  });

  it.each([
    [25, ['0', '15 min', '30 min']],
    [50, ['0', '30 min', '1 hr']],
    [280, ['0', '2 hr', '4 hr', '6 hr']],
    [580, ['0', '3 hr', '6 hr', '9 hr', '12 hr']],
  ])('draws its scale up to a mark at or above the longest day (%i min)', async (minutes, labels) => {
    await speak('en', 'en-US');
    const { container } = render(<HistoryChart days={[dayWith('2026-12-04', minutes)]} slots={7} title="chart" />);
    expect(Array.from(container.querySelectorAll('.chart-grid text'), (label) => label.textContent)).toEqual(labels);
    const topLine = Math.min(...Array.from(container.querySelectorAll('.chart-grid line'), (line) => Number(line.getAttribute('y1'))));
    expect(Number(container.querySelector('.chart-bar')?.getAttribute('y'))).toBeGreaterThanOrEqual(topLine);
  });

  it('names the month on the first day and where it changes', async () => {
    await speak('en', 'en-US');
    const { container } = render(<HistoryChart days={ACROSS_MONTHS} slots={7} title="chart" />);
    expect(Array.from(container.querySelectorAll('.chart-label'), (label) => label.textContent)).toEqual([
      'Sat, Nov 28',
      'Sun 29',
      'Mon 30',
      'Tue, Dec 1',
      'Wed 2',
      'Thu 3',
      'Fri 4',
    ]);
  });

  it('leaves the days before the first one counted blank: three days of seven fill the last three slots', async () => {
    await speak('en', 'en-US');
    const { container } = render(<HistoryChart days={ACROSS_MONTHS.slice(-3)} slots={7} title="chart" />);
    const bars = Array.from(container.querySelectorAll('.chart-bar'), (bar) => Number(bar.getAttribute('x')));
    expect(bars).toHaveLength(3);
    expect(Math.min(...bars)).toBeGreaterThan(WIDTH / 2);
    expect(container.querySelectorAll('.chart-label')).toHaveLength(3);
  });
});

describe('day labels', () => {
  it('name the month as the locale writes a date, and leave it out as the locale file joins a weekday and a day', async () => {
    await speak('de');
    expect(dayLabel('2026-12-01', true)).toBe('Di., 1. Dez.');
    expect(dayLabel('2026-12-02', false)).toMatch(/^Mi\.? 2\.$/);
    await speak('ja');
    expect([dayLabel('2026-12-01', true), dayLabel('2026-12-02', false)]).toEqual(['12月1日(火)', '2日(水)']);
  });

  it('name the month on the first of a run and where the month changes, in either direction', () => {
    expect(namesMonth(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02'])).toEqual([true, false, true, false]);
    expect(namesMonth(['2026-12-01', '2026-11-30', '2026-11-29'])).toEqual([true, true, false]);
    expect(namesMonth([])).toEqual([]);
  });
});

describe('text width', () => {
  it('takes a CJK character as a full em and others as less', () => {
    expect(textWidth('時間', 10)).toBe(20);
    expect(textWidth('10 Std.', 10)).toBeCloseTo(44.8);
  });
});
