// A day's totals: what Handrest counts per local day, the fields in the order an export writes them,
// the shapes earlier versions stored and exported (and how each becomes the next), the check of a
// day read from storage or a file, and an empty day. Pure.

import { isDayKey } from '../helpers/time';

export interface DayTotals {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  typingMs: number;
  longestStreakMs: number;
  /** Rests that happened by themselves (no typing for the break length). */
  breaksNatural: number;
  /** Breaks started from Handrest and run to their end. */
  breaksCompleted: number;
  breaksEndedEarly: number;
  /** Breaks from Handrest that typing filled more than half of: no rest, and not counted as one. */
  breaksTypedThrough: number;
  nudgesShown: number;
  nudgesSnoozed: number;
  /** Break nudges the user typed on past without a rest, snooze or break. */
  nudgesIgnored: number;
  glasses: number;
  /** Micro-pauses asked for, taken after being asked, taken without being asked, and typed through. */
  microPausesPrompted: number;
  microPausesTaken: number;
  microPausesNatural: number;
  microPausesSkipped: number;
  /** 1 when the day's typing reached the daily limit (and the limit was on), else 0. */
  dailyLimitReached: number;
  /** Nudges that came due in quiet time (a call, fullscreen, a meeting, outside working hours) and were held. */
  nudgesHeld: number;
}

/** The fields a day gained in version 2 of the stored days (and of the export). */
const DAY_FIELDS_SINCE_V2 = [
  'microPausesPrompted',
  'microPausesTaken',
  'microPausesNatural',
  'microPausesSkipped',
  'dailyLimitReached',
] as const satisfies readonly (keyof DayTotals)[];

/** The field a day gained in version 3 of the stored days (and of the export). */
const DAY_FIELDS_SINCE_V3 = ['nudgesHeld'] as const satisfies readonly (keyof DayTotals)[];

/** The field a day gained in version 4 of the stored days (and of the export). */
const DAY_FIELDS_SINCE_V4 = ['breaksTypedThrough'] as const satisfies readonly (keyof DayTotals)[];

/** The fields of a day, in the order an export writes them (the page and the CSV show them as day-columns.ts lists them). */
export const DAY_FIELDS = [
  'day',
  'typingMs',
  'longestStreakMs',
  'breaksNatural',
  'breaksCompleted',
  'breaksEndedEarly',
  'nudgesShown',
  'nudgesSnoozed',
  'nudgesIgnored',
  'glasses',
  ...DAY_FIELDS_SINCE_V2,
  ...DAY_FIELDS_SINCE_V3,
  ...DAY_FIELDS_SINCE_V4,
] as const satisfies readonly (keyof DayTotals)[];

/** A day as version 3 stored or exported it. */
export type DayTotalsV3 = Omit<DayTotals, (typeof DAY_FIELDS_SINCE_V4)[number]>;

/** A day as version 2 stored or exported it. */
export type DayTotalsV2 = Omit<DayTotalsV3, (typeof DAY_FIELDS_SINCE_V3)[number]>;

/** A day as version 1 stored or exported it. */
export type DayTotalsV1 = Omit<DayTotalsV2, (typeof DAY_FIELDS_SINCE_V2)[number]>;

/** A version-1 day with the fields version 2 added, at zero: nothing of them was counted then. */
export function dayV2FromV1(day: DayTotalsV1): DayTotalsV2 {
  return { ...day, microPausesPrompted: 0, microPausesTaken: 0, microPausesNatural: 0, microPausesSkipped: 0, dailyLimitReached: 0 };
}

/** A version-2 day with the nudges held for quiet time, at zero. */
export function dayV3FromV2(day: DayTotalsV2): DayTotalsV3 {
  return { ...day, nudgesHeld: 0 };
}

/** A version-3 day with the breaks typed through, at zero: until then a break typed through counted as completed. */
export function dayV4FromV3(day: DayTotalsV3): DayTotals {
  return { ...day, breaksTypedThrough: 0 };
}

/** Whether a value read from storage or a file is a well-formed day record. */
export function isDayTotals(value: unknown): value is DayTotals {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return DAY_FIELDS.every((field) => {
    const entry = record[field];
    if (field === 'day') return typeof entry === 'string' && isDayKey(entry);
    return typeof entry === 'number' && Number.isFinite(entry) && entry >= 0;
  });
}

export type DayCounter = Exclude<keyof DayTotals, 'day' | 'typingMs' | 'longestStreakMs'>;

export function emptyDay(day: string): DayTotals {
  return {
    day,
    typingMs: 0,
    longestStreakMs: 0,
    breaksNatural: 0,
    breaksCompleted: 0,
    breaksEndedEarly: 0,
    breaksTypedThrough: 0,
    nudgesShown: 0,
    nudgesSnoozed: 0,
    nudgesIgnored: 0,
    glasses: 0,
    microPausesPrompted: 0,
    microPausesTaken: 0,
    microPausesNatural: 0,
    microPausesSkipped: 0,
    dailyLimitReached: 0,
    nudgesHeld: 0,
  };
}

/** Breaks taken on a day: the natural rests and the breaks run to their end. */
export function breaksTaken(totals: DayTotals): number {
  return totals.breaksNatural + totals.breaksCompleted;
}
