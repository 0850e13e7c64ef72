// Figure: the cost of one keystroke report must not grow with the history's length. The same
// sequence of reports (KEYS_PER_REPORT keystrokes each, KEY_SPACING_MS apart, all within one
// local day) is folded through the tracker (applyInput) from states whose history holds 0, 30
// and HISTORY_DAYS past days (one more than pruning keeps beside today: the worst case), in
// interleaved rounds (median taken). Then, untimed, the bytes the background would rewrite per
// report: it writes only the items whose value changed identity (changedValues in
// utils/store/stored-state.ts), so a report must leave the past days' array alone.

import { defaultSettings } from '../../utils/settings/settings';
import { applyInput } from '../../utils/tracker/tracker';
import { INITIAL_TRACKER_STATE, type TrackerState } from '../../utils/tracker/tracker-state';
import { changedValues, initialStoredState } from '../../utils/store/stored-state';
import { HISTORY_DAYS } from '../../utils/days/history';
import { emptyDay, type DayTotals } from '../../utils/days/day-totals';
import { dayKeyBefore, localDayKey, HOUR, MINUTE } from '../../utils/helpers/time';
import type { KeystrokeReport } from '../../utils/typing/activity-timing';
import { formatNumber, median, printTable, type Bench, type Figure } from './report';
import { seededRandom } from '../support/fixtures';

const SEED = 0x4157;
const PAST_DAYS = [0, 30, HISTORY_DAYS] as const;
const REPORTS = 20_000;
const KEYS_PER_REPORT = 16;
const KEY_SPACING_MS = 150;
const ROUNDS = 7;
/** Reports folded per turn within a round (a few ms of work). */
const CHUNK_REPORTS = 500;
/** Budget: a report with the longest history costs at most this many times one with none. */
const MAX_COST_RATIO = 1.5;
const SETTINGS = { ...defaultSettings(), dailyLimitEnabled: true };
/** 07:00 local on a Monday: 20,000 reports of 16 keys 150 ms apart end at 20:20 the same day. */
const START_AT = new Date(2025, 5, 2, 7, 0, 0).getTime();

/** A plausible day of keyboard work; weekends are lighter. */
function pastDay(random: () => number, day: string): DayTotals {
  const between = (low: number, high: number) => Math.round(low + random() * (high - low));
  const weekend = [0, 6].includes(new Date(`${day}T12:00:00`).getDay());
  const typingMs = weekend ? between(0, 1 * HOUR) : between(2 * HOUR, 5 * HOUR);
  return {
    day,
    typingMs,
    longestStreakMs: Math.min(typingMs, between(5 * MINUTE, 55 * MINUTE)),
    breaksNatural: between(weekend ? 0 : 3, weekend ? 3 : 12),
    breaksCompleted: between(0, 4),
    breaksEndedEarly: between(0, 2),
    breaksTypedThrough: between(0, 1),
    nudgesShown: between(0, 10),
    nudgesSnoozed: between(0, 3),
    nudgesIgnored: between(0, 3),
    glasses: between(2, 9),
    microPausesPrompted: between(0, 12),
    microPausesTaken: between(0, 8),
    microPausesNatural: between(5, 40),
    microPausesSkipped: between(0, 4),
    dailyLimitReached: typingMs >= 4 * HOUR ? 1 : 0,
    nudgesHeld: between(0, 3),
  };
}

/** A fresh tracker state on the first report's day, with `count` past days before it, oldest first. */
function stateWithHistory(count: number): TrackerState {
  const random = seededRandom(SEED);
  const today = localDayKey(START_AT);
  const past = Array.from({ length: count }, (_, index) => pastDay(random, dayKeyBefore(today, count - index)));
  return { ...INITIAL_TRACKER_STATE, history: { today: emptyDay(today), past } };
}

/** The reports, each with the time it is handled at (its last keystroke). */
function reportSequence(): { event: KeystrokeReport; now: number }[] {
  return Array.from({ length: REPORTS }, (_, report) => {
    const first = START_AT + report * KEYS_PER_REPORT * KEY_SPACING_MS;
    const times = Array.from({ length: KEYS_PER_REPORT }, (_, key) => first + key * KEY_SPACING_MS);
    return { event: { type: 'keystrokes', times }, now: times[times.length - 1] as number };
  });
}

type Reports = ReturnType<typeof reportSequence>;

/**
 * One round: the sequence folded from each state, chunk by chunk, the lengths taking turns on
 * every chunk (in rotating order), so that a burst of load from elsewhere on the machine hits
 * them alike. Returns microseconds per report for each state.
 */
function timedRound(states: readonly TrackerState[], reports: Reports, round: number): number[] {
  const current = [...states];
  const elapsed = states.map(() => 0);
  for (let chunk = 0; chunk * CHUNK_REPORTS < reports.length; chunk += 1) {
    const from = chunk * CHUNK_REPORTS;
    const to = Math.min(reports.length, from + CHUNK_REPORTS);
    for (let turn = 0; turn < states.length; turn += 1) {
      const which = (round + chunk + turn) % states.length;
      let state = current[which] as TrackerState;
      const start = performance.now();
      for (let index = from; index < to; index += 1) {
        const report = reports[index] as Reports[number];
        state = applyInput(state, report.event, SETTINGS, report.now).state;
      }
      elapsed[which] = (elapsed[which] as number) + performance.now() - start;
      current[which] = state;
    }
  }
  if (current.some((state) => state.history.today.typingMs <= 0)) throw new Error('the reports typed nothing');
  return elapsed.map((ms) => (ms * 1000) / reports.length);
}

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

interface Rewrites {
  /** The most frequent set of rewritten items, e.g. 'typing + today'. */
  typicalItems: string;
  /** Median bytes rewritten by the reports that rewrite exactly the typical items. */
  typicalBytes: number;
  /** Share of the reports that rewrite exactly the typical items. */
  typicalShare: number;
  totalBytes: number;
  pastDaysRewrites: number;
  /** The state after the last report. */
  final: TrackerState;
}

/** Replays the sequence and measures what each report makes the background rewrite (JSON bytes of the values). */
function rewrites(state: TrackerState, reports: Reports): Rewrites {
  const bySet = new Map<string, number[]>();
  let totalBytes = 0;
  let pastDaysRewrites = 0;
  let before = state;
  for (const report of reports) {
    const after = applyInput(before, report.event, SETTINGS, report.now).state;
    const changed = Object.entries(changedValues({ ...initialStoredState(), settings: SETTINGS, tracker: before }, { ...initialStoredState(), settings: SETTINGS, tracker: after }));
    const bytes = changed.reduce((total, [, value]) => total + jsonBytes(value), 0);
    const items = changed.map(([item]) => item).join(' + ') || '(nothing)';
    const same = bySet.get(items);
    if (same === undefined) bySet.set(items, [bytes]);
    else same.push(bytes);
    totalBytes += bytes;
    if (changed.some(([item]) => item === 'pastDays')) pastDaysRewrites += 1;
    before = after;
  }
  const [typicalItems, typical] = [...bySet].sort((a, b) => b[1].length - a[1].length)[0] as [string, number[]];
  return {
    typicalItems,
    typicalBytes: median(typical),
    typicalShare: typical.length / reports.length,
    totalBytes,
    pastDaysRewrites,
    final: before,
  };
}

export const historyCost: Figure = {
  name: 'history-cost',
  title:
    `Tracker cost per keystroke report by history length (${formatNumber(REPORTS)} reports of ${KEYS_PER_REPORT} keys ` +
    `${KEY_SPACING_MS} ms apart x ${ROUNDS} rounds, interleaved every ${CHUNK_REPORTS} reports; median)`,
  run(bench: Bench) {
    const reports = reportSequence();
    const lengths = PAST_DAYS.map((days) => ({ days, state: stateWithHistory(days), samples: [] as number[] }));
    const states = lengths.map((length) => length.state);
    timedRound(states, reports, 0); // warm-up
    for (let round = 0; round < ROUNDS; round += 1) {
      const costs = timedRound(states, reports, round);
      lengths.forEach((length, index) => length.samples.push(costs[index] as number));
    }

    const results = lengths.map((length) => {
      const replayed = rewrites(length.state, reports);
      return { ...length, cost: median(length.samples), final: replayed.final, rewrites: replayed };
    });
    const none = results[0] as (typeof results)[number];
    const longest = results[results.length - 1] as (typeof results)[number];

    const typingHours = formatNumber((REPORTS * KEYS_PER_REPORT * KEY_SPACING_MS) / HOUR, 1);
    console.log(
      `  from ${new Date(START_AT).toString().slice(0, 21)} local, ${typingHours} h of steady typing on that day; ` +
        `past days are plausible totals, one per calendar day before it\n`,
    );
    printTable(
      ['past days', 'µs/report', 'min', 'max', 'vs 0 days'],
      results.map((result) => [
        result.days,
        formatNumber(result.cost, 2),
        formatNumber(Math.min(...result.samples), 2),
        formatNumber(Math.max(...result.samples), 2),
        `${(result.cost / none.cost).toFixed(2)}x`,
      ]),
    );
    console.log('\n  Bytes rewritten in storage per report (JSON of the items whose value changed identity):\n');
    printTable(
      [
        'past days',
        'pastDays JSON B',
        'typical report rewrites',
        'share',
        'B/typical report',
        'B/report (mean)',
        'reports rewriting pastDays',
      ],
      results.map((result) => [
        result.days,
        jsonBytes(result.state.history.past),
        result.rewrites.typicalItems,
        `${formatNumber(result.rewrites.typicalShare * 100, 1)}%`,
        result.rewrites.typicalBytes,
        formatNumber(result.rewrites.totalBytes / REPORTS, 1),
        result.rewrites.pastDaysRewrites,
      ]),
    );
    console.log('');

    const typed = results.map((result) => result.final.history.today.typingMs);
    const sameDay = results.every((result) => result.final.history.today.day === none.final.history.today.day);
    bench.check(
      'every history length folds the same day',
      sameDay && typed.every((ms) => ms === typed[0]) && (typed[0] ?? 0) > 0,
      `typed today ${typed.map((ms) => formatNumber(ms)).join(' / ')} ms`,
    );
    const kept = results.filter((result) => result.final.history.past === result.state.history.past);
    bench.check(
      'past days left as they were',
      kept.length === results.length,
      `the same array after ${formatNumber(REPORTS)} reports for ${kept.length} of ${results.length} histories ` +
        `(${PAST_DAYS.join(' / ')} past days)`,
    );
    bench.budget(
      `cost per report, ${longest.days} past days (≤ ${MAX_COST_RATIO}x ${none.days} days)`,
      longest.cost,
      '<=',
      MAX_COST_RATIO * none.cost,
      'µs',
    );
    bench.budget(
      `bytes rewritten by a typical report, ${longest.days} past days (= ${none.days} days)`,
      longest.rewrites.typicalBytes,
      '==',
      none.rewrites.typicalBytes,
      'B',
    );
    bench.budget(
      `bytes rewritten over all reports, ${longest.days} past days (= ${none.days} days)`,
      longest.rewrites.totalBytes,
      '==',
      none.rewrites.totalBytes,
      'B',
    );
  },
};
