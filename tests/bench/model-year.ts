// Figure: a simulated year of typing folded through the pure typing model (recordKeystroke,
// keystroke by keystroke) and through the tracker (applyInput, in reports of up to
// KEYS_PER_REPORT times as the background receives them). Only the folds are timed, not the
// generation of the year. Sanity: the two folds agree, and typing time ≤ active time ≤ the
// simulated span.

import { defaultSettings } from '../../utils/settings/settings';
import { INITIAL_TYPING_STATE, KEYSTROKE_SLICE_MS, recordKeystroke, type TypingState } from '../../utils/typing/typing-model';
import { applyInput } from '../../utils/tracker/tracker';
import { INITIAL_TRACKER_STATE, type TrackerState } from '../../utils/tracker/tracker-state';
import { REPORT_INTERVAL_MS } from '../../utils/typing/activity-timing';
import { HOUR } from '../../utils/helpers/time';
import { formatNumber, printTable, type Bench, type Figure } from './report';
import { typingYear } from './typing-year';

const SEED = 0x4a11d;
const MIN_KEYSTROKES = 10_000_000;
const KEYS_PER_REPORT = 20;
/** All three break tiers on: micro-pauses and rest breaks (the defaults) and the daily limit. */
const SETTINGS = { ...defaultSettings(), dailyLimitEnabled: true };

interface Fold {
  keystrokes: number;
  reports: number;
  typedMs: number;
  activeMs: number;
  /** Wall time spent folding, in ms. */
  foldMs: number;
}

interface ModelFold extends Fold {
  workdays: number;
  rests: number;
  /** From the first keystroke to the end of the last one's slice. */
  spanMs: number;
}

function foldModel(): ModelFold {
  let state: TypingState = INITIAL_TYPING_STATE;
  const fold: ModelFold = { keystrokes: 0, reports: 0, typedMs: 0, activeMs: 0, foldMs: 0, workdays: 0, rests: 0, spanMs: 0 };
  let firstAt: number | undefined;
  let lastAt = 0;
  for (const day of typingYear(SEED)) {
    const start = performance.now();
    for (let index = 0; index < day.length; index += 1) {
      const step = recordKeystroke(state, day[index] as number, SETTINGS);
      state = step.state;
      if (step.typed !== null) fold.typedMs += step.typed.end - step.typed.start;
      fold.rests += step.rests.length;
    }
    fold.foldMs += performance.now() - start;
    fold.workdays += 1;
    fold.keystrokes += day.length;
    firstAt ??= day[0];
    lastAt = day[day.length - 1] ?? lastAt;
  }
  fold.activeMs = state.activeMs;
  fold.spanMs = lastAt + KEYSTROKE_SLICE_MS - (firstAt ?? lastAt);
  return fold;
}

function foldTracker(): Fold {
  let state: TrackerState = INITIAL_TRACKER_STATE;
  const fold: Fold = { keystrokes: 0, reports: 0, typedMs: 0, activeMs: 0, foldMs: 0 };
  /** Typing time of the days that rolled over into the past (the history keeps only 90 of them). */
  let closedDaysMs = 0;
  let batch: number[] = [];

  const deliver = () => {
    const before = state.history.today.day;
    state = applyInput(state, { type: 'keystrokes', times: batch }, SETTINGS, batch[batch.length - 1] as number).state;
    if (state.history.today.day !== before) {
      closedDaysMs += state.history.past.findLast((totals) => totals.day === before)?.typingMs ?? 0;
    }
    fold.reports += 1;
    batch = [];
  };

  for (const day of typingYear(SEED)) {
    const start = performance.now();
    for (let index = 0; index < day.length; index += 1) {
      const at = day[index] as number;
      // A report holds what one frame typed: it goes out when full or when typing pauses.
      if (batch.length === KEYS_PER_REPORT || (batch.length > 0 && at - (batch[batch.length - 1] as number) >= REPORT_INTERVAL_MS)) {
        deliver();
      }
      batch.push(at);
    }
    if (batch.length > 0) deliver();
    fold.foldMs += performance.now() - start;
    fold.keystrokes += day.length;
  }
  fold.typedMs = closedDaysMs + state.history.today.typingMs;
  fold.activeMs = state.typing.activeMs;
  return fold;
}

const hours = (ms: number) => formatNumber(ms / HOUR, 1);

export const modelYear: Figure = {
  name: 'model-year',
  title: 'Typing model over a simulated year (default settings, all three break tiers on)',
  run(bench: Bench) {
    const model = foldModel();
    const tracker = foldTracker();
    const row = (name: string, fold: Fold) => [
      name,
      fold.keystrokes,
      fold.reports === 0 ? '' : fold.reports,
      hours(fold.typedMs),
      hours(fold.activeMs),
      formatNumber(fold.foldMs / 1000, 2),
      Math.round(fold.keystrokes / (fold.foldMs / 1000)),
      fold.reports === 0 ? '' : formatNumber((fold.foldMs * 1000) / fold.reports, 1),
    ];
    console.log(
      `  ${model.workdays} workdays of 2025, ${hours(model.spanMs)} h from first to last keystroke, ` +
        `${formatNumber(model.rests)} rests; reports hold up to ${KEYS_PER_REPORT} keystrokes ` +
        `(${formatNumber(tracker.keystrokes / Math.max(1, tracker.reports), 1)} on average);\n` +
        `  wall s is the time spent folding (generating the year is not counted)\n`,
    );
    printTable(
      ['fold', 'keystrokes', 'reports', 'typing h', 'active h', 'wall s', 'keystrokes/s', 'µs/report'],
      [row('recordKeystroke', model), row('applyInput', tracker)],
    );
    console.log('');
    bench.budget('keystrokes in the year', model.keystrokes, '>=', MIN_KEYSTROKES, 'keystrokes');
    bench.check(
      'typing ≤ active ≤ simulated span',
      model.typedMs <= model.activeMs && model.activeMs <= model.spanMs,
      `typing ${hours(model.typedMs)} h, active ${hours(model.activeMs)} h, span ${hours(model.spanMs)} h`,
    );
    bench.check(
      'applyInput agrees with recordKeystroke',
      tracker.keystrokes === model.keystrokes && tracker.typedMs === model.typedMs && tracker.activeMs === model.activeMs,
      `typing ${formatNumber(tracker.typedMs)} vs ${formatNumber(model.typedMs)} ms, ` +
        `active ${formatNumber(tracker.activeMs)} vs ${formatNumber(model.activeMs)} ms`,
    );
  },
};
