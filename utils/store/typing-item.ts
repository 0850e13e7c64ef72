// The `typing` item: the typing model's state, version 4.

import { INITIAL_TYPING_STATE, type TypingState } from '../typing/typing-model';
import { conformsTo, type Shape } from '../helpers/stored-shape';
import { MAX_KEYSTROKE_AGE_MS } from '../typing/activity-timing';
import { itemOf } from './stored-item';

/** Version 3 of the typing item (frozen), before tabs could be told to report slowly. */
type TypingStateV3 = Omit<TypingState, 'slowReportsUntil'>;

/** Version 2 of the typing item (frozen), before the span a clock set back left uncounted. */
type TypingStateV2 = Omit<TypingStateV3, 'uncounted'>;

/** Version 1 of the typing item (frozen). */
interface TypingStateV1 extends Omit<TypingStateV2, 'systemActiveAt' | 'microStreakMs' | 'microStreakStartedAt'> {
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
function typingV2FromV1(stored: TypingStateV1): TypingStateV2 {
  const { lastRestAt: _dropped, systemActiveSince: _replaced, ...typing } = stored;
  return { ...typing, systemActiveAt: null, microStreakMs: 0, microStreakStartedAt: null };
}

/** Version 3 notes the span a clock set back left uncounted; none was noted before. */
const typingV3FromV2 = (stored: TypingStateV2): TypingStateV3 => ({ ...stored, uncounted: null });

/** Version 4 notes until when tabs may report slowly; until then every tab reported soon. */
const typingV4FromV3 = (stored: TypingStateV3): TypingState => ({ ...stored, slowReportsUntil: 0 });

const UNCOUNTED_SHAPE: Shape<NonNullable<TypingState['uncounted']>> = { from: 'time', until: 'time', lastAt: 'time|null' };

const TYPING_SHAPE: Shape<TypingState> = {
  lastActivityAt: 'time|null',
  coveredUntil: 'time',
  streakMs: 'duration',
  streakStartedAt: 'time|null',
  microStreakMs: 'duration',
  microStreakStartedAt: 'time|null',
  activeMs: 'duration',
  systemActiveAt: 'time|null',
  uncounted: (span) => span === null || (conformsTo(span, UNCOUNTED_SHAPE) && span.until - span.from <= MAX_KEYSTROKE_AGE_MS),
  slowReportsUntil: 'time',
};

export const TYPING_ITEM = itemOf<TypingState>({
  version: 4,
  fallback: INITIAL_TYPING_STATE,
  migrations: { 2: typingV2FromV1, 3: typingV3FromV2, 4: typingV4FromV3 },
  // The latest activity is never past the end of what it covered: a typed run would otherwise be taken to reach back to it.
  isSound: (raw): raw is TypingState => conformsTo(raw, TYPING_SHAPE) && (raw.lastActivityAt ?? 0) <= raw.coveredUntil,
});
