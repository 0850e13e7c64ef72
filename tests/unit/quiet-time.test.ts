// Quiet time, from the rules up: which signals make it, which reason wins when several apply,
// working hours across midnight and clock changes (this project runs in Europe/Berlin), and what
// becomes of the nudges that fall due in it: held and counted once, offered once at the first
// typing pause after it ends with how long typing went on past the break, dropped with the
// streak they belong to, and micro-pauses skipped.
import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/utils/tracker/badge';
import { badgeWords } from '@/utils/words/badge-words';
import { callTab, followQuiet, INITIAL_QUIET_STATE, quietReasonAt, type QuietState, type TabSignal } from '@/utils/breaks/quiet-time';
import { defaultWorkingHours, formatRanges, isWithinWorkingHours, parseRanges, weekdaysInOrder, type TimeRange, type WeekHours } from '@/utils/settings/working-hours';
import { validateSetting } from '@/utils/settings/validate-settings';
import { KNOWN_CALL_SITES } from '@/utils/settings/settings';
import { HOUR, MINUTE, SECOND } from '@/utils/helpers/time';
import { makeSettings, makeTrackerState, streakState, typeFor } from '../support/fixtures';
import { SimulatedBackground } from '../support/simulated-background';

/** A Monday, 10:00 local time. */
const T0 = new Date(2026, 10, 23, 10, 0).getTime();
const at = (year: number, month: number, day: number, hour: number, minute = 0) => new Date(year, month - 1, day, hour, minute).getTime();

const tab = (overrides: Partial<TabSignal>): TabSignal => ({ audible: false, usingMedia: false, host: null, ...overrides });
const quietState = (overrides: Partial<QuietState>): QuietState => ({ ...INITIAL_QUIET_STATE, ...overrides });
const NO_HOURS = { workingHoursEnabled: false, workingHours: defaultWorkingHours() };
const WORK_HOURS = { workingHoursEnabled: true, workingHours: defaultWorkingHours() };

describe('signals of a call', () => {
  it.each([
    ['a tab using the camera, microphone or screen, on any site', [tab({ usingMedia: true, host: 'example.org' })], 'example.org'],
    ['an audible tab on a listed call site', [tab({ audible: true, host: 'meet.google.com' })], 'meet.google.com'],
    ['an audible tab on a subdomain of one', [tab({ audible: true, host: 'us02web.zoom.us' })], 'us02web.zoom.us'],
    ['the sharing tab before an audible call site', [tab({ audible: true, host: 'teams.microsoft.com' }), tab({ usingMedia: true, host: 'whereby.com' })], 'whereby.com'],
  ])('%s makes a call', (_name, tabs, host) => {
    expect(callTab(tabs, KNOWN_CALL_SITES)?.host).toBe(host);
  });

  it.each([
    ['a silent tab on a call site', [tab({ host: 'meet.google.com' })]],
    ['an audible tab elsewhere', [tab({ audible: true, host: 'www.youtube.com' })]],
    ['a look-alike host', [tab({ audible: true, host: 'notzoom.us' })]],
    ['no tabs', []],
  ])('%s is no call', (_name, tabs) => {
    expect(callTab(tabs, KNOWN_CALL_SITES)).toBeNull();
  });

  it('the call sites are the user’s list: a site taken off it no longer makes a call', () => {
    const meet = [tab({ audible: true, host: 'meet.google.com' })];
    expect(callTab(meet, KNOWN_CALL_SITES.filter((site) => site !== 'meet.google.com'))).toBeNull();
    expect(callTab([tab({ audible: true, host: 'calls.example.com' })], ['example.com'])?.host).toBe('calls.example.com');
  });
});

describe('which reason applies', () => {
  const evening = at(2026, 11, 23, 20);
  it('an announced meeting comes first, then a call, then fullscreen, then being outside working hours', () => {
    const all = quietState({ meetingUntil: evening + HOUR, inCall: true, fullscreen: true });
    expect(quietReasonAt(all, WORK_HOURS, evening)).toEqual({ kind: 'meeting', until: evening + HOUR });
    expect(quietReasonAt({ ...all, meetingUntil: null }, WORK_HOURS, evening)).toEqual({ kind: 'call' });
    expect(quietReasonAt({ ...all, meetingUntil: null, inCall: false }, WORK_HOURS, evening)).toEqual({ kind: 'fullscreen' });
    expect(quietReasonAt(INITIAL_QUIET_STATE, WORK_HOURS, evening)).toEqual({ kind: 'off-hours' });
    expect(quietReasonAt(INITIAL_QUIET_STATE, NO_HOURS, evening)).toBeNull();
  });

  it('a meeting ends by itself at its end', () => {
    const meeting = quietState({ meetingUntil: T0 + 30 * MINUTE });
    expect(quietReasonAt(meeting, NO_HOURS, T0 + 30 * MINUTE - 1)?.kind).toBe('meeting');
    expect(quietReasonAt(meeting, NO_HOURS, T0 + 30 * MINUTE)).toBeNull();
  });

  it('notes when quiet time began and ended, and keeps the same state while nothing changes', () => {
    const began = followQuiet(INITIAL_QUIET_STATE, true, T0);
    expect(began.since).toBe(T0);
    expect(followQuiet(began, true, T0 + MINUTE)).toBe(began);
    expect(followQuiet(began, false, T0 + 2 * MINUTE)).toMatchObject({ since: null, endedAt: T0 + 2 * MINUTE });
  });
});

describe('working hours', () => {
  const week = (day: number, text: string): WeekHours => {
    const hours: WeekHours = [[], [], [], [], [], [], []];
    const parsed = parseRanges(text);
    if (!parsed.ok) throw new Error(`bad ranges ${text}`);
    hours[day] = parsed.value;
    return hours;
  };

  it('00:00–24:00 is the whole day, as the page writes it, and nothing of the next', () => {
    const monday = week(1, '00:00–24:00');
    expect(formatRanges(monday[1] as TimeRange[])).toBe('00:00–24:00');
    for (const [hour, minute] of [[0, 0], [12, 0], [23, 59]] as const) expect(isWithinWorkingHours(monday, at(2026, 11, 23, hour, minute))).toBe(true);
    expect(isWithinWorkingHours(monday, at(2026, 11, 24, 0, 30))).toBe(false);
    expect(validateSetting('workingHours', monday)).toEqual({ ok: true, value: monday });
  });

  it('a range includes its start and excludes its end', () => {
    const hours = defaultWorkingHours();
    expect(isWithinWorkingHours(hours, at(2026, 11, 23, 8, 59))).toBe(false);
    expect(isWithinWorkingHours(hours, at(2026, 11, 23, 9, 0))).toBe(true);
    expect(isWithinWorkingHours(hours, at(2026, 11, 23, 17, 29))).toBe(true);
    expect(isWithinWorkingHours(hours, at(2026, 11, 23, 17, 30))).toBe(false);
    expect(isWithinWorkingHours(hours, at(2026, 11, 28, 10, 0))).toBe(false);
  });

  it('a range past midnight runs into the next day, whatever that day has', () => {
    const friday = week(5, '22:00–02:00');
    expect(isWithinWorkingHours(friday, at(2026, 11, 27, 21, 59))).toBe(false);
    expect(isWithinWorkingHours(friday, at(2026, 11, 27, 23, 30))).toBe(true);
    expect(isWithinWorkingHours(friday, at(2026, 11, 28, 1, 59))).toBe(true);
    expect(isWithinWorkingHours(friday, at(2026, 11, 28, 2, 0))).toBe(false);
    const sunday = week(0, '23:00–01:00');
    expect(isWithinWorkingHours(sunday, at(2026, 11, 30, 0, 30))).toBe(true);
  });

  it('keeps to the wall clock on the night clocks go forward: 22:00–06:00 lasts 7 hours', () => {
    const saturday = week(6, '22:00–06:00');
    const start = at(2026, 3, 28, 22, 0);
    let insideMs = 0;
    for (let time = start - HOUR; time < start + 10 * HOUR; time += MINUTE) insideMs += isWithinWorkingHours(saturday, time) ? MINUTE : 0;
    expect(insideMs).toBe(7 * HOUR);
    expect(isWithinWorkingHours(saturday, at(2026, 3, 29, 5, 59))).toBe(true);
    expect(isWithinWorkingHours(saturday, at(2026, 3, 29, 6, 0))).toBe(false);
  });

  it('keeps to the wall clock on the night clocks go back: both 02:30s lie in 01:00–04:00, which lasts 4 hours', () => {
    const sunday = week(0, '01:00–04:00');
    const firstHalfPastTwo = at(2026, 10, 25, 2, 30);
    expect(new Date(firstHalfPastTwo + HOUR).getHours()).toBe(2);
    expect(isWithinWorkingHours(sunday, firstHalfPastTwo)).toBe(true);
    expect(isWithinWorkingHours(sunday, firstHalfPastTwo + HOUR)).toBe(true);
    let insideMs = 0;
    for (let time = at(2026, 10, 25, 0, 0); time < at(2026, 10, 25, 6, 0); time += MINUTE) insideMs += isWithinWorkingHours(sunday, time) ? MINUTE : 0;
    expect(insideMs).toBe(4 * HOUR);
  });

  it('lists the week from the day the locale’s calendar starts it', () => {
    expect(weekdaysInOrder('de')).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(weekdaysInOrder('en-US')).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdaysInOrder('ar')).toEqual([6, 0, 1, 2, 3, 4, 5]);
  });

  it('reads and writes a day’s ranges', () => {
    expect(parseRanges(' 13:30-18:00 , 9:00–12:30 ')).toEqual({ ok: true, value: [{ start: 540, end: 750 }, { start: 810, end: 1080 }] });
    expect(formatRanges([{ start: 540, end: 750 }, { start: 1320, end: 0 }])).toBe('09:00–12:30, 22:00–24:00');
    expect(parseRanges('22:00–24:00')).toEqual({ ok: true, value: [{ start: 1320, end: 0 }] });
    expect(parseRanges('')).toEqual({ ok: true, value: [] });
    for (const [text, keyboard] of [['٠٩:٠٠–١٢:٣٠، ١٣:٣٠–١٨:٠٠', 'Arabic'], ['０９：００〜１２：３０、１３：３０～１８：００', 'Japanese'], ['09:00-12:30，13:30-18:00', 'Chinese']]) {
      expect(parseRanges(text as string), keyboard).toEqual({ ok: true, value: [{ start: 540, end: 750 }, { start: 810, end: 1080 }] });
    }
    for (const bad of ['25:00–26:00', '9–9', '09:00–09:00', '09:00', '09:00–10:00–11:00', '9:60–10:00']) {
      expect(parseRanges(bad).ok, bad).toBe(false);
    }
  });
});

describe('nudges in quiet time', () => {
  const settings = makeSettings({ breakAfterMin: 30, renudgeMin: 5, hydrationEnabled: false, microPauseAfterMin: 'off' });
  /** A streak 29 min in at T0, then a meeting announced for `meetingMin`, typing on for 25 min of it. */
  function typedThroughAMeeting(meetingMin = 30) {
    const background = new SimulatedBackground(settings, makeTrackerState({ typing: streakState(29 * MINUTE, T0) }));
    background.apply({ type: 'meeting', until: T0 + meetingMin * MINUTE }, T0);
    background.type(typeFor(T0 + SECOND, 25 * MINUTE, 400));
    return background;
  }

  it('a break nudge due in a meeting is not shown, is counted once as held, and the badge shows the quiet mark', () => {
    const background = typedThroughAMeeting();
    background.tick(T0 + 25 * MINUTE + 5 * SECOND, T0 + 29 * MINUTE);
    expect(background.shown).toEqual([]);
    expect(background.state.history.today.nudgesHeld).toBe(1);
    const status = background.popup(T0 + 29 * MINUTE);
    expect(status).toMatchObject({ breakDue: true, quiet: { kind: 'meeting', until: T0 + 30 * MINUTE } });
    expect(badgeFor(status, settings, badgeWords())).toEqual({ text: 'zz', color: expect.any(String) });
  });

  it('when quiet time ends, the held break nudge comes once, at the first typing pause, saying how long typing went past it', () => {
    const background = typedThroughAMeeting();
    background.type(typeFor(T0 + 25 * MINUTE + SECOND, MINUTE, 400));
    background.apply({ type: 'end-meeting' }, T0 + 26 * MINUTE + 3 * SECOND);
    expect(background.shown).toEqual([]);
    background.type(typeFor(T0 + 26 * MINUTE + 4 * SECOND, 20 * SECOND, 400));
    expect(background.shown).toEqual([]);
    const lastKey = background.state.typing.lastActivityAt as number;
    background.tick(lastKey + 10 * SECOND, lastKey + 4 * MINUTE);
    expect(background.shown).toHaveLength(1);
    const [nudge] = background.shown;
    expect(nudge?.kind).toBe('break');
    expect(nudge?.at).toBeGreaterThan(lastKey);
    expect(nudge?.typedThroughMs).toBeGreaterThanOrEqual(24 * MINUTE);
    expect(nudge?.typedThroughMs).toBeLessThanOrEqual(27 * MINUTE);
    expect(background.state.nudges.break.stage).toBe('shown');
  });

  it('holds no nudge longer than the break it belongs to: a rest during quiet time drops it', () => {
    const background = typedThroughAMeeting(40);
    const lastKey = background.state.typing.lastActivityAt as number;
    background.tick(lastKey + 30 * SECOND, lastKey + settings.breakLengthMin * MINUTE + MINUTE);
    expect(background.state.nudges.break).toEqual({ stage: 'counting' });
    background.apply({ type: 'end-meeting' }, lastKey + 7 * MINUTE);
    background.type(typeFor(lastKey + 7 * MINUTE, 2 * MINUTE, 400));
    background.tick(lastKey + 10 * MINUTE, lastKey + 12 * MINUTE);
    expect(background.shown).toEqual([]);
  });

  it('a meeting that runs out ends quiet time by itself, and the wake-up is set for its end', () => {
    const background = typedThroughAMeeting();
    const result = background.apply({ type: 'tick' }, T0 + 25 * MINUTE + 10 * SECOND);
    expect(result.nextCheckAt).toBeLessThanOrEqual(T0 + 30 * MINUTE);
    background.type(typeFor(T0 + 29 * MINUTE, 2 * MINUTE, 400));
    background.tick(T0 + 31 * MINUTE + 10 * SECOND, T0 + 33 * MINUTE);
    expect(background.shown.map((nudge) => nudge.kind)).toEqual(['break']);
    expect(background.state.quiet).toMatchObject({ since: null, endedAt: T0 + 30 * MINUTE });
  });

  it('a micro-pause due in quiet time is skipped, counted as held, and the next one comes an interval later', () => {
    const micro = makeSettings({ breakAfterMin: 180, hydrationEnabled: false, microPauseAfterMin: 10 });
    const background = new SimulatedBackground(micro);
    background.apply({ type: 'meeting', until: T0 + HOUR }, T0);
    background.type(typeFor(T0, 12 * MINUTE, 400));
    background.tick(T0 + 12 * MINUTE, T0 + 13 * MINUTE);
    expect(background.state.history.today.nudgesHeld).toBe(1);
    background.apply({ type: 'end-meeting' }, T0 + 13 * MINUTE);
    background.type(typeFor(T0 + 13 * MINUTE, 5 * MINUTE, 400));
    expect(background.shown).toEqual([]);
    background.type(typeFor(T0 + 18 * MINUTE, 6 * MINUTE, 400));
    background.tick(T0 + 24 * MINUTE, T0 + 25 * MINUTE);
    expect(background.shown.map((nudge) => nudge.kind)).toEqual(['micro']);
  });

  it('a water nudge is held in a call and comes after it', () => {
    const water = makeSettings({ breakAfterMin: 180, microPauseAfterMin: 'off', hydrationIntervalMin: 15 });
    const background = new SimulatedBackground(water);
    background.apply({ type: 'tick', signals: { inCall: true, fullscreen: false } }, T0);
    background.type(typeFor(T0, 16 * MINUTE, 400));
    background.tick(T0 + 16 * MINUTE, T0 + 17 * MINUTE);
    expect(background.shown).toEqual([]);
    expect(background.state.history.today.nudgesHeld).toBe(1);
    background.apply({ type: 'tick', signals: { inCall: false, fullscreen: false } }, T0 + 17 * MINUTE);
    background.type(typeFor(T0 + 17 * MINUTE, 10 * SECOND, 400));
    background.tick(T0 + 17 * MINUTE + 20 * SECOND, T0 + 18 * MINUTE);
    expect(background.shown.map((nudge) => nudge.kind)).toEqual(['hydration']);
  });

  it('outside working hours nothing nudges, typing still counts, and the badge says nudges are off, then shows the streak minutes on grey', () => {
    const evening = at(2026, 11, 23, 19);
    const background = new SimulatedBackground(makeSettings({ ...WORK_HOURS, breakAfterMin: 10, dailyLimitEnabled: true, dailyLimitHours: 1 }));
    expect(badgeFor(background.popup(evening), background.settings, badgeWords())).toEqual({ text: 'off', color: '#5f6368' });
    background.type(typeFor(evening, 15 * MINUTE, 400));
    background.tick(evening + 15 * MINUTE, evening + 17 * MINUTE);
    expect(background.shown).toEqual([]);
    expect(background.state.history.today.typingMs).toBeGreaterThan(14 * MINUTE);
    expect(badgeFor(background.popup(evening + 17 * MINUTE), background.settings, badgeWords())).toEqual({ text: '15', color: '#5f6368' });
  });

  it('a pause shows the pause mark over quiet time; a break in progress keeps quiet time moving', () => {
    const background = new SimulatedBackground(settings);
    background.apply({ type: 'tick', signals: { inCall: false, fullscreen: true } }, T0);
    background.apply({ type: 'pause', until: T0 + HOUR }, T0 + SECOND);
    expect(badgeFor(background.popup(T0 + 2 * SECOND), settings, badgeWords()).text).toBe('II');
    background.apply({ type: 'resume' }, T0 + 3 * SECOND);
    background.apply({ type: 'start-break' }, T0 + 4 * SECOND);
    background.apply({ type: 'tick', signals: { inCall: false, fullscreen: false } }, T0 + MINUTE);
    expect(background.state.quiet).toMatchObject({ fullscreen: false, since: null, endedAt: T0 + MINUTE });
  });

  it('survives a restart in the middle: a held nudge and the quiet time are in storage', () => {
    const background = typedThroughAMeeting();
    background.tick(T0 + 25 * MINUTE + 5 * SECOND, T0 + 26 * MINUTE);
    background.restart();
    expect(background.popup(T0 + 26 * MINUTE).quiet?.kind).toBe('meeting');
    expect(background.state.nudges.break.stage).toBe('held');
    background.apply({ type: 'end-meeting' }, T0 + 27 * MINUTE);
    background.tick(T0 + 27 * MINUTE, T0 + 28 * MINUTE);
    expect(background.shown.map((nudge) => nudge.kind)).toEqual(['break']);
  });
});
