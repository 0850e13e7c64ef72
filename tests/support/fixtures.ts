// The one fixture module for every kind of test: unit, end-to-end, bench and screenshots. It has
// no browser dependency (and imports by relative path, so that Node runs it without WXT's aliases):
// settings and states with overrides, a streak that is still going, a week of days, report
// batches, and a simulated clock that types keystroke traces the way a person would.
import { defaultSettings, type Settings } from '../../utils/settings/settings';
import { INITIAL_TYPING_STATE, KEYSTROKE_SLICE_MS, recordKeystroke, type TypingState, type Rest } from '../../utils/typing/typing-model';
import type { NudgeKind } from '../../utils/breaks/break-events';
import { INITIAL_CYCLE_STATE, type BreakCycleState } from '../../utils/breaks/break-cycle';
import type { HoldState } from '../../utils/breaks/holds';
import type { RunningBreak } from '../../utils/breaks/break-session';
import { applyInput } from '../../utils/tracker/tracker';
import { INITIAL_TRACKER_STATE, type ShownNudge, type TrackerEvent, type TrackerInput, type TrackerState } from '../../utils/tracker/tracker-state';
import { planGuide } from '../../utils/breaks/guided-break';
import { emptyDay, type DayTotals } from '../../utils/days/day-totals';
import { buildExport } from '../../utils/days/history-export';
import { REPORT_INTERVAL_MS, type KeystrokeReport } from '../../utils/typing/activity-timing';
import { initialStoredState, type StoredState, type StoredValues } from '../../utils/store/stored-state';
import { INITIAL_SYNC_STATE, type SyncState } from '../../utils/sync/sync-state';
import type { IgnoredEntry, Policy } from '../../utils/settings/policy';
import { SETTING_KEYS } from '../../utils/settings/setting-fields';
import { dayKeyBefore, HOUR, MINUTE, SECOND } from '../../utils/helpers/time';
import { syncedSummaryOf, type DeviceDay, type DeviceSummary, type SyncedSummary } from '../../utils/sync/device-summary';
import type { Computers } from '../../utils/store/devices-item';

/** mulberry32: a small seeded PRNG, uniform in [0, 1), for simulations that must replay exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fixed local instant to start simulations from (a Monday, 09:00 local time). */
export const MONDAY_9AM = new Date(2026, 10, 23, 9, 0, 0).getTime();

export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...overrides };
}

/** An organisation's policy as policyFrom makes it: these settings set and locked, and these entries not used. */
export const makePolicy = (locked: Partial<Settings>, ignored: IgnoredEntry[] = []): Policy => ({
  values: locked,
  locked: SETTING_KEYS.filter((key) => key in locked),
  ignored,
});

export const makeSyncState = (overrides: Partial<SyncState> = {}): SyncState => ({ ...INITIAL_SYNC_STATE, ...overrides });

export function makeTypingState(overrides: Partial<TypingState> = {}): TypingState {
  return { ...INITIAL_TYPING_STATE, ...overrides };
}

/** The break cycle with the given kinds' states; the holds may be given in part. */
export function makeNudges({ holds, ...kinds }: Partial<Omit<BreakCycleState, 'holds'>> & { holds?: Partial<HoldState> } = {}): BreakCycleState {
  return { ...INITIAL_CYCLE_STATE, ...kinds, holds: { ...INITIAL_CYCLE_STATE.holds, ...holds } };
}

export function makeTrackerState(overrides: Partial<TrackerState> = {}): TrackerState {
  return { ...INITIAL_TRACKER_STATE, ...overrides };
}

/** A break running from `startedAt` to `endsAt`, guided through exercises from its start, no tab muted; `typedMs` of typing held it (and is part of its span). */
export function breakSessionOf(startedAt: number, endsAt: number, { typedMs = 0 } = {}): RunningBreak {
  return { stage: 'running', startedAt, endsAt, typedMs, guide: planGuide(endsAt - startedAt - typedMs, startedAt, []), mutedTabIds: [] };
}

/** The nudges among what happened in a step. */
export const nudgesIn = (events: readonly TrackerEvent[]): ShownNudge[] => events.filter((event): event is ShownNudge => event.type === 'nudge-shown');

export interface StreakOptions {
  /** Pauses within the streak (they count as active time, not typing). */
  pausesMs?: number;
  /** Active time since install; by default the streak and its pauses on top of `previous`. */
  activeMs?: number;
  /** The state before, whose active time the streak continues. */
  previous?: TypingState;
  /** Typing since the last micro-pause; none by default (as if one had just been taken). */
  microStreakMs?: number;
}

/**
 * A consistent typing state with a streak of `streakMs` still going: its last keystroke's slice
 * ends at `coveredUntil`. The background takes it as it would its own.
 */
export function streakState(streakMs: number, coveredUntil: number, options: StreakOptions = {}): TypingState {
  const pausesMs = options.pausesMs ?? 30 * SECOND;
  return {
    lastActivityAt: coveredUntil - KEYSTROKE_SLICE_MS,
    coveredUntil,
    streakMs,
    streakStartedAt: coveredUntil - streakMs - pausesMs,
    microStreakMs: options.microStreakMs ?? 0,
    microStreakStartedAt: options.microStreakMs === undefined ? null : coveredUntil - options.microStreakMs,
    activeMs: options.activeMs ?? (options.previous?.activeMs ?? 0) + streakMs + pausesMs,
    systemActiveAt: null,
    uncounted: null,
    slowReportsUntil: 0,
  };
}

const WEEK_TYPING_HOURS = [3.2, 4.1, 0, 5.2, 3.8, 0.6, 1.9];

/** Seven days up to `today` (a day key) with varied figures and one day without typing, oldest first. */
export function weekOfDays(today: string): DayTotals[] {
  return WEEK_TYPING_HOURS.map((hours, index) => ({
    ...emptyDay(dayKeyBefore(today, WEEK_TYPING_HOURS.length - 1 - index)),
    typingMs: Math.round(hours * HOUR),
    longestStreakMs: hours === 0 ? 0 : (20 + index * 4) * MINUTE,
    breaksNatural: 2 + (index % 3),
    breaksCompleted: index % 2,
    breaksEndedEarly: index === 3 ? 1 : 0,
    breaksTypedThrough: index === 5 ? 1 : 0,
    nudgesShown: 3 + (index % 2),
    nudgesSnoozed: index % 2,
    nudgesIgnored: index === 1 ? 1 : 0,
    glasses: 2 + index,
    microPausesPrompted: hours === 0 ? 0 : 4 + (index % 3),
    microPausesTaken: hours === 0 ? 0 : 2 + (index % 2),
    microPausesNatural: hours === 0 ? 0 : 9 + index,
    microPausesSkipped: hours === 0 ? 0 : index % 2,
    dailyLimitReached: hours >= 4 ? 1 : 0,
    nudgesHeld: [0, 1, 0, 0, 2, 0, 1][index] ?? 0,
  }));
}

/** A day's record with `typingMinutes` of typing, a 25-minute streak, two rests and four glasses, and any other figures given. */
export function dayWith(day: string, typingMinutes: number, extra: Partial<DayTotals> = {}): DayTotals {
  return { ...emptyDay(day), typingMs: typingMinutes * MINUTE, longestStreakMs: 25 * MINUTE, breaksNatural: 2, glasses: 4, ...extra };
}

/** The text of a JSON export of `days` and `settings` made at `exportedAt`, with any top-level fields changed or added. */
export function exportText(days: readonly DayTotals[], settings: Settings, exportedAt: number, changes: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...buildExport(days, settings, exportedAt), ...changes }, null, 2);
}

/** A week up to `today` as storage holds it: today apart from the six days before. */
export function storedWeek(today: string): Pick<StoredValues, 'today' | 'pastDays'> {
  const week = weekOfDays(today);
  return { today: week.at(-1) as DayTotals, pastDays: week.slice(0, -1) };
}

/** Keystroke times: `count` keystrokes from `start`, one every `everyMs`. */
export function burst(start: number, count: number, everyMs = 200): number[] {
  return Array.from({ length: count }, (_, index) => start + index * everyMs);
}

/** Typing continuously for `durationMs` from `start` at one keystroke every `everyMs`. */
export function typeFor(start: number, durationMs: number, everyMs = 200): number[] {
  return burst(start, Math.floor(durationMs / everyMs), everyMs);
}

/** Keystroke times as one frame reports them: a batch goes out REPORT_INTERVAL_MS after its first key. */
export function reportBatches(times: readonly number[]): { at: number; report: KeystrokeReport }[] {
  const batches: { at: number; report: KeystrokeReport }[] = [];
  for (const time of times) {
    const open = batches.at(-1);
    if (open !== undefined && time < open.at) open.report.times.push(time);
    else batches.push({ at: time + REPORT_INTERVAL_MS, report: { type: 'keystrokes', times: [time] } });
  }
  return batches;
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

/**
 * Drives the tracker as the background would: keystrokes arrive in report batches, and the alarm
 * ticks every `tickEveryMs` until `until`. Returns the final state and every nudge shown, with its time.
 */
export function driveTracker(
  times: readonly number[],
  until: number,
  settings: Settings = makeSettings(),
  state: TrackerState = makeTrackerState(),
  tickEveryMs = 30 * SECOND,
): { state: TrackerState; shown: { kind: NudgeKind; at: number }[] } {
  const events: { at: number; event: TrackerInput }[] = reportBatches(times).map(({ at, report }) => ({ at, event: report }));
  const start = Math.min(times[0] ?? until, until);
  for (let at = start + tickEveryMs; at <= until; at += tickEveryMs) events.push({ at, event: { type: 'tick' } });
  events.sort((a, b) => a.at - b.at);

  let current = state;
  const shown: { kind: NudgeKind; at: number }[] = [];
  for (const { at, event } of events) {
    const result = applyInput(current, event, settings, at);
    current = result.state;
    shown.push(...nudgesIn(result.events).map(({ kind }) => ({ kind, at })));
  }
  return { state: current, shown };
}

/** `unit` repeated to exactly `length` characters: a long hostile input of a given shape. */
export const repeatedText = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** `count` different host names of the greatest length there is (253 characters, labels of 63): the most a site list can weigh. */
export const longestHosts = (count: number): string[] =>
  Array.from({ length: count }, (_, index) => [repeatedText('a', 63), repeatedText('b', 63), repeatedText('c', 63), String(index).padStart(61, 'd')].join('.'));

/** What "delete all data" leaves: every item at its default, and no setting changed by the person (utils/sync/settings-in-force.ts). */
export const stateAfterDeleteAll = (): StoredState => ({ ...initialStoredState(), sync: { ...INITIAL_SYNC_STATE, changedAt: {} } });

/** The `n`th device id, shaped as crypto.randomUUID() makes them. */
export const deviceIdOf = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A day of a computer's summary with `typingMinutes` of typing, three breaks, two micro-pauses and four glasses, and any other figures given. */
export function deviceDay(day: string, typingMinutes: number, extra: Partial<DeviceDay> = {}): DeviceDay {
  return { day, typingMs: typingMinutes * MINUTE, breaks: 3, microPauses: 2, glasses: 4, ...extra };
}

/** Another computer as this one mirrors it: the `n`th id, a name, when it was last seen, and its days. */
export function otherDevice(n: number, name: string, seenAt: number, days: readonly DeviceDay[]): DeviceSummary {
  return { id: deviceIdOf(n), name, seenAt, days: [...days] };
}

/** Another computer's item as it writes it to the sync area. */
export const deviceItemOf = (device: DeviceSummary): SyncedSummary => syncedSummaryOf(device.name, device.seenAt, device.days);

/** The `devices` item: these other computers, and this computer's figures shown unless told. */
export const computersOf = (others: readonly DeviceSummary[], shown: Computers['shown'] = 'this'): Computers => ({ shown, others: [...others] });
