import { describe, expect, it } from 'vitest';
import { addTyping, allDays, averageOverDaysWithData, countedDays, countOnDay, daysWithData, firstCountedDay, HISTORY_DAYS, moveToDay, type History } from '@/utils/days/history';
import { emptyDay } from '@/utils/days/day-totals';
import { dayKeyBefore, localDayKey, HOUR, MINUTE, nextLocalMidnight } from '@/utils/helpers/time';
import { applyInput } from '@/utils/tracker/tracker';
import { dayWith, driveTracker, makeSettings, typeFor } from '../support/fixtures';

const EMPTY: History = { today: emptyDay(''), past: [] };

describe('history days in a time zone with daylight saving (TZ=Europe/Berlin)', () => {
  it('runs in the zone it claims', () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(-120);
  });

  it.each([
    ['spring forward', '2026-03-29', 23],
    ['fall back', '2026-10-25', 25],
    ['an ordinary day', '2026-11-23', 24],
  ])('%s: %s has %i hours', (_name, day, hours) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    const midnight = new Date(year, month - 1, date).getTime();
    expect(nextLocalMidnight(midnight) - midnight).toBe(hours * HOUR);
    const dayAfter = localDayKey(nextLocalMidnight(midnight));
    const history = addTyping(moveToDay(EMPTY, dayAfter), midnight - HOUR, nextLocalMidnight(midnight) + HOUR, 0);
    expect(history.past.map((totals) => [totals.day, totals.typingMs])).toEqual([
      [localDayKey(midnight - HOUR), HOUR],
      [day, hours * HOUR],
    ]);
    expect(history.today.typingMs).toBe(HOUR);
  });

  it('typing through the night of the clock change counts its real length', () => {
    const start = new Date(2026, 2, 29, 1, 30).getTime();
    const { state } = driveTracker(typeFor(start, HOUR, 250), start + HOUR + MINUTE, makeSettings());
    expect(state.history.today.day).toBe('2026-03-29');
    expect(state.history.today.typingMs).toBe(HOUR - 250 + 1000);
  });
});

describe('history retention', () => {
  it(`a 120-day run keeps exactly the last ${HISTORY_DAYS} days`, () => {
    let history = EMPTY;
    const days: string[] = [];
    for (let index = 0; index < 120; index += 1) {
      const at = new Date(2026, 0, 1 + index, 10).getTime();
      days.push(localDayKey(at));
      history = addTyping(moveToDay(history, localDayKey(at)), at, at + HOUR, HOUR);
    }
    const kept = [...history.past, history.today].map((totals) => totals.day);
    expect(kept).toEqual(days.slice(-HISTORY_DAYS));
    expect(kept[0]).toBe(dayKeyBefore(history.today.day, HISTORY_DAYS - 1));
  });

  it('days without activity leave no record; a jump removes nothing, the next calendar day prunes', () => {
    const drinkOn = (history: History, day: string) => countOnDay(moveToDay(history, day), day, 'glasses');
    let history = drinkOn(EMPTY, '2026-01-01');
    history = moveToDay(history, '2026-01-02');
    history = drinkOn(history, '2026-03-01');
    expect(history.past.map((totals) => totals.day)).toEqual(['2026-01-01']);
    history = drinkOn(history, '2026-04-05');
    expect(history.past.map((totals) => totals.day)).toEqual(['2026-01-01', '2026-03-01']);
    history = moveToDay(history, '2026-04-06');
    expect(history.past.map((totals) => totals.day)).toEqual(['2026-03-01', '2026-04-05']);
  });

  it('someone who uses the browser on Mondays, Wednesdays and Fridays keeps 90 days, not all of them', () => {
    let history = EMPTY;
    let day = '2026-01-05';
    for (let week = 0; week < 30; week += 1) {
      for (const step of [0, 2, 2]) {
        day = dayKeyBefore(day, -step);
        history = countOnDay(moveToDay(history, day), day, 'glasses');
      }
      day = dayKeyBefore(day, -3);
    }
    const kept = allDays(history).map((totals) => totals.day);
    expect(kept.length).toBeGreaterThan(30);
    expect((kept[0] as string) >= dayKeyBefore(history.today.day, HISTORY_DAYS)).toBe(true);
  });

  it('a late report for yesterday goes to yesterday, one older than the window is dropped', () => {
    let history = countOnDay(moveToDay(EMPTY, '2026-03-01'), '2026-03-01', 'glasses');
    history = moveToDay(history, '2026-03-02');
    history = countOnDay(history, '2026-03-02', 'glasses');
    history = countOnDay(history, '2026-03-01', 'nudgesShown');
    expect(history.past).toEqual([{ ...emptyDay('2026-03-01'), glasses: 1, nudgesShown: 1 }]);
    history = countOnDay(history, '2026-02-27', 'glasses');
    expect(history.past.map((totals) => totals.day)).toEqual(['2026-02-27', '2026-03-01']);
    expect(countOnDay(history, '2025-10-01', 'glasses')).toBe(history);
  });
});

describe('nudges ignored', () => {
  it('a break nudge typed on past for a minute counts as ignored, once', () => {
    const start = new Date(2026, 10, 23, 9).getTime();
    const { state } = driveTracker(typeFor(start, 40 * MINUTE, 500), start + 40 * MINUTE, makeSettings({ renudgeMin: 'off' }));
    expect(state.history.today.nudgesShown).toBeGreaterThanOrEqual(1);
    expect(state.history.today.nudgesIgnored).toBe(1);
  });

  it('a snoozed nudge is not ignored', () => {
    const start = new Date(2026, 10, 23, 9).getTime();
    const settings = makeSettings({ renudgeMin: 'off', hydrationEnabled: false });
    const nudged = driveTracker(typeFor(start, 32 * MINUTE, 500), start + 32 * MINUTE, settings).state;
    expect(nudged.history.today.nudgesShown).toBe(1);
    const snoozed = applyInput(nudged, { type: 'snooze' }, settings, start + 32 * MINUTE).state;
    const typedOn = driveTracker(typeFor(start + 33 * MINUTE, 5 * MINUTE, 500), start + 38 * MINUTE, settings, snoozed).state;
    expect(typedOn.history.today.nudgesIgnored).toBe(0);
  });
});

describe('the days the history page shows', () => {
  const NOV_25 = new Date(2026, 10, 25, 15).getTime();
  const installedOn23: History = { today: dayWith('2026-11-25', 30), past: [dayWith('2026-11-23', 60)] };

  it('begin on the first day Handrest counted: no zeros for the days before it, a day without a record after it stays', () => {
    expect(firstCountedDay(installedOn23, NOV_25)).toBe('2026-11-23');
    expect(countedDays(installedOn23, 7, NOV_25).map((totals) => [totals.day, totals.typingMs / MINUTE])).toEqual([
      ['2026-11-23', 60],
      ['2026-11-24', 0],
      ['2026-11-25', 30],
    ]);
  });

  it('are today alone before anything is counted, and after a clock set back left only days ahead', () => {
    expect(firstCountedDay(EMPTY, NOV_25)).toBe('2026-11-25');
    expect(countedDays({ today: emptyDay('2026-11-25'), past: [] }, 30, NOV_25).map((totals) => totals.day)).toEqual(['2026-11-25']);
    expect(firstCountedDay({ today: emptyDay('2026-11-25'), past: [dayWith('2026-11-28', 5)] }, NOV_25)).toBe('2026-11-25');
  });

  it('average over the days with data: a day without a record does not pull the average down', () => {
    const days = countedDays(installedOn23, 7, NOV_25);
    expect(averageOverDaysWithData(days, (totals) => totals.typingMs)).toBe(45 * MINUTE);
    expect(daysWithData(days).map((totals) => totals.day)).toEqual(['2026-11-23', '2026-11-25']);
    expect(averageOverDaysWithData([emptyDay('2026-11-25')], (totals) => totals.typingMs)).toBe(0);
  });
});
