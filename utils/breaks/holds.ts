// The holds every kind of break consults the same way: a snooze (every nudge waits until it ends),
// a pause (nothing counts or nudges from its start to its end; afterwards only typing brings a
// nudge back, as the person may not be at the keyboard yet), and quiet time (quiet-time.ts: a call,
// fullscreen, a meeting, outside working hours), in which a nudge that is due is held. The pause
// also decides which keystrokes count: they are judged by the time they were typed. Pure.

import { MINUTE } from '../helpers/time';
import type { TypingState } from '../typing/typing-model';
import type { Settings } from '../settings/settings';
import { conformsTo, type Shape } from '../helpers/stored-shape';
import { NO_EVENTS, type BreakEvent } from './break-events';

/** The longest pause the popup offers is "until tomorrow": less than a day and an hour (DST). */
export const MAX_PAUSE_MS = 25 * 60 * MINUTE;

export interface HoldState {
  snoozedUntil: number | null;
  /** When the latest pause began (keystrokes typed from then until pausedUntil never count). */
  pausedFrom: number | null;
  /** The latest pause's end; kept after it, since a nudge comes back only with typing after it. */
  pausedUntil: number | null;
}

export const INITIAL_HOLD_STATE: Readonly<HoldState> = Object.freeze({ snoozedUntil: null, pausedFrom: null, pausedUntil: null });

const HOLD_SHAPE: Shape<HoldState> = { snoozedUntil: 'time|null', pausedFrom: 'time|null', pausedUntil: 'time|null' };

export const isHoldState = (value: unknown): value is HoldState => conformsTo(value, HOLD_SHAPE);

/** The holds as every kind sees them at one moment. */
export interface HoldsNow {
  paused: boolean;
  snoozed: boolean;
  /** The end of the latest pause and snooze (0 when there was none): nothing goes out before them. */
  pauseEnd: number;
  snoozeEnd: number;
  quiet: boolean;
  /** When the latest quiet time ended: a nudge held through it is offered from then. */
  quietEndedAt: number | null;
}

export const isPaused = (holds: HoldState, now: number) => holds.pausedUntil !== null && now < holds.pausedUntil;
/** Whether a keystroke typed at `time` fell in the pause (whenever it is reported). */
export const isPausedAt = (holds: HoldState, time: number) => isPaused(holds, time) && time >= (holds.pausedFrom ?? -Infinity);
export const isSnoozed = (holds: HoldState, now: number) => holds.snoozedUntil !== null && now < holds.snoozedUntil;

export function holdsAt(holds: HoldState, quiet: { active: boolean; endedAt: number | null }, now: number): HoldsNow {
  return {
    paused: isPaused(holds, now),
    snoozed: isSnoozed(holds, now),
    pauseEnd: holds.pausedUntil ?? 0,
    snoozeEnd: holds.snoozedUntil ?? 0,
    quiet: quiet.active,
    quietEndedAt: quiet.endedAt,
  };
}

/**
 * When a nudge due since `dueSince` may go out as far as the holds go: once a snooze and a pause
 * have ended, and after a pause only once typing has resumed (null until then).
 */
export function pastHolds(holds: HoldsNow, typing: TypingState, dueSince: number): number | null {
  if ((typing.lastActivityAt ?? 0) < holds.pauseEnd) return null;
  return Math.max(dueSince, holds.snoozeEnd, holds.pauseEnd);
}

/** What the person asks of the holds. */
export type HoldAction = { type: 'snooze' } | { type: 'pause'; until: number } | { type: 'resume' };

/** The holds after an action at `now`: a snooze holds every nudge for the snooze length; a pause replaces any snooze; resuming ends both. */
export function stepHolds(holds: HoldState, action: HoldAction, settings: Pick<Settings, 'snoozeMin'>, now: number): { state: HoldState; events: readonly BreakEvent[] } {
  switch (action.type) {
    case 'snooze':
      return { state: { ...holds, snoozedUntil: now + settings.snoozeMin * MINUTE }, events: [{ type: 'snoozed', at: now }] };
    case 'pause':
      return { state: { pausedFrom: now, pausedUntil: action.until, snoozedUntil: null }, events: NO_EVENTS };
    case 'resume':
      return { state: INITIAL_HOLD_STATE, events: NO_EVENTS };
  }
}

const isAfter = (time: number | null, limit: number) => time !== null && time > limit;
const notAfter = (time: number | null, limit: number) => (time === null || time <= limit ? time : limit);

/** After the clock moved back: a pause began no later than `now`, and a snooze or a pause lasts no longer than it could from now. */
export function pullHoldsBack(holds: HoldState, settings: Pick<Settings, 'snoozeMin'>, now: number): HoldState {
  const snoozeLimit = now + settings.snoozeMin * MINUTE;
  const pauseLimit = now + MAX_PAUSE_MS;
  if (!isAfter(holds.pausedFrom, now) && !isAfter(holds.snoozedUntil, snoozeLimit) && !isAfter(holds.pausedUntil, pauseLimit)) return holds;
  return {
    pausedFrom: notAfter(holds.pausedFrom, now),
    snoozedUntil: notAfter(holds.snoozedUntil, snoozeLimit),
    pausedUntil: notAfter(holds.pausedUntil, pauseLimit),
  };
}
