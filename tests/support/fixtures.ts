// The one fixture builder for tests: settings, model and tracker states with overrides, and a
// simulated clock helper that types keystroke traces the way a person would.
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { INITIAL_TYPING_STATE, recordKeystroke, observe, type TypingState, type Rest } from '@/utils/typing-model';
import { INITIAL_NUDGE_STATE, type NudgeKind, type NudgeState } from '@/utils/nudge-schedule';
import { applyEvent, INITIAL_TRACKER_STATE, type TrackerEvent, type TrackerState } from '@/utils/tracker';
import { REPORT_INTERVAL_MS } from '@/utils/keystroke-reporter';
import { SECOND } from '@/utils/time';
import {
  breakSessionItem,
  nudgesItem,
  pastDaysItem,
  recentTipsItem,
  settingsItem,
  todayItem,
  typingItem,
} from '@/utils/storage';

/** A fixed local instant to start simulations from (a Monday, 09:00 local time). */
export const MONDAY_9AM = new Date(2026, 10, 23, 9, 0, 0).getTime();

export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, excludedSites: [...DEFAULT_SETTINGS.excludedSites], ...overrides };
}

export function makeTypingState(overrides: Partial<TypingState> = {}): TypingState {
  return { ...INITIAL_TYPING_STATE, ...overrides };
}

export function makeNudgeState(overrides: Partial<NudgeState> = {}): NudgeState {
  return { ...INITIAL_NUDGE_STATE, ...overrides };
}

export function makeTrackerState(overrides: Partial<TrackerState> = {}): TrackerState {
  return { ...INITIAL_TRACKER_STATE, ...overrides };
}

/** Keystroke times: `count` keystrokes from `start`, one every `everyMs`. */
export function burst(start: number, count: number, everyMs = 200): number[] {
  return Array.from({ length: count }, (_, index) => start + index * everyMs);
}

/** Typing continuously for `durationMs` from `start` at one keystroke every `everyMs`. */
export function typeFor(start: number, durationMs: number, everyMs = 200): number[] {
  return burst(start, Math.floor(durationMs / everyMs), everyMs);
}

/** Folds keystroke times (in the given order) into the model, collecting the rests. */
export function runModel(
  times: readonly number[],
  settings: Settings = makeSettings(),
  state: TypingState = makeTypingState(),
): { state: TypingState; rests: Rest[]; typedMs: number } {
  let current = state;
  const rests: Rest[] = [];
  let typedMs = 0;
  for (const time of times) {
    const step = recordKeystroke(current, time, settings);
    current = step.state;
    rests.push(...step.rests);
    typedMs += step.typed === null ? 0 : step.typed.end - step.typed.start;
  }
  return { state: current, rests, typedMs };
}

/** The model observed at `now` after a trace. */
export function observeAt(state: TypingState, now: number, settings: Settings = makeSettings()) {
  return observe(state, now, settings);
}

export const seconds = (count: number) => count * SECOND;

/**
 * Drives the tracker as the background would: keystrokes arrive in reports sent
 * REPORT_INTERVAL_MS after a batch's first key, and the alarm ticks every `tickEveryMs`
 * until `until`. Returns the final state and every nudge shown, with its time.
 */
export function driveTracker(
  times: readonly number[],
  until: number,
  settings: Settings = makeSettings(),
  state: TrackerState = makeTrackerState(),
  tickEveryMs = 30 * SECOND,
): { state: TrackerState; shown: { kind: NudgeKind; at: number }[] } {
  const events: { at: number; event: TrackerEvent }[] = [];
  let batch: number[] = [];
  const sendBatch = () => {
    if (batch.length > 0) events.push({ at: (batch[0] as number) + REPORT_INTERVAL_MS, event: { type: 'keystrokes', times: batch } });
    batch = [];
  };
  for (const time of times) {
    if (batch.length > 0 && time >= (batch[0] as number) + REPORT_INTERVAL_MS) sendBatch();
    batch.push(time);
  }
  sendBatch();
  const start = Math.min(times[0] ?? until, until);
  for (let at = start + tickEveryMs; at <= until; at += tickEveryMs) events.push({ at, event: { type: 'tick' } });
  events.sort((a, b) => a.at - b.at);

  let current = state;
  const shown: { kind: NudgeKind; at: number }[] = [];
  for (const { at, event } of events) {
    const result = applyEvent(current, event, settings, at);
    current = result.state;
    shown.push(...result.show.map(({ kind }) => ({ kind, at })));
  }
  return { state: current, shown };
}

/** Puts a whole tracker state (and optionally settings) into storage, as the background would have. */
export async function seedStorage(tracker: TrackerState, settings?: Settings): Promise<void> {
  await Promise.all([
    typingItem.setValue(tracker.typing),
    nudgesItem.setValue(tracker.nudges),
    todayItem.setValue(tracker.history.today),
    pastDaysItem.setValue(tracker.history.past),
    breakSessionItem.setValue(tracker.breakSession),
    recentTipsItem.setValue(tracker.recentTips),
    ...(settings === undefined ? [] : [settingsItem.setValue(settings)]),
  ]);
}
