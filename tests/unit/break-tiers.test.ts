// Break tiers, from the person's side: micro-pauses (asked for after an interval of typing, credit
// for pauses taken by themselves, light prompts that go by themselves), the rest break as before,
// and the daily typing limit; presets that fill exactly their documented numbers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { effectsOf } from '@/utils/tracker/effects';
import { badgeFor } from '@/utils/tracker/badge';
import { badgeWords } from '@/utils/words/badge-words';
import { defaultSettings } from '@/utils/settings/settings';
import { PRESET_KEYS, PRESET_NAMES, PRESETS, presetOf } from '@/utils/settings/presets';
import { withPlan } from '@/utils/settings/custom-plan';
import { HOUR, localDayKey, MINUTE, SECOND } from '@/utils/helpers/time';
import { allDays } from '@/utils/days/history';
import { REPORT_LATENCY_MS } from '@/utils/typing/activity-timing';
import { makeSettings, typeFor } from '../support/fixtures';
import { SimulatedBackground } from '../support/simulated-background';

const T0 = new Date(2026, 10, 23, 9, 0).getTime();
const microOnly = (overrides = {}) => makeSettings({ breakAfterMin: 180, hydrationEnabled: false, ...overrides });

describe('micro-pauses', () => {
  it('are asked for after the interval of typing, at a typing pause, quietly; the badge marks them, not a rest break', () => {
    const background = new SimulatedBackground(microOnly());
    background.type(typeFor(T0, 15 * MINUTE + 20 * SECOND, 400));
    background.apply({ type: 'tick' }, T0 + 15 * MINUTE + 27 * SECOND);
    const prompts = background.shown.filter((nudge) => nudge.kind === 'micro');
    expect(prompts).toHaveLength(1);
    expect(prompts[0]?.at).toBeGreaterThanOrEqual(T0 + 15 * MINUTE);
    const popup = background.popup(T0 + 15 * MINUTE + 21 * SECOND);
    expect(popup.breakDue).toBe(false);
    expect(background.state.history.today.microPausesPrompted).toBe(1);
    expect(badgeFor(background.popup(T0 + 15 * MINUTE), background.settings, badgeWords()).text).not.toMatch(/!$/);
  });

  it('a pause taken after the prompt counts as taken and takes the prompt down', () => {
    const background = new SimulatedBackground(microOnly());
    background.type(typeFor(T0, 15 * MINUTE + 20 * SECOND, 400));
    background.apply({ type: 'tick' }, T0 + 15 * MINUTE + 27 * SECOND);
    const lastKey = background.state.typing.coveredUntil;
    const result = background.apply({ type: 'tick' }, lastKey + 30 * SECOND + REPORT_LATENCY_MS);
    expect(effectsOf(result.events, background.settings, false)).toEqual([{ type: 'notify-over', what: 'micro' }]);
    expect(effectsOf(result.events, { ...background.settings, delivery: 'badge' }, false), 'with badge-only delivery it is only taken down').toEqual([{ type: 'clear-notification', kind: 'micro' }]);
    expect(background.state.history.today).toMatchObject({ microPausesTaken: 1, microPausesNatural: 0, microPausesSkipped: 0 });
    expect(background.popup(lastKey + 31 * SECOND + REPORT_LATENCY_MS).microPauseRemainingMs).toBe(15 * MINUTE);
  });

  it('typing on through the prompt counts as skipped, once, and the next prompt waits a whole interval', () => {
    const background = new SimulatedBackground(microOnly());
    background.type(typeFor(T0, 34 * MINUTE, 400));
    const prompts = background.shown.filter((nudge) => nudge.kind === 'micro').map((nudge) => nudge.at);
    expect(prompts).toHaveLength(2);
    expect((prompts[1] as number) - (prompts[0] as number)).toBeGreaterThanOrEqual(15 * MINUTE);
    expect(background.state.history.today).toMatchObject({ microPausesPrompted: 2, microPausesSkipped: 2, microPausesTaken: 0 });
  });

  it('a pause taken without being asked gives the credit: no prompt for another interval', () => {
    const background = new SimulatedBackground(microOnly());
    background.type(typeFor(T0, 10 * MINUTE, 400));
    background.type(typeFor(T0 + 10 * MINUTE + 40 * SECOND, 10 * MINUTE, 400));
    expect(background.shown).toEqual([]);
    expect(background.state.history.today.microPausesNatural).toBe(1);
  });

  it('are never asked for while a rest break is due, snoozed, paused or during a break', () => {
    const restDue = new SimulatedBackground(makeSettings({ breakAfterMin: 10, hydrationEnabled: false }));
    restDue.type(typeFor(T0, 16 * MINUTE, 400));
    expect(restDue.shown.map((nudge) => nudge.kind)).not.toContain('micro');

    const paused = new SimulatedBackground(microOnly());
    paused.apply({ type: 'pause', until: T0 + HOUR }, T0);
    paused.type(typeFor(T0 + SECOND, 20 * MINUTE, 400));
    expect(paused.shown).toEqual([]);

    const onBreak = new SimulatedBackground(microOnly({ breakLengthMin: 30 }));
    onBreak.type(typeFor(T0, 14 * MINUTE, 400));
    onBreak.apply({ type: 'start-break' }, T0 + 14 * MINUTE);
    onBreak.type(typeFor(T0 + 14 * MINUTE + SECOND, 5 * MINUTE, 400));
    expect(onBreak.shown).toEqual([]);
  });

  it('after the clock moved back while one was due, the prompt comes at the next typing pause, not once the clock is back where it was', () => {
    const background = new SimulatedBackground(microOnly());
    background.type(typeFor(T0, 15 * MINUTE + 20 * SECOND, 400));
    expect(background.shown).toEqual([]);
    const backAnHour = T0 + 15 * MINUTE + 21 * SECOND - HOUR;
    background.type(typeFor(backAnHour, 10 * SECOND, 400));
    background.apply({ type: 'tick' }, backAnHour + 17 * SECOND);
    expect(background.shownSince(backAnHour)).toEqual(['micro']);
  });

  it('a prompt still out when the next comes due (activity in other apps, no keystroke) counts as typed through, not as nothing', () => {
    const background = new SimulatedBackground(microOnly({ microPauseAfterMin: 5, countOtherApps: true }));
    background.tick(T0, T0 + 12 * MINUTE, true);
    const today = background.state.history.today;
    expect(today.microPausesPrompted).toBe(2);
    expect(today.microPausesSkipped).toBe(1);
  });

  it('a break taken to its end answers a prompt that was out: taken when asked, and none is left asking', () => {
    const background = new SimulatedBackground(microOnly());
    background.type(typeFor(T0, 15 * MINUTE + 20 * SECOND, 400));
    background.apply({ type: 'tick' }, T0 + 15 * MINUTE + 27 * SECOND);
    expect(background.shown.map((nudge) => nudge.kind)).toEqual(['micro']);
    background.apply({ type: 'start-break' }, T0 + 15 * MINUTE + 28 * SECOND);
    background.apply({ type: 'tick' }, T0 + 20 * MINUTE + 30 * SECOND);
    expect(background.popup(T0 + 20 * MINUTE + 31 * SECOND).microPauseDue).toBe(false);
    expect(background.state.history.today).toMatchObject({ breaksCompleted: 1, microPausesTaken: 1 });
  });

  it('a rest shorter than the micro-pause length (a 1 min break, a 2 min micro-pause) answers the prompt too', () => {
    const background = new SimulatedBackground(microOnly({ breakLengthMin: 1, microPauseLengthSec: 120 }));
    background.type(typeFor(T0, 15 * MINUTE + 20 * SECOND, 400));
    background.apply({ type: 'tick' }, T0 + 15 * MINUTE + 27 * SECOND);
    expect(background.shown.map((nudge) => nudge.kind)).toEqual(['micro']);
    background.tick(T0 + 15 * MINUTE + 57 * SECOND, T0 + 17 * MINUTE);
    expect(background.popup(T0 + 17 * MINUTE).microPauseDue).toBe(false);
    expect(background.state.history.today.microPausesTaken).toBe(1);
  });

  it('turning micro-pauses off while a prompt is out takes it back at once: no mark, no card, its notice down', () => {
    const background = new SimulatedBackground(microOnly());
    background.type(typeFor(T0, 15 * MINUTE + 20 * SECOND, 400));
    background.apply({ type: 'tick' }, T0 + 15 * MINUTE + 27 * SECOND);
    expect(background.popup(T0 + 15 * MINUTE + 28 * SECOND).microPauseDue).toBe(true);
    background.settings = microOnly({ microPauseAfterMin: 'off' });
    const result = background.apply({ type: 'save-settings', settings: background.settings }, T0 + 15 * MINUTE + 29 * SECOND);
    expect(effectsOf(result.events, background.settings, false)).toContainEqual({ type: 'clear-notification', kind: 'micro' });
    const status = background.popup(T0 + 15 * MINUTE + 30 * SECOND);
    expect(status.microPauseDue).toBe(false);
    expect(badgeFor(status, background.settings, badgeWords()).text).not.toMatch(/~$/);
    expect(background.state.nudges.micro.stage).toBe('counting');
  });

  it('are off when "micro-pause after" is off', () => {
    const background = new SimulatedBackground(microOnly({ microPauseAfterMin: 'off' }));
    background.type(typeFor(T0, 40 * MINUTE, 400));
    expect(background.shown).toEqual([]);
    expect(background.popup(T0 + 40 * MINUTE).microPauseRemainingMs).toBeNull();
  });

  it('over random days, a prompt only ever follows the interval of typing since the last micro-pause or prompt', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ typeMs: fc.integer({ min: 10 * SECOND, max: 25 * MINUTE }), pauseMs: fc.integer({ min: SECOND, max: 8 * MINUTE }) }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(5, 15, 30),
        (stretches, afterMin) => {
          const background = new SimulatedBackground(microOnly({ microPauseAfterMin: afterMin }));
          let at = T0;
          for (const { typeMs, pauseMs } of stretches) {
            const before = background.state.typing.microStreakMs;
            const promptsBefore = background.shown.length;
            background.type(typeFor(at, typeMs, 400));
            at += typeMs + pauseMs;
            background.apply({ type: 'tick' }, at);
            if (background.shown.length > promptsBefore) expect(before + typeMs).toBeGreaterThanOrEqual(afterMin * MINUTE - 400);
          }
          const today = background.state.history.today;
          expect(today.microPausesTaken + today.microPausesSkipped).toBeLessThanOrEqual(today.microPausesPrompted);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('what a break passes through, as every view shows it', () => {
  const due = () => {
    const background = new SimulatedBackground(makeSettings({ hydrationEnabled: false, microPauseAfterMin: 'off' }));
    background.type(typeFor(T0, 31 * MINUTE, 400));
    background.apply({ type: 'tick' }, T0 + 31 * MINUTE + 10 * SECOND);
    return background;
  };

  it('a break started from a due nudge shows as a break, never as due: the minutes left on the badge, nothing to snooze', () => {
    const background = due();
    expect(background.popup(T0 + 31 * MINUTE + 11 * SECOND).breakDue).toBe(true);
    background.apply({ type: 'start-break' }, T0 + 31 * MINUTE + 12 * SECOND);
    const onBreak = background.popup(T0 + 32 * MINUTE + 12 * SECOND);
    expect(onBreak).toMatchObject({ breakDue: false, breakLeftMs: 4 * MINUTE });
    expect(badgeFor(onBreak, background.settings, badgeWords())).toEqual({ text: '4', color: '#00695c' });
  });

  it('typing during a break does not count a micro-pause prompt as typed through; the full break takes it', () => {
    const background = new SimulatedBackground(microOnly());
    background.type(typeFor(T0, 15 * MINUTE + 20 * SECOND, 400));
    background.apply({ type: 'tick' }, T0 + 15 * MINUTE + 27 * SECOND);
    background.apply({ type: 'start-break' }, T0 + 15 * MINUTE + 28 * SECOND);
    background.type(typeFor(T0 + 15 * MINUTE + 30 * SECOND, 2 * MINUTE, 400));
    expect(background.popup(T0 + 17 * MINUTE + 31 * SECOND).microPauseDue).toBe(false);
    // The two minutes typed held the break: it ends two minutes later.
    background.apply({ type: 'tick' }, T0 + 22 * MINUTE + 30 * SECOND);
    expect(background.state.history.today).toMatchObject({ microPausesSkipped: 0, microPausesTaken: 1 });
  });

  it('the popup shows at any instant what the background would after a look then: a micro-pause just taken is not asked for', () => {
    const background = new SimulatedBackground(microOnly());
    background.type(typeFor(T0, 15 * MINUTE + 20 * SECOND, 400));
    background.apply({ type: 'tick' }, T0 + 15 * MINUTE + 27 * SECOND);
    const lastKey = background.state.typing.coveredUntil;
    const taken = lastKey + 30 * SECOND + REPORT_LATENCY_MS;
    expect(background.popup(taken - 1).microPauseDue).toBe(true);
    expect(background.popup(taken).microPauseDue).toBe(false);
  });
});

describe('the daily typing limit', () => {
  const limited = makeSettings({ dailyLimitEnabled: true, dailyLimitHours: 1, microPauseAfterMin: 'off', breakAfterMin: 180, hydrationEnabled: false });

  it('gives one notice when the day reaches it, a badge mark and a popup line; none the next time', () => {
    const background = new SimulatedBackground(limited);
    background.type(typeFor(T0, 70 * MINUTE, 400));
    expect(background.shown.map((nudge) => nudge.kind)).toEqual(['limit']);
    const popup = background.popup(T0 + 70 * MINUTE);
    expect(popup.dailyLimit).toEqual({ remainingMs: 0, reached: true });
    expect(badgeFor(popup, limited, badgeWords())).toEqual({ text: '1h', color: '#7a4100' });
    expect(background.state.history.today.dailyLimitReached).toBe(1);
  });

  it('a day that reaches it while quiet (outside working hours, on to midnight) is recorded as reached; the notice waits', () => {
    const offHours = makeSettings({ ...limited, workingHoursEnabled: true, workingHours: [[], [{ start: 8 * 60, end: 9 * 60 }], [], [], [], [], []] });
    const evening = new Date(2026, 10, 23, 22, 30).getTime();
    const background = new SimulatedBackground(offHours);
    background.type(typeFor(evening, 65 * MINUTE, 400));
    background.tick(evening + 66 * MINUTE, evening + 100 * MINUTE);
    expect(background.shown).toEqual([]);
    const thatDay = allDays(background.state.history).find((totals) => totals.day === localDayKey(evening));
    expect(thatDay?.dailyLimitReached).toBe(1);
    expect(background.state.history.today.day).not.toBe(localDayKey(evening));
  });

  it('starts afresh at local midnight, also across a daylight-saving change', () => {
    const springForward = new Date(2026, 2, 28, 22, 0).getTime();
    const background = new SimulatedBackground(limited);
    background.type(typeFor(springForward, 65 * MINUTE, 400));
    expect(background.shown.map((nudge) => nudge.kind)).toEqual(['limit']);
    const nextMorning = new Date(2026, 2, 29, 9, 0).getTime();
    expect(background.popup(nextMorning).dailyLimit).toEqual({ remainingMs: HOUR, reached: false });
    background.type(typeFor(nextMorning, 61 * MINUTE, 400));
    expect(background.shown.map((nudge) => nudge.kind)).toEqual(['limit', 'limit']);
    expect(background.state.history.today.day).toBe(localDayKey(nextMorning));
  });

  it('is off by default', () => {
    expect(defaultSettings().dailyLimitEnabled).toBe(false);
    expect(new SimulatedBackground().popup(T0).dailyLimit).toBeNull();
  });
});

describe('presets', () => {
  it.each([
    ['gentle', { microPauseAfterMin: 'off', microPauseLengthSec: 30, breakAfterMin: 45, breakLengthMin: 5, dailyLimitEnabled: false, dailyLimitHours: 4 }],
    ['recommended', { microPauseAfterMin: 15, microPauseLengthSec: 30, breakAfterMin: 30, breakLengthMin: 5, dailyLimitEnabled: false, dailyLimitHours: 4 }],
    ['recovering', { microPauseAfterMin: 10, microPauseLengthSec: 30, breakAfterMin: 20, breakLengthMin: 5, dailyLimitEnabled: true, dailyLimitHours: 3 }],
  ] as const)('%s fills exactly its documented numbers and nothing else', (name, numbers) => {
    const before = makeSettings({ snoozeMin: 7, excludedSites: ['a.test'] });
    const after = withPlan(before, name, null);
    expect(after).toEqual({ ...before, ...numbers });
    expect(presetOf(after)).toBe(name);
  });

  it('the defaults are the recommended preset; a field changed by hand makes it custom', () => {
    expect(presetOf(defaultSettings())).toBe('recommended');
    expect(presetOf({ ...defaultSettings(), breakAfterMin: 35 })).toBe('custom');
    expect(PRESET_NAMES).toEqual(['gentle', 'recommended', 'recovering']);
    for (const name of PRESET_NAMES) expect(Object.keys(PRESETS[name]).sort()).toEqual([...PRESET_KEYS].sort());
  });
});
