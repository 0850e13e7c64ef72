// Checks that a value read from storage has the shape the code expects, so that corrupt or
// foreign data is replaced by defaults instead of crashing the extension or hanging a page: a
// time lies within the range a Date can hold, a duration is not negative, a list is not longer
// than it is told.

import { isRecord } from './is-record';

/** The latest instant a Date can hold: a stored time past it is no time at all. */
const MAX_TIME_MS = 8.64e15;

/**
 * A field's type, or a check of its own for a field that holds more than one value. A `time` is an
 * instant (ms since the epoch, within a Date's range), a `duration` a non-negative length of time.
 */
type FieldType =
  | 'number'
  | 'time'
  | 'time|null'
  | 'duration'
  | 'duration|null'
  | 'string'
  | 'string|null'
  | 'boolean'
  | ((value: unknown) => boolean);

/** Whether a value is a number from `min` to `max`. */
export const isBetween = (value: unknown, min: number, max: number): value is number => typeof value === 'number' && value >= min && value <= max;

export type Shape<T> = { readonly [K in keyof T]-?: FieldType };

function fieldMatches(value: unknown, type: FieldType): boolean {
  if (typeof type === 'function') return type(value);
  if (value === null && type.endsWith('|null')) return true;
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'time':
    case 'time|null':
      return isBetween(value, 0, MAX_TIME_MS);
    case 'duration':
    case 'duration|null':
      return isBetween(value, 0, MAX_TIME_MS);
    case 'string|null':
      return typeof value === 'string';
    default:
      return typeof value === type;
  }
}

export function conformsTo<T>(value: unknown, shape: Shape<T>): value is T {
  if (!isRecord(value)) return false;
  return Object.entries<FieldType>(shape).every(([key, type]) => fieldMatches(value[key], type));
}

/**
 * A check of a stage machine's state read from storage: a `stage` it has, and the fields of
 * that stage, each of its type.
 */
export const isStaged =
  <T extends { stage: string }>(shapes: { readonly [Stage in T['stage']]: object }) =>
  (value: unknown): value is T => {
    const stage = isRecord(value) ? value.stage : undefined;
    return typeof stage === 'string' && Object.hasOwn(shapes, stage) && conformsTo(value, shapes[stage as T['stage']] as Shape<unknown>);
  };

/** Whether a value is a list of at most `most` entries, each of which passes `isEntry`. */
export const isListOf =
  (isEntry: (entry: unknown) => boolean, most: number) =>
  (value: unknown): boolean =>
    Array.isArray(value) && value.length <= most && value.every(isEntry);
