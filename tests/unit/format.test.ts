// Durations, clocks and times of day follow the locale: its unit words, its list joining, its
// 12- or 24-hour clock. Node has no Intl.DurationFormat, so this also covers the fallback.

import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, formatTimeOfDay, formatUnit } from '@/utils/words/format';
import { HOUR, MINUTE, SECOND } from '@/utils/helpers/time';

describe('formatDuration', () => {
  it.each([
    [0, '0 sec'],
    [45 * SECOND + 900, '45 sec'],
    [12 * MINUTE + 59 * SECOND, '12 min'],
    [HOUR, '1 hr'],
    [2 * HOUR + 5 * MINUTE, '2 hr, 5 min'],
    [-5 * SECOND, '0 sec'],
  ])('%i ms is "%s" in English', (ms, words) => {
    expect(formatDuration(ms, 'en')).toBe(words);
  });

  it('speaks the locale: German units, Russian without a comma, Japanese with its own units', () => {
    expect(formatDuration(2 * HOUR + 5 * MINUTE, 'de')).toBe('2 Std., 5 Min.');
    expect(formatDuration(2 * HOUR + 5 * MINUTE, 'ru')).toBe('2 ч 5 мин');
    expect(formatDuration(2 * HOUR + 5 * MINUTE, 'ja')).toBe('2 時間 5 分');
  });
});

describe('formatClock', () => {
  it('runs as m:ss, with minutes past 59', () => {
    expect(formatClock(0, 'en')).toBe('0:00');
    expect(formatClock(12 * MINUTE + 34 * SECOND + 999, 'en')).toBe('12:34');
    expect(formatClock(75 * MINUTE + 5 * SECOND, 'en')).toBe('75:05');
  });

  it('uses the locale’s digits', () => {
    expect(formatClock(3 * MINUTE + 7 * SECOND, 'ar-EG')).toBe('٣:٠٧');
  });
});

describe('formatTimeOfDay', () => {
  const fivepast2pm = new Date(2026, 10, 25, 14, 5).getTime();

  it('keeps the locale’s clock: 12-hour in American English, 24-hour in German and Japanese', () => {
    expect(formatTimeOfDay(fivepast2pm, 'en-US')).toBe('2:05 PM');
    expect(formatTimeOfDay(fivepast2pm, 'de')).toBe('14:05');
    expect(formatTimeOfDay(fivepast2pm, 'ja')).toBe('14:05');
  });
});

describe('formatUnit', () => {
  it('writes a whole number of a unit in the locale’s words', () => {
    expect(formatUnit(31, 'minute', 'en')).toBe('31 min');
    expect(formatUnit(31, 'minute', 'de')).toBe('31 Min.');
    expect(formatUnit(4, 'hour', 'en')).toBe('4 hr');
  });
});
