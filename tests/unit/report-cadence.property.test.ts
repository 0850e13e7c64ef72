// Reports as soon as the background needs them, over random typing: tabs whose reporters wait 2 s
// or 15 s after a batch's first keystroke, as each reply says, with restarts that keep only what
// storage holds, count exactly what the same keystrokes count when each one reaches the
// background the moment it is typed: the same typing, longest streak, rests and micro-pauses each
// day (no keystroke lost or counted twice, every rest and micro-pause where the README puts it).
// And a reporter told to report slowly is told so only while nothing is near.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allDays } from '@/utils/days/history';
import { MINUTE, SECOND } from '@/utils/helpers/time';
import type { Settings } from '@/utils/settings/settings';
import { NEAR_MS } from '@/utils/tracker/report-cadence';
import { statusOf } from '@/utils/tracker/status';
import { makeSettings, MONDAY_9AM } from '../support/fixtures';
import { SimulatedBackground } from '../support/simulated-background';

/** Typing in one tab or the other: keys go only to the focused one. */
type Segment = { kind: 'type'; durationMs: number; everyMs: number; tab: 0 | 1 } | { kind: 'idle'; durationMs: number };

const segmentArb: fc.Arbitrary<Segment> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('type' as const), durationMs: fc.integer({ min: 2 * SECOND, max: 12 * MINUTE }), everyMs: fc.integer({ min: 150, max: 1500 }), tab: fc.constantFrom(0 as const, 1 as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('idle' as const), durationMs: fc.oneof(fc.integer({ min: SECOND, max: 40 * SECOND }), fc.integer({ min: 40 * SECOND, max: 8 * MINUTE })) }) },
);

const scenarioArb = fc.record({
  settings: fc.record({
    breakAfterMin: fc.constantFrom(5, 10, 30),
    breakLengthMin: fc.constantFrom(1, 2, 5),
    microPauseAfterMin: fc.constantFrom<Settings['microPauseAfterMin']>(5, 15, 'off'),
    microPauseLengthSec: fc.constantFrom(10, 30, 60),
    typingGapSec: fc.integer({ min: 2, max: 10 }),
    hydrationEnabled: fc.boolean(),
    hydrationIntervalMin: fc.constantFrom(15, 60),
  }),
  segments: fc.array(segmentArb, { minLength: 1, maxLength: 16 }),
  restarts: fc.array(fc.integer({ min: 0, max: 60 * MINUTE }), { maxLength: 4 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

/** Each tab's keystroke times, and when typing ends. */
function keysOf(segments: readonly Segment[]): { tabs: [number[], number[]]; end: number } {
  const tabs: [number[], number[]] = [[], []];
  let now = MONDAY_9AM;
  for (const segment of segments) {
    if (segment.kind === 'type') {
      for (let at = now; at < now + segment.durationMs; at += segment.everyMs) tabs[segment.tab].push(at);
    }
    now += segment.durationMs;
  }
  return { tabs, end: now };
}

/** The same keys, each reaching the background the moment it is typed, with the same ticks. */
function deliveredAtOnce(tabs: readonly (readonly number[])[], settings: Settings, until: number): SimulatedBackground {
  const background = new SimulatedBackground(settings);
  const keys = tabs.flat().sort((a, b) => a - b);
  let nextTick = Math.min(...tabs.map((times) => times[0] ?? until)) + 30 * SECOND;
  for (const key of keys) {
    for (; nextTick < key; nextTick += 30 * SECOND) background.apply({ type: 'tick' }, nextTick);
    background.apply({ type: 'keystrokes', times: [key] }, key);
  }
  for (; nextTick <= until; nextTick += 30 * SECOND) background.apply({ type: 'tick' }, nextTick);
  return background;
}

const countsOf = (background: SimulatedBackground) =>
  allDays(background.state.history).map((day) => ({
    day: day.day,
    typingMs: day.typingMs,
    longestStreakMs: day.longestStreakMs,
    breaksNatural: day.breaksNatural,
    microPauses: day.microPausesTaken + day.microPausesNatural,
  }));

function restartsAt(times: readonly number[]): (now: number) => boolean {
  const pending = times.map((offset) => MONDAY_9AM + offset).sort((a, b) => a - b);
  return (now) => {
    if (pending.length === 0 || (pending[0] as number) > now) return false;
    while (pending.length > 0 && (pending[0] as number) <= now) pending.shift();
    return true;
  };
}

describe('reports as soon as the background needs them', () => {
  it('count what keystrokes delivered the moment they are typed count, day by day', () => {
    fc.assert(
      fc.property(scenarioArb, ({ settings: picked, segments, restarts }: Scenario) => {
        const settings = makeSettings(picked);
        const { tabs, end } = keysOf(segments);
        // Long enough after the last key for every rest and micro-pause to complete in both.
        const until = end + settings.breakLengthMin * MINUTE + MINUTE;
        const reported = new SimulatedBackground(settings);
        reported.typeInTabs(tabs, until, restartsAt(restarts));
        expect(countsOf(reported)).toEqual(countsOf(deliveredAtOnce(tabs, settings, until)));
      }),
      { numRuns: 60 },
    );
  });

  it('lets a tab report slowly only while no nudge, prompt or break waits and no mark is near', () => {
    fc.assert(
      fc.property(scenarioArb, ({ settings: picked, segments }: Scenario) => {
        const settings = makeSettings(picked);
        const { tabs, end } = keysOf(segments);
        const background = new SimulatedBackground(settings);
        const report = background.report.bind(background);
        background.report = (sent, now) => {
          const slowUntil = report(sent, now);
          const status = statusOf(background.state, settings, now);
          if (slowUntil !== null) {
            expect(status.breakDue || status.microPauseDue || status.breakSession !== null).toBe(false);
            expect(status.breakRemainingMs).toBeGreaterThan(NEAR_MS);
            if (status.microPauseRemainingMs !== null) expect(status.microPauseRemainingMs).toBeGreaterThan(NEAR_MS);
          }
          return slowUntil;
        };
        background.typeInTabs(tabs, end);
      }),
      { numRuns: 40 },
    );
  });
});
