// Durations, clocks and times of day follow the locale: its unit words, its list joining, its
// 12- or 24-hour clock. Node has no Intl.DurationFormat, so this also covers the fallback.

import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, formatExactDuration, formatStopwatch, formatTimeLeft, formatTimeOfDay, formatUnit, formatWeekdayTime } from '@/utils/words/format';
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

describe('formatTimeLeft', () => {
  it.each([
    [0, '0 sec'],
    [20 * SECOND + 200, '21 sec'],
    [30 * SECOND, '30 sec'],
    [59 * SECOND + 500, '1 min'],
    [MINUTE, '1 min'],
    [MINUTE + 1, '2 min'],
    [4 * MINUTE + 30 * SECOND, '5 min'],
    [14 * MINUTE + 59 * SECOND, '15 min'],
    [59 * MINUTE + 30 * SECOND, '1 hr'],
    [HOUR + 30 * SECOND, '1 hr, 1 min'],
    [-5 * SECOND, '0 sec'],
  ])('%i ms left is "%s", never rounded down', (ms, words) => {
    expect(formatTimeLeft(ms, 'en')).toBe(words);
  });

  it('a time gone by is still rounded down: 4 min 30 s typed is "4 min"', () => {
    expect(formatDuration(4 * MINUTE + 30 * SECOND, 'en')).toBe('4 min');
  });
});

describe('formatStopwatch', () => {
  it('always says hours, minutes and seconds, so that 12 min 34 s never reads as 12 hours 34 minutes', () => {
    expect(formatStopwatch(0, 'en')).toBe('0:00:00');
    expect(formatStopwatch(12 * MINUTE + 34 * SECOND + 999, 'en')).toBe('0:12:34');
    expect(formatStopwatch(75 * MINUTE + 5 * SECOND, 'en')).toBe('1:15:05');
    expect(formatStopwatch(-SECOND, 'en')).toBe('0:00:00');
  });

  it('uses the locale’s digits', () => {
    expect(formatStopwatch(3 * MINUTE + 7 * SECOND, 'ar-EG')).toBe('٠:٠٣:٠٧');
  });
});

describe('formatExactDuration', () => {
  it('says a clock aloud to the second, leaving out the units that are zero', () => {
    expect(formatExactDuration(12 * MINUTE + 34 * SECOND + 999, 'en')).toBe('12 min, 34 sec');
    expect(formatExactDuration(HOUR + 5 * SECOND, 'en')).toBe('1 hr, 5 sec');
    expect(formatExactDuration(HOUR, 'en')).toBe('1 hr');
    expect(formatExactDuration(0, 'en')).toBe('0 sec');
  });
});

describe('formatClock', () => {
  it('counts down as m:ss', () => {
    expect(formatClock(0, 'en')).toBe('0:00');
    expect(formatClock(4 * MINUTE + 5 * SECOND, 'en')).toBe('4:05');
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

describe('formatWeekdayTime', () => {
  const thursdayAt9 = new Date(2026, 10, 26, 9, 0).getTime();

  it('names the weekday and the time as the locale writes them', () => {
    expect(formatWeekdayTime(thursdayAt9, 'en-US')).toBe('Thu 9:00 AM');
    expect(formatWeekdayTime(thursdayAt9, 'en-GB')).toBe('Thu 09:00');
    expect(formatWeekdayTime(thursdayAt9, 'de')).toBe('Do., 09:00');
  });
});

describe('formatUnit', () => {
  it('writes a whole number of a unit in the locale’s words', () => {
    expect(formatUnit(31, 'minute', 'en')).toBe('31 min');
    expect(formatUnit(31, 'minute', 'de')).toBe('31 Min.');
    expect(formatUnit(4, 'hour', 'en')).toBe('4 hr');
  });
});
