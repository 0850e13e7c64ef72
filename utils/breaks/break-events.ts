// What happened in the break cycle, as data: the kinds of break, the holds and the break in
// progress say it; the background carries out the effects (notifications, badge, tabs) and the
// day's counters are folded from the same events (days/day-counts.ts). Nothing compares a state
// before and after to find out. Every event carries the time it happened, which also names its day.

/** The kinds of break: each has a stage machine of its own (break-cycle.ts lists them) and a notification. */
export type NudgeKind = 'break' | 'hydration' | 'micro' | 'limit';


export type BreakEvent =
  /** The current streak reached "break after". */
  | { type: 'break-due'; at: number }
  /** The day's typing reached the daily limit (its notice may wait for the holds). */
  | { type: 'limit-reached'; at: number }
  /** A nudge went out (the daily limit's is the notice that the day reached it). */
  | { type: 'nudge-shown'; kind: NudgeKind; at: number; typedThroughMs: number | null }
  /** A nudge came due in quiet time and is held (a micro-pause is skipped). Once per nudge. */
  | { type: 'held'; kind: NudgeKind; at: number }
  /** A prompt still out was taken back: its tier was turned off. */
  | { type: 'nudge-withdrawn'; kind: NudgeKind; at: number }
  /** Typing went on a minute past a break nudge (ignored) or a micro-pause prompt (skipped). */
  | { type: 'typed-through'; kind: 'break' | 'micro'; at: number }
  | { type: 'micro-pause-taken'; asked: boolean; at: number }
  | { type: 'break-started'; at: number }
  /** A natural rest ended a streak of `streakMs`. */
  | { type: 'break-ended'; how: 'rested'; at: number; streakMs: number }
  /** A break from the break view ended, run to its end, ended early, typed through, or dropped with all data; the tabs muted for it are to be unmuted. */
  | { type: 'break-ended'; how: 'completed' | 'ended-early' | 'typed-through' | 'cancelled'; at: number; mutedTabIds: readonly number[] }
  | { type: 'snoozed'; at: number }
  | { type: 'water-logged'; at: number };

/** Most steps change nothing: one shared empty list spares an allocation each time. */
export const NO_EVENTS: readonly BreakEvent[] = Object.freeze([]);
