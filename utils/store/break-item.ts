// The `breakSession` item: the break being taken, or how the latest one ended, version 4.

import { isBreakSpan, isBreakState, NO_BREAK, type BreakSession, type BreakState } from '../breaks/break-session';
import { planGuide } from '../breaks/guided-break';
import { itemOf } from './stored-item';
import { isRecord } from '../helpers/is-record';

/** Version 3's break in progress, which noted typing during it as a flag (frozen). */
type RunningBreakV3 = { stage: 'running'; typedDuring: boolean } & Omit<BreakSession, 'typedMs'>;

/** Version 3: the break in progress, or how the latest one ended (frozen). */
type BreakStateV3 = Exclude<BreakState, { stage: 'running' }> | RunningBreakV3;

/** Version 1 of the break in progress, before guided breaks (frozen); null when none ran. */
type BreakSessionV1 = Omit<RunningBreakV3, 'stage' | 'guide' | 'mutedTabIds'> | null;

/** Version 2: the break in progress, or null (frozen). */
type BreakSessionV2 = Omit<RunningBreakV3, 'stage'> | null;

/** Version 2 guides the break: a break running across the update gets its exercises from its start; no tab was muted. */
function breakV2FromV1(stored: BreakSessionV1): BreakSessionV2 {
  // A span no break can have (a damaged item) is no break: it is never filled with steps.
  if (!isRecord(stored) || !isBreakSpan(stored.startedAt, stored.endsAt)) return null;
  return { ...stored, guide: planGuide(stored.endsAt - stored.startedAt, stored.startedAt, []), mutedTabIds: [] };
}

/** Version 3 names the stage: a break in progress runs on; none stored means none ran. */
function breakV3FromV2(stored: BreakSessionV2): BreakStateV3 {
  return isRecord(stored) ? { stage: 'running', ...stored } : { stage: 'none' };
}

/** Version 4 holds the countdown while typing: a break running across the update has held it for nothing yet, and keeps its end. */
function breakV4FromV3(stored: BreakStateV3): BreakState {
  if (!isRecord(stored) || stored.stage !== 'running') return stored;
  const { typedDuring: _flag, ...running } = stored;
  return { ...running, typedMs: 0 };
}

export const BREAK_ITEM = itemOf<BreakState>({
  version: 4,
  fallback: NO_BREAK,
  migrations: { 2: breakV2FromV1, 3: breakV3FromV2, 4: breakV4FromV3 },
  isSound: isBreakState,
});
