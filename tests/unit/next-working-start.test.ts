// When working hours next begin, from the working-hours setting and a clock passed in: later the
// same day, the next working day over a weekend and over the end of a week, past a day without
// hours, and on the wall clock through the days the clocks change (the unit tests run in Berlin).

import { describe, expect, it } from 'vitest';
import { nextWorkingStart } from '@/utils/settings/next-working-start';
import { defaultWorkingHours, type WeekHours } from '@/utils/settings/working-hours';
import { HOUR } from '@/utils/helpers/time';

/** A local time, month counted from 1. */
const at = (year: number, month: number, day: number, hour: number, minute = 0) => new Date(year, month - 1, day, hour, minute).getTime();
const hours = (from: number, to: number) => ({ start: from * 60, end: to * 60 });

describe('nextWorkingStart', () => {
  const workdays = defaultWorkingHours();

  it.each([
    ['before work on a Thursday: that morning', at(2026, 11, 26, 7, 30), at(2026, 11, 26, 9)],
    ['after work on a Thursday: Friday morning', at(2026, 11, 26, 18), at(2026, 11, 27, 9)],
    ['Friday evening: over the weekend to Monday', at(2026, 11, 27, 18), at(2026, 11, 30, 9)],
    ['Saturday, a day with no hours: Monday', at(2026, 11, 28, 12), at(2026, 11, 30, 9)],
    ['New Year’s Eve, a Thursday evening: into the next year', at(2026, 12, 31, 20), at(2027, 1, 1, 9)],
  ])('%s', (_, now, expected) => {
    expect(nextWorkingStart(workdays, now)).toBe(expected);
  });

  it('a day with two ranges: the afternoon one at lunch time', () => {
    const split: WeekHours = [[], [hours(9, 12), hours(13, 17)], [], [], [], [], []];
    expect(nextWorkingStart(split, at(2026, 11, 23, 12, 30))).toBe(at(2026, 11, 23, 13));
  });

  it('the only working day is today and has begun: the same day next week', () => {
    const mondays: WeekHours = [[], [hours(9, 12)], [], [], [], [], []];
    expect(nextWorkingStart(mondays, at(2026, 11, 23, 12, 30))).toBe(at(2026, 11, 30, 9));
  });

  it('a week without hours: never', () => {
    expect(nextWorkingStart([[], [], [], [], [], [], []], at(2026, 11, 23, 12))).toBeNull();
  });

  it.each([
    ['back (October): 64 hours', at(2026, 10, 23, 18), 64],
    ['forward (March): 62 hours', at(2026, 3, 27, 18), 62],
  ])('keeps the wall clock over a weekend the clocks go %s from Friday 18:00 to Monday 09:00', (_, fridayEvening, hoursAway) => {
    const start = nextWorkingStart(workdays, fridayEvening) as number;
    expect(new Date(start).getHours()).toBe(9);
    expect(new Date(start).getDay()).toBe(1);
    expect(start - fridayEvening).toBe(hoursAway * HOUR);
  });

  it('a start the clocks skip (02:30 on the last Sunday of March) comes an hour later, at 03:30', () => {
    const night: WeekHours = [[{ start: 2 * 60 + 30, end: 6 * 60 }], [], [], [], [], [], []];
    expect(new Date(nextWorkingStart(night, at(2026, 3, 28, 23)) as number).getHours()).toBe(3);
  });
});
