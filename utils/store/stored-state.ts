// What Handrest keeps in storage, as the core sees it: the stored state (the settings and the
// tracker's state), the storage key and schema version of each part, the repair of whatever a
// read returns (missing, partial or corrupt parts fall back to their defaults), and which parts a
// change rewrites. Pure: browser/storage.ts does the reading and writing.

import { defaultSettings, repairSettings, type Settings } from '../settings/settings';
import { INITIAL_TRACKER_STATE, type BreakSession, type TrackerState } from '../tracker/tracker';
import { INITIAL_TYPING_STATE, type TypingState } from '../typing/typing-model';
import { INITIAL_NUDGE_STATE, type NudgeState } from '../breaks/nudge-schedule';
import { dayV2FromV1, dayV3FromV2, emptyDay, isDayTotals, type DayTotals, type DayTotalsV1, type DayTotalsV2 } from '../days/history';
import { INITIAL_QUIET_STATE, type QuietState } from '../breaks/quiet-time';
import { conformsTo, isListOf, orFallback, type Shape } from '../helpers/stored-shape';
import { isGuideState, planGuide } from '../breaks/guided-break';

export interface StoredState {
  settings: Settings;
  tracker: TrackerState;
}

/** Each stored item's value, by its key in `storage.local`. */
export interface StoredValues {
  settings: Settings;
  typing: TypingState;
  nudges: NudgeState;
  today: DayTotals;
  pastDays: DayTotals[];
  breakSession: BreakSession | null;
  recentTips: string[];
  recentExercises: string[];
  quiet: QuietState;
}

export type StorageKey = keyof StoredValues;

/** Every key Handrest stores, in `storage.local` (never sync). The README's privacy table lists each. */
export const STORAGE_KEYS = [
  'settings',
  'typing',
  'nudges',
  'today',
  'pastDays',
  'breakSession',
  'recentTips',
  'recentExercises',
  'quiet',
] as const satisfies readonly StorageKey[];

/** The schema version of each item; WXT keeps it beside the item under `<key>$`. */
export const STORAGE_VERSIONS: Record<StorageKey, number> = {
  settings: 3,
  typing: 2,
  nudges: 3,
  today: 3,
  pastDays: 3,
  breakSession: 2,
  recentTips: 1,
  recentExercises: 1,
  quiet: 1,
};

/** Version 1 of the typing item. */
export interface TypingStateV1 extends Omit<TypingState, 'systemActiveAt' | 'microStreakMs' | 'microStreakStartedAt'> {
  /** When the latest rest completed: nothing read it. */
  lastRestAt: number | null;
  /** Since when the system had reported activity; it let a closed browser's night count as typing. */
  systemActiveSince: number | null;
}

/**
 * Version 2 drops `lastRestAt`; keeps when the system was last observed active instead of since
 * when (an old observation is unknown time now, so it starts afresh); and counts the typing since
 * the last micro-pause, from none.
 */
export function typingV2FromV1(stored: TypingStateV1): TypingState {
  const { lastRestAt: _dropped, systemActiveSince: _replaced, ...typing } = stored;
  return { ...typing, systemActiveAt: null, microStreakMs: 0, microStreakStartedAt: null };
}

/** Version 2 of the nudges item, before nudges were held for quiet time. */
export type NudgeStateV2 = Omit<NudgeState, 'breakHeldAt' | 'hydrationHeldAt'>;

/** Version 1 of the nudges item, before pause starts, micro-pauses and the daily limit. */
export type NudgeStateV1 = Omit<NudgeStateV2, 'pausedFrom' | 'microStreakId' | 'microDueSince' | 'microPromptedAtMs' | 'microShownAt' | 'microAnsweredFor' | 'dailyLimitDay'>;

/**
 * Version 2 keeps when a pause began (a pause already running counts from whenever it began), and
 * the micro-pause and daily-limit bookkeeping, starting empty.
 */
export function nudgesV2FromV1(stored: NudgeStateV1): NudgeStateV2 {
  const { breakHeldAt: _none, hydrationHeldAt: _neither, ...initial } = INITIAL_NUDGE_STATE;
  return { ...initial, ...stored };
}

/** Version 3 notes nudges held for quiet time; none was held before. */
export function nudgesV3FromV2(stored: NudgeStateV2): NudgeState {
  return { ...stored, breakHeldAt: null, hydrationHeldAt: null };
}

/** Version 2 of the settings, before quiet time and guided breaks. */
export type SettingsV2 = Omit<Settings, 'callSites' | 'workingHoursEnabled' | 'workingHours' | 'muteTabsDuringBreaks'>;

/** Version 1 of the settings, before micro-pauses and the daily limit. */
export type SettingsV1 = Omit<SettingsV2, 'microPauseAfterMin' | 'microPauseLengthSec' | 'dailyLimitEnabled' | 'dailyLimitHours'>;

/** Version 2 adds micro-pauses and the daily limit, at their defaults; every earlier choice is kept. */
export function settingsV2FromV1(stored: SettingsV1): SettingsV2 {
  const { microPauseAfterMin, microPauseLengthSec, dailyLimitEnabled, dailyLimitHours } = defaultSettings();
  return { microPauseAfterMin, microPauseLengthSec, dailyLimitEnabled, dailyLimitHours, ...stored };
}

/** Version 3 adds quiet time (the known call sites, working hours off) and muting tabs during a break (off). */
export function settingsV3FromV2(stored: SettingsV2): Settings {
  const { callSites, workingHoursEnabled, workingHours, muteTabsDuringBreaks } = defaultSettings();
  return { callSites, workingHoursEnabled, workingHours, muteTabsDuringBreaks, ...stored };
}

/** Version 1 of the break session, before guided breaks. */
export type BreakSessionV1 = Omit<BreakSession, 'guide' | 'mutedTabIds'>;

/** Version 2 guides the break: a break running across the update gets its exercises from its start; no tab was muted. */
export function breakSessionV2FromV1(stored: BreakSessionV1 | null): BreakSession | null {
  if (stored === null) return null;
  return { ...stored, guide: planGuide(stored.endsAt - stored.startedAt, stored.startedAt, []), mutedTabIds: [] };
}

/** Version 2 of the stored days adds the micro-pause counts and the daily limit, at zero. */
export const pastDaysV2FromV1 = (stored: DayTotalsV1[]): DayTotalsV2[] => stored.map(dayV2FromV1);

/** Version 3 of the stored days adds the nudges held for quiet time, at zero. */
export const pastDaysV3FromV2 = (stored: DayTotalsV2[]): DayTotals[] => stored.map(dayV3FromV2);

/**
 * The version records (WXT's `<key>$`) of items written at the current schema: an item past
 * version 1 without one would be taken for version 1 and migrated again.
 */
export function versionRecordsFor(keys: readonly StorageKey[]): Record<string, { v: number }> {
  return Object.fromEntries(keys.filter((key) => STORAGE_VERSIONS[key] > 1).map((key) => [`${key}$`, { v: STORAGE_VERSIONS[key] }]));
}

export function initialStoredState(): StoredState {
  return { settings: defaultSettings(), tracker: INITIAL_TRACKER_STATE };
}

const TYPING_SHAPE: Shape<TypingState> = {
  lastActivityAt: 'number|null',
  coveredUntil: 'number',
  streakMs: 'number',
  streakStartedAt: 'number|null',
  microStreakMs: 'number',
  microStreakStartedAt: 'number|null',
  activeMs: 'number',
  systemActiveAt: 'number|null',
};

const NUDGE_SHAPE: Shape<NudgeState> = {
  streakId: 'number|null',
  breakDueSince: 'number|null',
  breakShownAt: 'number|null',
  snoozedUntil: 'number|null',
  pausedFrom: 'number|null',
  pausedUntil: 'number|null',
  activeMsAtDrink: 'number',
  hydrationDueSince: 'number|null',
  activeMsAtHydrationNudge: 'number|null',
  breakAnsweredFor: 'number|null',
  microStreakId: 'number|null',
  microDueSince: 'number|null',
  microPromptedAtMs: 'number|null',
  microShownAt: 'number|null',
  microAnsweredFor: 'number|null',
  dailyLimitDay: 'string|null',
  breakHeldAt: 'number|null',
  hydrationHeldAt: 'number|null',
};

const QUIET_SHAPE: Shape<QuietState> = {
  inCall: 'boolean',
  fullscreen: 'boolean',
  meetingUntil: 'number|null',
  since: 'number|null',
  endedAt: 'number|null',
};

const BREAK_SHAPE: Shape<BreakSession> = {
  startedAt: 'number',
  endsAt: 'number',
  typedDuring: 'boolean',
  guide: isGuideState,
  mutedTabIds: isListOf((id) => Number.isInteger(id)),
};

/** The strings of a stored list (nothing when it is not a list). */
const stringsIn = (value: unknown): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []);

/** The stored state from what a read returned; every part that is missing or corrupt is its default. */
export function storedStateFrom(raw: Partial<Record<StorageKey, unknown>>): StoredState {
  return {
    settings: repairSettings(raw.settings),
    tracker: {
      typing: orFallback(raw.typing, TYPING_SHAPE, INITIAL_TYPING_STATE),
      nudges: orFallback(raw.nudges, NUDGE_SHAPE, INITIAL_NUDGE_STATE),
      history: {
        today: isDayTotals(raw.today) ? raw.today : emptyDay(''),
        past: Array.isArray(raw.pastDays) ? raw.pastDays.filter(isDayTotals) : [],
      },
      breakSession: conformsTo(raw.breakSession, BREAK_SHAPE) ? raw.breakSession : null,
      recentTips: stringsIn(raw.recentTips),
      recentExercises: stringsIn(raw.recentExercises),
      quiet: orFallback(raw.quiet, QUIET_SHAPE, INITIAL_QUIET_STATE),
    },
  };
}

export function storedValuesOf({ settings, tracker }: StoredState): StoredValues {
  return {
    settings,
    typing: tracker.typing,
    nudges: tracker.nudges,
    today: tracker.history.today,
    pastDays: tracker.history.past,
    breakSession: tracker.breakSession,
    recentTips: tracker.recentTips,
    recentExercises: tracker.recentExercises,
    quiet: tracker.quiet,
  };
}

/**
 * The items a change rewrites: those whose value is a different object. The core never mutates
 * state, so an unchanged part keeps its identity: a keystroke report leaves the past days alone.
 */
export function changedValues(before: StoredState, after: StoredState): Partial<StoredValues> {
  const old = storedValuesOf(before);
  const next = storedValuesOf(after);
  const changed: Partial<Record<StorageKey, unknown>> = {};
  for (const key of STORAGE_KEYS) {
    if (old[key] !== next[key]) changed[key] = next[key];
  }
  return changed as Partial<StoredValues>;
}
