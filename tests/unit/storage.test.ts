import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readStoredState, STORED_ITEMS, writeStoredState } from '@/utils/browser/storage';
import { initialStoredState, ITEMS } from '@/utils/store/stored-state';
import { emptyDay } from '@/utils/days/day-totals';
import { MAX_PAST_DAYS } from '@/utils/days/history';
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

/** The typing item as version 2 stored it (frozen): a streak going, with a micro-streak and other apps observed. */
const TYPING_V2_SAMPLE = {
  lastActivityAt: 1_764_061_200_000,
  coveredUntil: 1_764_061_201_000,
  streakMs: 754_000,
  streakStartedAt: 1_764_060_300_000,
  microStreakMs: 212_000,
  microStreakStartedAt: 1_764_060_950_000,
  activeMs: 2_460_000,
  systemActiveAt: 1_764_061_190_000,
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
const DAY_FIELDS_SINCE_V4 = { breaksTypedThrough: 0 };
const NEW_DAY_FIELDS = { ...DAY_FIELDS_SINCE_V2, ...DAY_FIELDS_SINCE_V3, ...DAY_FIELDS_SINCE_V4 };

/** A day as version 3 stored it (frozen). */
const DAY_V3_SAMPLE = { ...DAY_V2_SAMPLE, nudgesHeld: 2 };

/** The break in progress as version 3 stored it (frozen): running, typing noted as a flag. */
const BREAK_V3_SAMPLE = { stage: 'running', ...BREAK_V2_SAMPLE };

/** Version 2's break, as version 3 (and 4) keep it: running, and, from version 4, held by no typing yet instead of the flag. */
const { typedDuring: _flag, ...BREAK_V2_WITHOUT_FLAG } = BREAK_V2_SAMPLE;
const QUIET_SETTINGS_V3 = { callSites: defaultSettings().callSites, workingHoursEnabled: false, workingHours: defaultSettings().workingHours, muteTabsDuringBreaks: false };
/** What version 4 of the settings added: the daily limit counting this computer only. */
const ALL_DEVICES_SETTING_V4 = { dailyLimitAllDevices: false };
/** The settings as version 3 stored them (frozen). */
const SETTINGS_V3_SAMPLE = { ...SETTINGS_V2_SAMPLE, ...QUIET_SETTINGS_V3, callSites: ['meet.example.com'], workingHoursEnabled: true, muteTabsDuringBreaks: true };

const rawStorage = () => fakeBrowser.storage.local.get(null);

/** Today and the past days stored at `version` (version 1 kept no version record), migrated, read back. */
async function historyMigratedFrom(version: number, today: object, pastDay: object) {
  const records: Record<string, unknown> = version === 1 ? {} : { today$: { v: version }, pastDays$: { v: version } };
  await fakeBrowser.storage.local.set({ today, pastDays: [pastDay], ...records });
  await STORED_ITEMS.today.migrate();
  await STORED_ITEMS.pastDays.migrate();
  return (await readStoredState()).tracker.history;
}

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
      customPlan: { breakAfterMin: 'x' },
      sync: { enabled: 'yes', deviceName: 'Desk', unsent: ['nonsense'] },
      policy: { values: { breakAfterMin: 1 }, locked: [], ignored: [] },
      devices: { shown: 'all', others: [{ id: 'not-a-uuid', name: 'Desk', seenAt: 1, days: [] }] },
    });
    const initial = initialStoredState();
    expect(await readStoredState()).toEqual({
      settings: makeSettings({ breakAfterMin: 45 }),
      customPlan: null,
      tracker: { ...initial.tracker, history: { today: emptyDay(''), past: [goodDay] }, recentTips: ['micro-pause'] },
      sync: { ...initial.sync, deviceName: 'Desk' },
      policy: initial.policy,
      devices: { shown: 'all', others: [] },
    });
  });

  it('after the first read in a context, reads the whole state in one storage call, with the same values', async () => {
    await fakeBrowser.storage.local.set({ recentTips: ['micro-pause'], settings: { breakAfterMin: 45 } });
    const first = await readStoredState();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await readStoredState()).toEqual(first);
    expect(get).toHaveBeenCalledTimes(1);
    get.mockRestore();
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

describe('stored state bounded on read', () => {
  const DAY = 24 * 60 * 60_000;
  const runningFor = (span: number) => ({ ...breakSessionOf(1_764_062_400_000, 1_764_062_700_000), endsAt: 1_764_062_400_000 + span });

  it.each([
    ['ending ten days after it began', runningFor(10 * DAY)],
    ['ending 1e300 ms after it began', runningFor(1e300)],
    ['ending before it began', runningFor(-60_000)],
    ['with a million steps', { ...breakSessionOf(1_764_062_400_000, 1_764_062_700_000), guide: { steps: Array.from({ length: 1_000_000 }, () => ({ id: 'fist-to-fan', durationMs: 1 })), stepIndex: 0, stepStartedAt: 1_764_062_400_000 } }],
    ['on a step past its last', { ...breakSessionOf(1_764_062_400_000, 1_764_062_700_000), guide: { ...breakSessionOf(1_764_062_400_000, 1_764_062_700_000).guide, stepIndex: 99 } }],
  ])('a stored break %s is no break: dropped, never filled or walked step by step', async (_case, damaged) => {
    await fakeBrowser.storage.local.set({ breakSession: damaged, breakSession$: { v: 4 } });
    expect((await readStoredState()).tracker.breakSession).toEqual({ stage: 'none' });
  });

  it('a break of version 1 spanning ten days is dropped by its migration, not filled with a guide', async () => {
    await fakeBrowser.storage.local.set({ breakSession: { startedAt: 1_764_062_400_000, endsAt: 1_764_062_400_000 + 10 * DAY, typedDuring: false } });
    await STORED_ITEMS.breakSession.migrate();
    expect((await readStoredState()).tracker.breakSession).toEqual({ stage: 'none' });
  });

  it('a typing state with times no clock can show, or a last keystroke past what it covered, starts afresh', async () => {
    for (const typing of [makeTypingState({ coveredUntil: 1e300 }), makeTypingState({ streakMs: -5 }), makeTypingState({ lastActivityAt: 2_000, coveredUntil: 1_000 })]) {
      await fakeBrowser.storage.local.set({ typing, typing$: { v: 2 } });
      expect((await readStoredState()).tracker.typing).toEqual(initialStoredState().tracker.typing);
    }
  });

  it('the recent tips and exercises keep only ids of Handrest\'s own, no more than are remembered', async () => {
    const flood = Array.from({ length: 100_000 }, (_, index) => (index % 2 === 0 ? 'micro-pause' : `x${index}`));
    await fakeBrowser.storage.local.set({ recentTips: [...flood, 'walk-away', 'not-a-tip', 'light-mouse'], recentExercises: ['fist-to-fan', 'teleport', 'fist-to-fan'] });
    const { recentTips, recentExercises } = (await readStoredState()).tracker;
    expect(recentTips).toEqual(['micro-pause', 'walk-away', 'light-mouse']);
    expect(recentExercises).toEqual(['fist-to-fan']);
  });

  it('the past days come back in day order, each once, and no more than may be kept', async () => {
    const day = (key: string, glasses: number) => ({ ...emptyDay(key), glasses });
    await fakeBrowser.storage.local.set({ pastDays: [day('2026-11-03', 1), day('2026-11-01', 2), day('2026-11-03', 3)], pastDays$: { v: 3 } });
    expect((await readStoredState()).tracker.history.past.map((totals) => [totals.day, totals.glasses])).toEqual([['2026-11-01', 2], ['2026-11-03', 3]]);
    const many = Array.from({ length: 5000 }, (_, index) => day(new Date(Date.UTC(2010, 0, 1 + index)).toISOString().slice(0, 10), 1));
    await fakeBrowser.storage.local.set({ pastDays: many });
    const past = (await readStoredState()).tracker.history.past;
    expect(past).toHaveLength(MAX_PAST_DAYS);
    expect(past.at(-1)?.day).toBe(many.at(-1)?.day);
  });

  it('a damaged item is logged once, naming it, and nothing else is', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ breakSession: runningFor(1e300), breakSession$: { v: 3 } });
    vi.resetModules();
    const { readStoredState: readInNewContext } = await import('@/utils/browser/storage');
    await readInNewContext();
    await readInNewContext();
    expect(warn.mock.calls.map(([message]) => message)).toEqual(['Handrest: the stored "breakSession" was damaged; what could not be kept is back to its default.']);
    warn.mockRestore();
  });
});

describe('migrations', () => {
  it('typing version 1 becomes version 4: no lastRestAt (nothing read it), no old system activity to extend, nothing uncounted, no tab told to report slowly', async () => {
    await fakeBrowser.storage.local.set({ typing: TYPING_V1_SAMPLE });
    const { lastRestAt: _dropped, systemActiveSince: _replaced, ...kept } = TYPING_V1_SAMPLE;
    const expected = { ...kept, systemActiveAt: null, microStreakMs: 0, microStreakStartedAt: null, uncounted: null, slowReportsUntil: 0 };
    await STORED_ITEMS.typing.migrate();
    expect(await rawStorage()).toEqual({ typing: expected, typing$: { v: 4 } });
    expect((await readStoredState()).tracker.typing).toEqual(expected);
  });

  it('typing version 2 becomes version 4 with nothing uncounted and no tab told to report slowly, every field kept', async () => {
    await fakeBrowser.storage.local.set({ typing: TYPING_V2_SAMPLE, typing$: { v: 2 } });
    await STORED_ITEMS.typing.migrate();
    expect(await rawStorage()).toEqual({ typing: { ...TYPING_V2_SAMPLE, uncounted: null, slowReportsUntil: 0 }, typing$: { v: 4 } });
  });

  it('typing version 1 read through a freshly defined item is migrated before it is read', async () => {
    await fakeBrowser.storage.local.set({ typing: TYPING_V1_SAMPLE });
    vi.resetModules();
    const { readStoredState: readAfterUpdate } = await import('@/utils/browser/storage');
    expect((await readAfterUpdate()).tracker.typing).not.toHaveProperty('lastRestAt');
    expect((await readAfterUpdate()).tracker.typing.systemActiveAt).toBeNull();
    expect((await rawStorage()).typing$).toEqual({ v: 4 });
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

  it('settings version 1 become version 4 with micro-pauses, the daily limit, quiet time and the limit across computers at their defaults, every choice kept', async () => {
    await fakeBrowser.storage.local.set({ settings: SETTINGS_V1_SAMPLE });
    await STORED_ITEMS.settings.migrate();
    const migrated = { ...SETTINGS_V1_SAMPLE, microPauseAfterMin: 15, microPauseLengthSec: 30, dailyLimitEnabled: false, dailyLimitHours: 4, ...QUIET_SETTINGS_V3, ...ALL_DEVICES_SETTING_V4 };
    expect(await rawStorage()).toEqual({ settings: migrated, settings$: { v: 4 } });
    expect((await readStoredState()).settings).toEqual(migrated);
  });

  it('settings version 2 become version 4 with the known call sites, working hours off and the limit for this computer only, every choice kept', async () => {
    await fakeBrowser.storage.local.set({ settings: SETTINGS_V2_SAMPLE, settings$: { v: 2 } });
    await STORED_ITEMS.settings.migrate();
    expect((await readStoredState()).settings).toEqual({ ...SETTINGS_V2_SAMPLE, ...QUIET_SETTINGS_V3, ...ALL_DEVICES_SETTING_V4 });
    expect((await rawStorage()).settings$).toEqual({ v: 4 });
  });

  it('settings version 3 become version 4 with the daily limit counting this computer only, every choice kept', async () => {
    await fakeBrowser.storage.local.set({ settings: SETTINGS_V3_SAMPLE, settings$: { v: 3 } });
    await STORED_ITEMS.settings.migrate();
    expect(await rawStorage()).toEqual({ settings: { ...SETTINGS_V3_SAMPLE, ...ALL_DEVICES_SETTING_V4 }, settings$: { v: 4 } });
    expect((await readStoredState()).settings).toEqual({ ...SETTINGS_V3_SAMPLE, ...ALL_DEVICES_SETTING_V4 });
  });

  it('days version 1 (today and the past days) become version 4 with the new counts at zero, nothing lost', async () => {
    const yesterday = { ...DAY_V1_SAMPLE, day: '2026-11-19', glasses: 3 };
    const history = await historyMigratedFrom(1, DAY_V1_SAMPLE, yesterday);
    expect(history).toEqual({ today: { ...DAY_V1_SAMPLE, ...NEW_DAY_FIELDS }, past: [{ ...yesterday, ...NEW_DAY_FIELDS }] });
    expect(await rawStorage()).toMatchObject({ today$: { v: 4 }, pastDays$: { v: 4 } });
  });

  it('a break running across the update (version 1) becomes version 4, guided from its start, no tab muted, running, held by no typing', async () => {
    const running = { startedAt: 1_764_062_400_000, endsAt: 1_764_062_700_000, typedDuring: true };
    await fakeBrowser.storage.local.set({ breakSession: running });
    await STORED_ITEMS.breakSession.migrate();
    expect(await rawStorage()).toEqual({ breakSession: breakSessionOf(running.startedAt, running.endsAt), breakSession$: { v: 4 } });
  });

  it('a break running across the update (version 2) becomes version 4, running with its exercises and muted tabs; none stays none', async () => {
    await fakeBrowser.storage.local.set({ breakSession: BREAK_V2_SAMPLE, breakSession$: { v: 2 } });
    await STORED_ITEMS.breakSession.migrate();
    expect(await rawStorage()).toEqual({ breakSession: { stage: 'running', ...BREAK_V2_WITHOUT_FLAG, typedMs: 0 }, breakSession$: { v: 4 } });
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ breakSession: null, breakSession$: { v: 2 } });
    await STORED_ITEMS.breakSession.migrate();
    expect((await readStoredState()).tracker.breakSession).toEqual({ stage: 'none' });
  });

  it('days version 2 become version 4 with no nudges held and no break typed through, every count kept', async () => {
    const yesterday = { ...DAY_V2_SAMPLE, day: '2026-11-19' };
    const history = await historyMigratedFrom(2, DAY_V2_SAMPLE, yesterday);
    const since = { ...DAY_FIELDS_SINCE_V3, ...DAY_FIELDS_SINCE_V4 };
    expect(history).toEqual({ today: { ...DAY_V2_SAMPLE, ...since }, past: [{ ...yesterday, ...since }] });
  });

  it('days version 3 become version 4 with no break typed through: until then a break typed through counted as completed', async () => {
    const yesterday = { ...DAY_V3_SAMPLE, day: '2026-11-19' };
    const history = await historyMigratedFrom(3, DAY_V3_SAMPLE, yesterday);
    expect(history).toEqual({ today: { ...DAY_V3_SAMPLE, ...DAY_FIELDS_SINCE_V4 }, past: [{ ...yesterday, ...DAY_FIELDS_SINCE_V4 }] });
    expect(await rawStorage()).toMatchObject({ today$: { v: 4 }, pastDays$: { v: 4 } });
  });

  it('a break running across the update (version 3) runs on to the end it had, held by no typing yet; an ended one stays as it ended', async () => {
    await fakeBrowser.storage.local.set({ breakSession: BREAK_V3_SAMPLE, breakSession$: { v: 3 } });
    await STORED_ITEMS.breakSession.migrate();
    expect(await rawStorage()).toEqual({ breakSession: { stage: 'running', ...BREAK_V2_WITHOUT_FLAG, typedMs: 0 }, breakSession$: { v: 4 } });
    fakeBrowser.reset();
    const ended = { stage: 'ended', how: 'completed', startedAt: 1_764_062_400_000, endedAt: 1_764_062_700_000 };
    await fakeBrowser.storage.local.set({ breakSession: ended, breakSession$: { v: 3 } });
    await STORED_ITEMS.breakSession.migrate();
    expect((await readStoredState()).tracker.breakSession).toEqual(ended);
  });
});
