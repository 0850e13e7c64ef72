// The tracker driven the way the background drives it, over random days of use: 2 s report
// batches from one or two tabs with delivery jitter, retries and late deliveries, a tick every
// 30 s while the computer is awake, wake timers, restarts that keep only what storage holds,
// multi-hour and multi-day gaps, clocks that jump both ways, and starts near the daylight-saving
// changes of the zone the run is in (the unit projects run in two zones). After every step:
// - typing never exceeds the union of the keystroke runs in real time (with other apps counted,
//   of the spans the system could have reported active around them; a clock jump inside a run
//   may split it on the clock and add one slice), nor wall time;
// - a day's totals never decrease, and the days' typing adds up to no more than the active time;
// - no day younger than 90 days by the background's clock is ever removed, and after each change
//   of day none older than the window survives (it ends at the new day, or at the day after the
//   old one if that is earlier);
// - a streak resets only across a real rest (a real-time gap of the break length, a clock set
//   forward, which looks the same as sleep, or a finished break);
// - nudges never go out while snoozed, paused or on a break.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyInput } from '@/utils/tracker/tracker';
import type { TrackerInput, TrackerState } from '@/utils/tracker/tracker-state';
import { parseMessage } from '@/utils/protocol/messages';
import type { KeystrokeReport } from '@/utils/typing/activity-timing';
import { isPaused, isSnoozed } from '@/utils/breaks/holds';
import { runningBreak } from '@/utils/breaks/break-session';
import { allDays, HISTORY_DAYS } from '@/utils/days/history';
import { DAY_FIELDS, type DayTotals } from '@/utils/days/day-totals';
import { KEYSTROKE_SLICE_MS } from '@/utils/typing/typing-model';
import { MAX_OBSERVATION_GAP_MS, SYSTEM_IDLE_DETECTION_MS } from '@/utils/typing/system-activity';
import { initialStoredState, storedStateFrom, storedValuesOf } from '@/utils/store/stored-state';
import { wakeTimerDelay } from '@/utils/tracker/wake-schedule';
import { dayKeyBefore, HOUR, localDayKey, MINUTE, nextDayKey, SECOND } from '@/utils/helpers/time';
import type { Settings } from '@/utils/settings/settings';
import { makeSettings, makeTrackerState, nudgesIn, reportBatches, seededRandom } from '../support/fixtures';

const DAY = 24 * HOUR;
const TICK_MS = 30 * SECOND;

type Action = 'snooze' | 'pause' | 'resume' | 'start-break' | 'end-break' | 'drink';

type Segment =
  | { kind: 'type'; durationMs: number; everyMs: number; tabs: number }
  | { kind: 'idle'; durationMs: number }
  | { kind: 'sleep'; durationMs: number }
  | { kind: 'jump'; byMs: number; revertAfterMs: number | null }
  | { kind: 'action'; action: Action }
  | { kind: 'restart' };

const segmentArb: fc.Arbitrary<Segment> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('type' as const), durationMs: fc.integer({ min: 5 * SECOND, max: 25 * MINUTE }), everyMs: fc.integer({ min: 120, max: 900 }), tabs: fc.integer({ min: 1, max: 2 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('idle' as const), durationMs: fc.integer({ min: SECOND, max: 12 * MINUTE }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sleep' as const), durationMs: fc.oneof(fc.integer({ min: MINUTE, max: 16 * HOUR }), fc.integer({ min: DAY, max: 40 * DAY })) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('jump' as const),
      byMs: fc.oneof(fc.integer({ min: MINUTE, max: 3 * HOUR }), fc.integer({ min: -3 * HOUR, max: -MINUTE }), fc.constantFrom(3 * 365 * DAY, -400 * DAY)),
      revertAfterMs: fc.option(fc.integer({ min: SECOND, max: 5 * MINUTE })),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('action' as const), action: fc.constantFrom<Action>('snooze', 'pause', 'resume', 'start-break', 'end-break', 'drink') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const) }) },
);

/** Starts near each zone's daylight-saving changes, and on ordinary days. */
const START_DAYS = [[2026, 2, 28], [2026, 9, 24], [2026, 3, 4], [2026, 9, 3], [2026, 10, 1], [2027, 0, 14]] as const;

const scenarioArb = fc.record({
  start: fc.tuple(fc.constantFrom(...START_DAYS), fc.integer({ min: 0, max: 23 })),
  settings: fc.record({
    breakAfterMin: fc.constantFrom(5, 10, 30),
    breakLengthMin: fc.constantFrom(1, 2, 5),
    typingGapSec: fc.integer({ min: 2, max: 10 }),
    renudgeMin: fc.constantFrom<number | 'off'>(1, 5, 'off'),
    snoozeMin: fc.integer({ min: 1, max: 10 }),
    hydrationIntervalMin: fc.constantFrom(15, 60),
    countOtherApps: fc.boolean(),
  }),
  segments: fc.array(segmentArb, { minLength: 1, maxLength: 40 }),
  seed: fc.integer(),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

interface Step {
  /** Real time (the wall clock is this plus the jumps in force). */
  at: number;
  order: number;
  event: TrackerInput | 'restart';
}

/** The real-time timeline of a scenario: keys, report deliveries, ticks while awake, actions, clock jumps. */
function timeline({ start: [[year, month, date], hour], segments, seed }: Scenario) {
  const random = seededRandom(seed);
  const begin = new Date(year, month, date, hour).getTime();
  const jumps: { at: number; byMs: number }[] = [];
  const keys: number[] = [];
  const steps: Step[] = [];
  const awake: [number, number][] = [];
  let order = 0;
  let now = begin;
  const push = (at: number, event: Step['event']) => steps.push({ at, order: (order += 1), event });
  for (const segment of segments) {
    if (segment.kind === 'type') {
      for (let tab = 0; tab < segment.tabs; tab += 1) {
        const times: number[] = [];
        for (let at = now + tab * (segment.everyMs >> 1); at < now + segment.durationMs; at += segment.everyMs) times.push(at);
        keys.push(...times);
        for (const { at: sentAt, report } of reportBatches(times)) {
          const late = random() < 0.02 ? 60 * SECOND + random() * 30 * SECOND : random() * 1500;
          push(sentAt + late, { ...report, times: [...report.times] });
          if (random() < 0.05) push(sentAt + late + 300 + random() * 70 * SECOND, { ...report, times: [...report.times] });
        }
      }
    }
    if (segment.kind === 'jump') {
      jumps.push({ at: now, byMs: segment.byMs });
      if (segment.revertAfterMs !== null) jumps.push({ at: now + segment.revertAfterMs, byMs: -segment.byMs });
    }
    if (segment.kind === 'action') push(now, segment.action === 'pause' ? { type: 'pause', until: 0 } : { type: segment.action });
    if (segment.kind === 'restart') push(now, 'restart');
    const durationMs = segment.kind === 'type' || segment.kind === 'idle' || segment.kind === 'sleep' ? segment.durationMs : SECOND;
    if (segment.kind !== 'sleep') awake.push([now, now + durationMs]);
    now += durationMs;
  }
  // A report typed before the clock moved back and delivered after it carries times the new clock
  // runs through again: the background cannot tell it from new typing and may count it once more.
  // Content scripts send within REPORT_LATENCY_MS, so only a late report can fall there; the
  // simulation leaves such reports out (the README says so).
  const movedBackBetween = (from: number, to: number) => jumps.some((jump) => jump.byMs < 0 && jump.at > from && jump.at <= to);
  const deliverable = steps.filter((step) => step.event === 'restart' || step.event.type !== 'keystrokes' || !movedBackBetween(Math.min(...step.event.times), step.at));
  steps.splice(0, steps.length, ...deliverable);
  for (const [from, to] of awake) {
    for (let at = from + TICK_MS; at <= to + TICK_MS; at += TICK_MS) push(at, { type: 'tick' });
  }
  jumps.sort((a, b) => a.at - b.at);
  const offsetAt = (at: number) => jumps.reduce((offset, jump) => (jump.at <= at ? offset + jump.byMs : offset), 0);
  return { begin, steps, keys: keys.sort((a, b) => a - b), offsetAt, jumps };
}

/**
 * The measure of the union of [key - before, key + after) over the keys typed so far, keys closer
 * than `join` joined into one run; fed keys in time order as the simulation passes them.
 */
class RunUnion {
  private closed = 0;
  private start = Number.NaN;
  private end = Number.NaN;
  private next = 0;

  constructor(
    private readonly keys: readonly number[],
    private readonly join: number,
    private readonly before: number,
    private readonly after: number,
  ) {}

  /** The union of the runs of every key typed up to `at`. */
  upTo(at: number): number {
    for (; this.next < this.keys.length && (this.keys[this.next] as number) <= at; this.next += 1) {
      const key = this.keys[this.next] as number;
      if (Number.isNaN(this.start) || key - this.before >= this.end - this.after + this.join) {
        if (!Number.isNaN(this.start)) this.closed += this.end - this.start;
        this.start = key - this.before;
        this.end = key + this.after;
      } else {
        this.end = Math.max(this.end, key + this.after);
      }
    }
    return Number.isNaN(this.start) ? this.closed : this.closed + this.end - this.start;
  }
}

/** The latest of sorted `keys` at or before `at`, or -Infinity. */
function lastKeyAtOrBefore(keys: readonly number[], at: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((keys[middle] as number) <= at) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? Number.NEGATIVE_INFINITY : (keys[low - 1] as number);
}

/** An invariant: cheap enough to check after every one of thousands of steps, unlike expect(). */
function check(holds: boolean, what: () => string): void {
  if (!holds) throw new Error(what());
}

function drive(scenario: Scenario) {
  const settings: Settings = makeSettings({ ...scenario.settings, hydrationEnabled: true });
  const { begin, steps, keys, offsetAt, jumps } = timeline(scenario);
  const queue = [...steps].sort((a, b) => a.at - b.at || a.order - b.order);
  const typedUnion = settings.countOtherApps
    ? new RunUnion(keys, 0, MAX_OBSERVATION_GAP_MS, MAX_OBSERVATION_GAP_MS)
    : new RunUnion(keys, settings.typingGapSec * SECOND, 0, KEYSTROKE_SLICE_MS);
  let state: TrackerState = makeTrackerState();
  let wake: Step | null = null;
  let order = steps.length;
  const days = new Map<string, DayTotals>();
  let pruned = 0;
  let lastDeliveredKey = Number.NEGATIVE_INFINITY;

  while (queue.length > 0 || wake !== null) {
    const next: Step = wake !== null && (queue.length === 0 || wake.at < (queue[0] as Step).at) ? wake : (queue.shift() as Step);
    if (next === wake) wake = null;
    const now = next.at + offsetAt(next.at);
    if (next.event === 'restart') {
      state = storedStateFrom(JSON.parse(JSON.stringify(storedValuesOf({ ...initialStoredState(), settings, tracker: state })))).state.tracker;
      wake = null;
      continue;
    }
    let event: TrackerInput = next.event;
    const keyBefore = lastDeliveredKey;
    if (event.type === 'keystrokes') {
      const typedAt = event.times;
      const parsed = parseMessage({ type: 'keystrokes', times: typedAt.map((key) => key + offsetAt(key)) }, now);
      if (parsed === null) continue;
      event = parsed as KeystrokeReport;
      lastDeliveredKey = Math.max(lastDeliveredKey, ...typedAt);
    }
    if (event.type === 'pause') event = { type: 'pause', until: now + 30 * MINUTE };
    if (event.type === 'tick' && settings.countOtherApps) {
      const active = next.at - lastKeyAtOrBefore(keys, next.at) < SYSTEM_IDLE_DETECTION_MS;
      event = { type: 'system-state', state: active ? 'active' : 'idle' };
    }

    const before = state;
    const result = applyInput(state, event, settings, now);
    state = result.state;

    // Nudges never go out while snoozed, paused or on a break.
    const shown = nudgesIn(result.events);
    if (shown.length > 0) {
      const held = isSnoozed(state.nudges.holds, now) || isPaused(state.nudges.holds, now) || state.breakSession.stage === 'running';
      check(!held, () => `a ${shown[0]?.kind} nudge went out at ${new Date(now).toISOString()} while held back`);
    }

    // Days never decrease; none younger than 90 days is removed; after a move to the next day none older survives.
    if (state.history !== before.history) {
      const today = state.history.today.day;
      const oldestKept = dayKeyBefore(today, HISTORY_DAYS - 1);
      const present = new Map(allDays(state.history).map((totals) => [totals.day, totals]));
      for (const [day, seen] of days) {
        const current = present.get(day);
        if (current === seen) continue;
        if (current === undefined) {
          check(day < oldestKept, () => `day ${day} removed while ${today} is current`);
          pruned += seen.typingMs;
          days.delete(day);
          continue;
        }
        for (const field of DAY_FIELDS) {
          if (field !== 'day') check(current[field] >= seen[field], () => `${day} ${field} went down from ${seen[field]} to ${current[field]}`);
        }
      }
      for (const [day, totals] of present) days.set(day, totals);
      if (before.history.today.day !== '' && today !== before.history.today.day) {
        // The window ends at the new day, or at the day after the old one if that is earlier.
        const dayAfter = nextDayKey(before.history.today.day);
        const windowStart = dayKeyBefore(today < dayAfter ? today : dayAfter, HISTORY_DAYS - 1);
        for (const day of days.keys()) check(day >= windowStart, () => `day ${day} kept past ${today}`);
      }
    }

    // Typing is no more than the keystroke runs and wall time allow, and no more than the active time.
    let typed = pruned;
    for (const totals of days.values()) typed += totals.typingMs;
    // A clock jump inside a run splits it in two on the clock: each may add the overlap of one slice.
    const jumpsSoFar = jumps.filter((jump) => jump.at <= next.at).length;
    const union = typedUnion.upTo(next.at) + jumpsSoFar * KEYSTROKE_SLICE_MS;
    check(typed <= union, () => `typed ${typed} ms, more than the keystroke runs' ${union} ms`);
    check(typed <= next.at - begin + MAX_OBSERVATION_GAP_MS, () => `typed ${typed} ms, more than wall time`);
    check(typed <= state.typing.activeMs, () => `the days hold ${typed} ms of typing, more than ${state.typing.activeMs} ms active`);

    // A streak resets only across a real rest.
    if (before.typing.streakStartedAt !== null && state.typing.streakStartedAt !== before.typing.streakStartedAt) {
      const breakLengthMs = settings.breakLengthMin * MINUTE;
      const keysNow = event.type === 'keystrokes' ? (next.event as KeystrokeReport).times : [];
      const restBeforeTheseKeys = keysNow.length > 0 && Math.min(...keysNow) - keyBefore >= breakLengthMs;
      const restUntilNow = next.at - Math.max(keyBefore, ...keysNow) >= breakLengthMs;
      const restedForReal = restBeforeTheseKeys || restUntilNow;
      const clockSetForward = jumps.some((jump) => jump.byMs > 0 && jump.at > keyBefore && jump.at <= next.at);
      const runningBefore = runningBreak(before.breakSession);
      const finishedBreak = runningBefore !== null && state.breakSession.stage !== 'running' && now >= runningBefore.endsAt;
      check(restedForReal || clockSetForward || finishedBreak, () => `the streak ended without a rest at ${new Date(now).toISOString()}`);
    }

    const delay = wakeTimerDelay(result.nextCheckAt, now);
    if (delay !== null) wake = { at: next.at + delay, order: (order += 1), event: { type: 'tick' } };
  }
  return state;
}

describe(`the tracker driven like the background (TZ=${process.env.TZ})`, () => {
  it('holds every invariant after every step', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        drive(scenario);
      }),
      // A random seed each run; a failure prints its seed, and PROPERTY_SEED replays it.
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60), seed: process.env.PROPERTY_SEED === undefined ? undefined : Number(process.env.PROPERTY_SEED) },
    );
  }, 120_000);

  it('reaches past the 90-day window', () => {
    const [sampled] = fc.sample(scenarioArb, { numRuns: 1, seed: 7 }) as [Scenario];
    const scenario: Scenario = {
      ...sampled,
      start: [[2026, 2, 28], 10],
      segments: Array.from({ length: 2 * 100 }, (_, index): Segment =>
        index % 2 === 0 ? { kind: 'type', durationMs: 2 * MINUTE, everyMs: 400, tabs: 1 } : { kind: 'sleep', durationMs: DAY - 2 * MINUTE - SECOND },
      ),
    };
    const state = drive(scenario);
    const kept = allDays(state.history).map((totals) => totals.day);
    expect(kept).toHaveLength(HISTORY_DAYS);
    expect(kept[0]).toBe(dayKeyBefore(state.history.today.day, HISTORY_DAYS - 1));
    expect(state.history.today.day).toBe(localDayKey(new Date(2026, 2, 28 + 99, 10).getTime()));
  });
});
