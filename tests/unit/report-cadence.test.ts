// How soon each tab is told to report: slowly while nothing waits on its typing, soon near every
// mark and while a nudge, a prompt or a break waits; and what a slow tab may hold back is waited for.
import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '@/utils/helpers/time';
import { REPORT_LATENCY_MS, SLOW_REPORT_INTERVAL_MS, SLOW_REPORT_LATENCY_MS } from '@/utils/typing/activity-timing';
import { NEAR_MS } from '@/utils/tracker/report-cadence';
import { makeSettings, MONDAY_9AM, typeFor } from '../support/fixtures';
import { SimulatedBackground } from '../support/simulated-background';

const T0 = MONDAY_9AM;
const settings = makeSettings({ breakAfterMin: 30, microPauseAfterMin: 15, hydrationEnabled: true, hydrationIntervalMin: 60 });

/** A background that has heard `typedMs` of steady typing from T0, and the time of its last key. */
function afterTyping(typedMs: number, overrides = {}) {
  const background = new SimulatedBackground(makeSettings({ ...settings, ...overrides }));
  const keys = typeFor(T0, typedMs, 400);
  background.type(keys);
  return { background, lastKey: keys.at(-1) as number };
}

const reportAt = (background: SimulatedBackground, at: number) => background.report({ type: 'keystrokes', times: [at] }, at);

describe('how soon a tab is told to report', () => {
  it('slowly while nothing is near: the grant runs one slow interval from the reply', () => {
    const { background, lastKey } = afterTyping(5 * MINUTE);
    expect(reportAt(background, lastKey + 400)).toBe(lastKey + 400 + SLOW_REPORT_INTERVAL_MS);
  });

  it('soon when the break, a micro-pause, water or the daily limit is within reach of the next slow reports', () => {
    const near = 15 * MINUTE - NEAR_MS + SECOND;
    const soonAfter = (overrides: object) => {
      const { background, lastKey } = afterTyping(near, overrides);
      return reportAt(background, lastKey + 400);
    };
    const far = { microPauseAfterMin: 'off', breakAfterMin: 60, hydrationEnabled: false } as const;
    expect(soonAfter(far), 'nothing near').not.toBeNull();
    expect(soonAfter({ ...far, microPauseAfterMin: 15 }), 'a micro-pause').toBeNull();
    expect(soonAfter({ ...far, breakAfterMin: 15 }), 'the break').toBeNull();
    expect(soonAfter({ ...far, hydrationEnabled: true, hydrationIntervalMin: 15 }), 'water').toBeNull();
    expect(soonAfter({ ...far, dailyLimitEnabled: true, dailyLimitHours: 1 }), 'far from the daily limit').not.toBeNull();
  });

  it('soon while a break nudge waits for a pause or is out, and during a break', () => {
    const { background, lastKey } = afterTyping(31 * MINUTE, { microPauseAfterMin: 'off' });
    expect(background.popup(lastKey).breakDue).toBe(true);
    expect(reportAt(background, lastKey + 400)).toBeNull();
    background.apply({ type: 'start-break' }, lastKey + 10 * SECOND);
    expect(reportAt(background, lastKey + 20 * SECOND)).toBeNull();
  });

  it('slowly while snoozed, soon once the snooze ends within reach', () => {
    const { background, lastKey } = afterTyping(31 * MINUTE, { microPauseAfterMin: 'off', snoozeMin: 10 });
    background.apply({ type: 'snooze' }, lastKey + SECOND);
    expect(reportAt(background, lastKey + 2 * SECOND)).not.toBeNull();
    expect(reportAt(background, lastKey + SECOND + 10 * MINUTE - NEAR_MS)).toBeNull();
  });
});

describe('what a tab told to report slowly may hold back', () => {
  it('delays a micro-pause until it has surely arrived, and long after the grant a rest waits only the usual 2.5 s', () => {
    const { background, lastKey } = afterTyping(5 * MINUTE, { microPauseLengthSec: 10 });
    reportAt(background, lastKey + 400);
    const coveredUntil = background.state.typing.coveredUntil;
    background.apply({ type: 'tick' }, coveredUntil + 10 * SECOND + SLOW_REPORT_LATENCY_MS - 1);
    expect(background.state.history.today.microPausesNatural, 'a key typed before the grant ran out may still come').toBe(0);
    background.apply({ type: 'tick' }, coveredUntil + 10 * SECOND + SLOW_REPORT_LATENCY_MS);
    expect(background.state.history.today.microPausesNatural).toBe(1);
    background.apply({ type: 'tick' }, coveredUntil + 5 * MINUTE + REPORT_LATENCY_MS - 1);
    expect(background.state.history.today.breaksNatural).toBe(0);
    background.apply({ type: 'tick' }, coveredUntil + 5 * MINUTE + REPORT_LATENCY_MS);
    expect(background.state.history.today.breaksNatural).toBe(1);
  });

  it('is remembered across a restart: only what storage holds survives', () => {
    const { background, lastKey } = afterTyping(5 * MINUTE);
    const slowUntil = reportAt(background, lastKey + 400);
    background.restart();
    expect(background.state.typing.slowReportsUntil).toBe(slowUntil);
  });
});
