import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KEYSTROKE_SLICE_MS, recordKeystroke } from '@/utils/typing/typing-model';
import { applyInput } from '@/utils/tracker/tracker';
import { MINUTE, SECOND } from '@/utils/helpers/time';
import { makeSettings, makeTrackerState, makeTypingState, MONDAY_9AM, reportBatches } from '../support/fixtures';

/** The gap before each keystroke in one tab: mostly typing, sometimes thinking, sometimes away. */
const gapArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 40, max: 400 }) },
  { weight: 2, arbitrary: fc.integer({ min: SECOND, max: 20 * SECOND }) },
  { weight: 1, arbitrary: fc.integer({ min: MINUTE, max: 20 * MINUTE }) },
);

const tabTraceArb = fc.array(gapArb, { minLength: 1, maxLength: 120 });

/** Several tabs typing from a common start; each reports in batches as the content script does. */
const multiTabTraceArb = fc
  .record({
    tabs: fc.array(tabTraceArb, { minLength: 1, maxLength: 4 }),
    offsets: fc.array(fc.integer({ min: 0, max: 30 * SECOND }), { minLength: 4, maxLength: 4 }),
    typingGapSec: fc.integer({ min: 2, max: 30 }),
    breakLengthMin: fc.integer({ min: 1, max: 30 }),
    startHour: fc.integer({ min: 0, max: 23 }),
  })
  .map(({ tabs, offsets, typingGapSec, breakLengthMin, startHour }) => {
    const start = MONDAY_9AM + (startHour - 9) * 60 * MINUTE;
    const tabTimes = tabs.map((gaps, tab) => {
      let time = start + (offsets[tab] as number);
      return gaps.map((gap) => (time += gap));
    });
    return { reports: toReports(tabTimes), tabTimes, settings: makeSettings({ typingGapSec, breakLengthMin }) };
  });

/** Each tab's keystrokes in batches as its content script sends them, all tabs in arrival order. */
function toReports(tabTimes: number[][]): { sentAt: number; times: number[] }[] {
  return tabTimes
    .flatMap((times) => reportBatches(times).map(({ at, report }) => ({ sentAt: at, times: report.times })))
    .sort((a, b) => a.sentAt - b.sentAt);
}

describe('typing model properties over random multi-tab traces', () => {
  it('typing time never exceeds wall time, and all of it is the union of the tabs', () => {
    fc.assert(
      fc.property(multiTabTraceArb, ({ reports, tabTimes, settings }) => {
        let state = makeTypingState();
        let typedMs = 0;
        for (const report of reports) {
          for (const time of report.times) {
            const step = recordKeystroke(state, time, settings);
            state = step.state;
            typedMs += step.typed === null ? 0 : step.typed.end - step.typed.start;
          }
        }
        const all = tabTimes.flat();
        const wall = Math.max(...all) + KEYSTROKE_SLICE_MS - Math.min(...all);
        expect(typedMs).toBeGreaterThanOrEqual(KEYSTROKE_SLICE_MS);
        expect(typedMs).toBeLessThanOrEqual(wall);
        expect(state.streakMs).toBeLessThanOrEqual(typedMs);
      }),
    );
  });

  it('the streak resets if and only if a rest happened', () => {
    fc.assert(
      fc.property(multiTabTraceArb, ({ reports, settings }) => {
        let state = makeTypingState();
        for (const time of reports.flatMap((report) => report.times)) {
          const step = recordKeystroke(state, time, settings);
          const typed = step.typed === null ? 0 : step.typed.end - step.typed.start;
          const continued = step.state.streakMs === state.streakMs + typed;
          expect(step.rests.length > 0).toBe(!continued);
          if (step.rests.length > 0) {
            expect(step.rests[0]?.endedStreakMs).toBe(state.streakMs);
            expect(time - state.coveredUntil).toBeGreaterThanOrEqual(settings.breakLengthMin * MINUTE);
          }
          state = step.state;
        }
      }),
    );
  });

  it("a day's typing time never decreases, and the days add up to exactly the typing time", () => {
    fc.assert(
      fc.property(multiTabTraceArb, ({ reports, settings }) => {
        let tracker = makeTrackerState();
        let model = makeTypingState();
        let typedMs = 0;
        const seen = new Map<string, number>();
        for (const report of reports) {
          tracker = applyInput(tracker, { type: 'keystrokes', times: report.times }, settings, report.sentAt).state;
          for (const time of report.times) {
            const step = recordKeystroke(model, time, settings);
            model = step.state;
            typedMs += step.typed === null ? 0 : step.typed.end - step.typed.start;
          }
          for (const day of [...tracker.history.past, tracker.history.today]) {
            expect(day.typingMs).toBeGreaterThanOrEqual(seen.get(day.day) ?? 0);
            seen.set(day.day, day.typingMs);
          }
        }
        const total = [...tracker.history.past, tracker.history.today].reduce((sum, day) => sum + day.typingMs, 0);
        expect(total).toBe(typedMs);
      }),
    );
  });
});
