import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readTrackerState, writeTrackerState } from '@/utils/storage';
import { INITIAL_TRACKER_STATE } from '@/utils/tracker';
import { emptyDay } from '@/utils/history';
import { makeTrackerState, makeTypingState } from '../support/fixtures';

describe('stored state', () => {
  it('reads defaults from empty storage', async () => {
    expect(await readTrackerState()).toEqual(INITIAL_TRACKER_STATE);
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
    });
    expect(await readTrackerState()).toEqual({
      ...INITIAL_TRACKER_STATE,
      history: { today: emptyDay(''), past: [goodDay] },
      recentTips: ['micro-pause'],
    });
  });

  it('writes only the items that changed, in one call', async () => {
    const before = makeTrackerState();
    const after = { ...before, typing: makeTypingState({ streakMs: 5000, streakStartedAt: 1 }) };
    await writeTrackerState(before, after);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => !key.endsWith('$'))).toEqual(['typing']);
    expect((await readTrackerState()).typing.streakMs).toBe(5000);
  });
});
