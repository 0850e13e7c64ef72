// Equality by value for what settings and stored state hold (numbers, strings, booleans, lists
// and plain records): two records with the same fields in another order are the same, as the
// browser's storage may hand a record back with its keys reordered.

import { isRecord } from './is-record';

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((entry, index) => sameValue(entry, b[index]));
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
}
