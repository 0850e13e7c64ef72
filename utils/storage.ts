// Every piece of Handrest's stored state, declared once with its default and schema version.
// The background is the only writer of the tracker's state (through its serial queue); the
// options page is the only writer of settings. Readers repair corrupt data to defaults.

import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from './settings';
import { INITIAL_TYPING_STATE, type TypingState } from './typing-model';
import { INITIAL_NUDGE_STATE, type NudgeState } from './nudge-schedule';
import { emptyDay, isDayTotals, type DayTotals } from './history';
import { conformsTo, orFallback, type Shape } from './stored-shape';
import type { BreakSession, TrackerState } from './tracker';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const typingItem = storage.defineItem<TypingState>('local:typing', {
  fallback: INITIAL_TYPING_STATE,
  version: 1,
});

export const nudgesItem = storage.defineItem<NudgeState>('local:nudges', {
  fallback: INITIAL_NUDGE_STATE,
  version: 1,
});

export const todayItem = storage.defineItem<DayTotals>('local:today', {
  fallback: emptyDay(''),
  version: 1,
});

export const pastDaysItem = storage.defineItem<DayTotals[]>('local:pastDays', {
  fallback: [],
  version: 1,
});

export const breakSessionItem = storage.defineItem<BreakSession | null>('local:breakSession', {
  fallback: null,
  version: 1,
});

export const recentTipsItem = storage.defineItem<string[]>('local:recentTips', {
  fallback: [],
  version: 1,
});

/** Every stored item, for "delete all data" and for the privacy list in the README. */
export const STORED_ITEMS = [
  settingsItem,
  typingItem,
  nudgesItem,
  todayItem,
  pastDaysItem,
  breakSessionItem,
  recentTipsItem,
] as const;

const TYPING_SHAPE: Shape<TypingState> = {
  lastActivityAt: 'number|null',
  coveredUntil: 'number',
  streakMs: 'number',
  streakStartedAt: 'number|null',
  activeMs: 'number',
  lastRestAt: 'number|null',
  systemActiveSince: 'number|null',
};

const NUDGE_SHAPE: Shape<NudgeState> = {
  streakId: 'number|null',
  breakDueSince: 'number|null',
  breakShownAt: 'number|null',
  snoozedUntil: 'number|null',
  pausedUntil: 'number|null',
  activeMsAtDrink: 'number',
  hydrationDueSince: 'number|null',
  activeMsAtHydrationNudge: 'number|null',
  breakAnsweredFor: 'number|null',
};

const BREAK_SHAPE: Shape<BreakSession> = { startedAt: 'number', endsAt: 'number', typedDuring: 'boolean' };

export async function readSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

/** Reads the tracker's state; any item that is corrupt comes back as its default. */
export async function readTrackerState(): Promise<TrackerState> {
  const [typing, nudges, today, past, breakSession, recentTips] = await Promise.all([
    typingItem.getValue(),
    nudgesItem.getValue(),
    todayItem.getValue(),
    pastDaysItem.getValue(),
    breakSessionItem.getValue(),
    recentTipsItem.getValue(),
  ]);
  return {
    typing: orFallback(typing, TYPING_SHAPE, INITIAL_TYPING_STATE),
    nudges: orFallback(nudges, NUDGE_SHAPE, INITIAL_NUDGE_STATE),
    history: {
      today: isDayTotals(today) ? today : emptyDay(''),
      past: Array.isArray(past) ? past.filter(isDayTotals) : [],
    },
    breakSession: conformsTo(breakSession, BREAK_SHAPE) ? breakSession : null,
    recentTips: Array.isArray(recentTips) ? recentTips.filter((id): id is string => typeof id === 'string') : [],
  };
}

/** Writes the parts of the tracker's state that changed, in one storage call. */
export async function writeTrackerState(before: TrackerState, after: TrackerState): Promise<void> {
  const changes = [
    { item: typingItem, before: before.typing, after: after.typing },
    { item: nudgesItem, before: before.nudges, after: after.nudges },
    { item: todayItem, before: before.history.today, after: after.history.today },
    { item: pastDaysItem, before: before.history.past, after: after.history.past },
    { item: breakSessionItem, before: before.breakSession, after: after.breakSession },
    { item: recentTipsItem, before: before.recentTips, after: after.recentTips },
  ].filter((change) => change.before !== change.after);
  if (changes.length > 0) await storage.setItems(changes.map(({ item, after: value }) => ({ item, value })));
}

/** Deletes every stored item: afterwards each one reads as its default. */
export async function deleteAllData(): Promise<void> {
  await storage.removeItems([...STORED_ITEMS]);
}
