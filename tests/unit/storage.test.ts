import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readStoredState, STORED_ITEMS, writeStoredState } from '@/utils/browser/storage';
import { initialStoredState, ITEMS } from '@/utils/store/stored-state';
import { emptyDay } from '@/utils/days/day-totals';
import { defaultSettings } from '@/utils/settings/settings';
import { breakSessionOf, makeSettings, makeTrackerState, makeTypingState } from '../support/fixtures';

/** The typing item as version 1 stored it (frozen: never edit, add a sample per version instead). */
const TYPING_V1_SAMPLE = {
  lastActivityAt: 1_764_061_200_000,
  coveredUntil: 1_764_061_201_000,
  streakMs: 754_000,
  streakStartedAt: 1_764_060_300_000,
  activeMs: 2_460_000,
  lastRestAt: 1_764_059_900_000,
  systemActiveSince: 1_764_060_000_000,
};

/** The nudges item as version 1 stored it (frozen). */
const NUDGES_V1_SAMPLE = {
  streakId: 1_764_060_300_000,
  breakDueSince: 1_764_062_100_000,
  breakShownAt: 1_764_062_105_500,
  snoozedUntil: null,
  pausedUntil: 1_764_064_000_000,
  activeMsAtDrink: 1_800_000,
  hydrationDueSince: null,
  activeMsAtHydrationNudge: null,
  breakAnsweredFor: null,
};

/** The settings as version 1 stored them (frozen). */
const SETTINGS_V1_SAMPLE = {
  breakAfterMin: 40,
  breakLengthMin: 4,
  typingGapSec: 6,
  renudgeMin: 'off',
  snoozeMin: 15,
  hydrationEnabled: false,
  hydrationIntervalMin: 90,
  waterGoalGlasses: 6,
  delivery: 'badge',
  badgeEnabled: true,
  countOtherApps: false,
  excludedSites: ['mail.example.com'],
};

/** A day as version 1 stored it (frozen). */
const DAY_V1_SAMPLE = {
  day: '2026-11-20',
  typingMs: 9_120_000,
  longestStreakMs: 1_980_000,
  breaksNatural: 7,
  breaksCompleted: 2,
  breaksEndedEarly: 1,
  nudgesShown: 5,
  nudgesSnoozed: 1,
  nudgesIgnored: 1,
  glasses: 6,
};

/** The nudges item as version 2 stored it (frozen). */
const NUDGES_V2_SAMPLE = {
  ...NUDGES_V1_SAMPLE,
  pausedFrom: 1_764_063_000_000,
  microStreakId: 1_764_061_000_000,
  microDueSince: null,
  microPromptedAtMs: 900_000,
  microShownAt: 1_764_061_900_000,
  microAnsweredFor: 1_764_061_900_000,
  dailyLimitDay: '2026-11-24',
};

/** The nudges item as version 3 stored it (frozen): a break nudge held in quiet time, a micro-pause asked for, water due and held. */
const NUDGES_V3_SAMPLE = {
  ...NUDGES_V2_SAMPLE,
  snoozedUntil: null,
  microDueSince: null,
  microShownAt: 1_764_062_000_000,
  microAnsweredFor: 1_764_061_900_000,
  hydrationDueSince: 1_764_062_050_000,
  activeMsAtHydrationNudge: 3_600_000,
  breakHeldAt: 1_764_062_160_000,
  hydrationHeldAt: 1_764_062_170_000,
};

/** The break in progress as version 2 stored it (frozen): guided, on its second exercise, one tab muted. */
const BREAK_V2_SAMPLE = {
  startedAt: 1_764_062_400_000,
  endsAt: 1_764_062_700_000,
  typedDuring: true,
  guide: {
    steps: [
      { id: 'fist-to-fan', durationMs: 40_000 },
      { id: 'wrist-circles', durationMs: 30_000 },
      { id: 'shoulder-rolls', durationMs: 230_000 },
    ],
    stepIndex: 1,
    stepStartedAt: 1_764_062_440_000,
  },
  mutedTabIds: [12],
};

/** The settings as version 2 stored them (frozen). */
const SETTINGS_V2_SAMPLE = { ...SETTINGS_V1_SAMPLE, microPauseAfterMin: 'off', microPauseLengthSec: 20, dailyLimitEnabled: true, dailyLimitHours: 6 };

/** A day as version 2 stored it (frozen). */
const DAY_V2_SAMPLE = { ...DAY_V1_SAMPLE, microPausesPrompted: 4, microPausesTaken: 3, microPausesNatural: 11, microPausesSkipped: 1, dailyLimitReached: 1 };

const DAY_FIELDS_SINCE_V2 = { microPausesPrompted: 0, microPausesTaken: 0, microPausesNatural: 0, microPausesSkipped: 0, dailyLimitReached: 0 };
const DAY_FIELDS_SINCE_V3 = { nudgesHeld: 0 };
const NEW_DAY_FIELDS = { ...DAY_FIELDS_SINCE_V2, ...DAY_FIELDS_SINCE_V3 };
const QUIET_SETTINGS_V3 = { callSites: defaultSettings().callSites, workingHoursEnabled: false, workingHours: defaultSettings().workingHours, muteTabsDuringBreaks: false };

const rawStorage = () => fakeBrowser.storage.local.get(null);

describe('stored state', () => {
  it('reads defaults from empty storage', async () => {
    expect(await readStoredState()).toEqual(initialStoredState());
  });

  it('falls back to defaults item by item when stored data is corrupt, keeping what is sound', async () => {
    const goodDay = { ...emptyDay('2026-11-20'), typingMs: 1000 };
    await fakeBrowser.storage.local.set({
      typing: { streakMs: 'lots' },
      nudges: '{"snoozedUntil": 12',
      today: { day: 'yesterday', typingMs: 5 },
      pastDays: [goodDay, { day: '2026-11-21', typingMs: -3 }, null, 'x'],
      breakSession: { startedAt: 1, endsAt: 'soon', typedDuring: false },
      recentTips: ['micro-pause', 42, null],
      settings: { breakAfterMin: 45, typingGapSec: 'x' },
    });
    const initial = initialStoredState();
    expect(await readStoredState()).toEqual({
      settings: makeSettings({ breakAfterMin: 45 }),
      tracker: { ...initial.tracker, history: { today: emptyDay(''), past: [goodDay] }, recentTips: ['micro-pause'] },
    });
  });

  it('writes only the items that changed, in one call', async () => {
    const before = initialStoredState();
    const after = { ...before, tracker: { ...before.tracker, recentTips: ['micro-pause'] } };
    await writeStoredState(before, after);
    expect(await rawStorage()).toEqual({ recentTips: ['micro-pause'] });
  });

  it('writes the version record with an item past version 1, so that it is never migrated twice', async () => {
    const before = initialStoredState();
    const typing = makeTypingState({ streakMs: 5000, streakStartedAt: 1 });
    await writeStoredState(before, { ...before, tracker: makeTrackerState({ typing }) });
    expect(await rawStorage()).toEqual({ typing, typing$: { v: ITEMS.typing.version } });
  });
});

describe('migrations', () => {
  it('typing version 1 becomes version 2: no lastRestAt (nothing read it), and no old system activity to extend', async () => {
    await fakeBrowser.storage.local.set({ typing: TYPING_V1_SAMPLE });
    const { lastRestAt: _dropped, systemActiveSince: _replaced, ...kept } = TYPING_V1_SAMPLE;
    const expected = { ...kept, systemActiveAt: null, microStreakMs: 0, microStreakStartedAt: null };
    await STORED_ITEMS.typing.migrate();
    expect(await rawStorage()).toEqual({ typing: expected, typing$: { v: 2 } });
    expect((await readStoredState()).tracker.typing).toEqual(expected);
  });

  it('typing version 1 read through a freshly defined item is migrated before it is read', async () => {
    await fakeBrowser.storage.local.set({ typing: TYPING_V1_SAMPLE });
    vi.resetModules();
    const { readStoredState: readAfterUpdate } = await import('@/utils/browser/storage');
    expect((await readAfterUpdate()).tracker.typing).not.toHaveProperty('lastRestAt');
    expect((await readAfterUpdate()).tracker.typing.systemActiveAt).toBeNull();
    expect((await rawStorage()).typing$).toEqual({ v: 2 });
  });

  it('nudges version 1 becomes version 4: the shown break nudge, a running pause counted from whenever it began, nothing held, the rest from the start', async () => {
    await fakeBrowser.storage.local.set({ nudges: NUDGES_V1_SAMPLE });
    await STORED_ITEMS.nudges.migrate();
    const { streakId, breakShownAt, pausedUntil, activeMsAtDrink } = NUDGES_V1_SAMPLE;
    expect(await rawStorage()).toEqual({
      nudges: {
        holds: { snoozedUntil: null, pausedFrom: null, pausedUntil },
        break: { stage: 'shown', streakId, at: breakShownAt, answered: false },
        micro: { stage: 'counting', streakId: null, promptedAtMs: 0 },
        hydration: { stage: 'counting', drankAtMs: activeMsAtDrink, remindedAtMs: null },
        limit: { stage: 'counting' },
      },
      nudges$: { v: 4 },
    });
    expect((await readStoredState()).tracker.nudges.holds.pausedUntil).toBe(pausedUntil);
  });

  it('nudges version 2 becomes version 4 with nothing held for quiet time, every count and time kept', async () => {
    await fakeBrowser.storage.local.set({ nudges: NUDGES_V2_SAMPLE, nudges$: { v: 2 } });
    await STORED_ITEMS.nudges.migrate();
    const { streakId, breakShownAt, pausedFrom, pausedUntil, activeMsAtDrink, microStreakId, microPromptedAtMs, dailyLimitDay } = NUDGES_V2_SAMPLE;
    expect(await rawStorage()).toEqual({
      nudges: {
        holds: { snoozedUntil: null, pausedFrom, pausedUntil },
        break: { stage: 'shown', streakId, at: breakShownAt, answered: false },
        micro: { stage: 'counting', streakId: microStreakId, promptedAtMs: microPromptedAtMs },
        hydration: { stage: 'counting', drankAtMs: activeMsAtDrink, remindedAtMs: null },
        limit: { stage: 'reached', day: dailyLimitDay },
      },
      nudges$: { v: 4 },
    });
  });

  it('nudges version 3 becomes version 4, each kind in the stage its times meant', async () => {
    await fakeBrowser.storage.local.set({ nudges: NUDGES_V3_SAMPLE, nudges$: { v: 3 } });
    await STORED_ITEMS.nudges.migrate();
    const sample = NUDGES_V3_SAMPLE;
    expect(await rawStorage()).toEqual({
      nudges: {
        holds: { snoozedUntil: null, pausedFrom: sample.pausedFrom, pausedUntil: sample.pausedUntil },
        break: { stage: 'held', streakId: sample.streakId, at: sample.breakHeldAt },
        micro: { stage: 'asked', askedAt: sample.microShownAt, streakId: sample.microStreakId, promptedAtMs: sample.microPromptedAtMs },
        hydration: { stage: 'held', since: sample.hydrationDueSince, heldAt: sample.hydrationHeldAt, drankAtMs: sample.activeMsAtDrink, remindedAtMs: sample.activeMsAtHydrationNudge },
        limit: { stage: 'reached', day: sample.dailyLimitDay },
      },
      nudges$: { v: 4 },
    });
  });

  it.each([
    ['a break nudge snoozed after it went out is due again, from when it came due', { snoozedUntil: 1_764_062_800_000, breakHeldAt: null }, { stage: 'due', streakId: NUDGES_V3_SAMPLE.streakId, since: NUDGES_V3_SAMPLE.breakDueSince }],
    ['a break nudge answered by a break stays shown and answered', { breakHeldAt: null, breakAnsweredFor: NUDGES_V1_SAMPLE.breakShownAt }, { stage: 'shown', streakId: NUDGES_V3_SAMPLE.streakId, at: NUDGES_V1_SAMPLE.breakShownAt, answered: true }],
    ['a streak below "break after" counts on', { breakDueSince: null, breakHeldAt: null }, { stage: 'counting' }],
  ])('nudges version 3 to 4: %s', async (_case, change, expected) => {
    await fakeBrowser.storage.local.set({ nudges: { ...NUDGES_V3_SAMPLE, ...change }, nudges$: { v: 3 } });
    await STORED_ITEMS.nudges.migrate();
    expect((await readStoredState()).tracker.nudges.break).toEqual(expected);
  });

  it('a damaged part of the nudges falls back to its own start, keeping the sound ones', async () => {
    const holds = { snoozedUntil: 1_764_062_800_000, pausedFrom: null, pausedUntil: null };
    await fakeBrowser.storage.local.set({ nudges: { holds, break: { stage: 'shown', at: 'soon' }, micro: { stage: 'napping' } }, nudges$: { v: 4 } });
    const { nudges } = (await readStoredState()).tracker;
    expect(nudges).toEqual({ ...initialStoredState().tracker.nudges, holds });
  });

  it('settings version 1 become version 3 with micro-pauses, the daily limit and quiet time at their defaults, every choice kept', async () => {
    await fakeBrowser.storage.local.set({ settings: SETTINGS_V1_SAMPLE });
    await STORED_ITEMS.settings.migrate();
    const migrated = { ...SETTINGS_V1_SAMPLE, microPauseAfterMin: 15, microPauseLengthSec: 30, dailyLimitEnabled: false, dailyLimitHours: 4, ...QUIET_SETTINGS_V3 };
    expect(await rawStorage()).toEqual({ settings: migrated, settings$: { v: 3 } });
    expect((await readStoredState()).settings).toEqual(migrated);
  });

  it('settings version 2 become version 3 with the known call sites and working hours off, every choice kept', async () => {
    await fakeBrowser.storage.local.set({ settings: SETTINGS_V2_SAMPLE, settings$: { v: 2 } });
    await STORED_ITEMS.settings.migrate();
    expect((await readStoredState()).settings).toEqual({ ...SETTINGS_V2_SAMPLE, ...QUIET_SETTINGS_V3 });
    expect((await rawStorage()).settings$).toEqual({ v: 3 });
  });

  it('days version 1 (today and the past days) become version 3 with the new counts at zero, nothing lost', async () => {
    const yesterday = { ...DAY_V1_SAMPLE, day: '2026-11-19', glasses: 3 };
    await fakeBrowser.storage.local.set({ today: DAY_V1_SAMPLE, pastDays: [yesterday] });
    await STORED_ITEMS.today.migrate();
    await STORED_ITEMS.pastDays.migrate();
    const { history } = (await readStoredState()).tracker;
    expect(history).toEqual({ today: { ...DAY_V1_SAMPLE, ...NEW_DAY_FIELDS }, past: [{ ...yesterday, ...NEW_DAY_FIELDS }] });
    expect(await rawStorage()).toMatchObject({ today$: { v: 3 }, pastDays$: { v: 3 } });
  });

  it('a break running across the update (version 1) becomes version 3, guided from its start, no tab muted, running', async () => {
    const running = { startedAt: 1_764_062_400_000, endsAt: 1_764_062_700_000, typedDuring: true };
    await fakeBrowser.storage.local.set({ breakSession: running });
    await STORED_ITEMS.breakSession.migrate();
    expect(await rawStorage()).toEqual({ breakSession: breakSessionOf(running.startedAt, running.endsAt, { typedDuring: true }), breakSession$: { v: 3 } });
  });

  it('a break running across the update (version 2) becomes version 3, running with its exercises and muted tabs; none stays none', async () => {
    await fakeBrowser.storage.local.set({ breakSession: BREAK_V2_SAMPLE, breakSession$: { v: 2 } });
    await STORED_ITEMS.breakSession.migrate();
    expect(await rawStorage()).toEqual({ breakSession: { stage: 'running', ...BREAK_V2_SAMPLE }, breakSession$: { v: 3 } });
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ breakSession: null, breakSession$: { v: 2 } });
    await STORED_ITEMS.breakSession.migrate();
    expect((await readStoredState()).tracker.breakSession).toEqual({ stage: 'none' });
  });

  it('days version 2 become version 3 with no nudges held, every count kept', async () => {
    const yesterday = { ...DAY_V2_SAMPLE, day: '2026-11-19' };
    await fakeBrowser.storage.local.set({ today: DAY_V2_SAMPLE, today$: { v: 2 }, pastDays: [yesterday], pastDays$: { v: 2 } });
    await STORED_ITEMS.today.migrate();
    await STORED_ITEMS.pastDays.migrate();
    const { history } = (await readStoredState()).tracker;
    expect(history).toEqual({ today: { ...DAY_V2_SAMPLE, ...DAY_FIELDS_SINCE_V3 }, past: [{ ...yesterday, ...DAY_FIELDS_SINCE_V3 }] });
  });
});
