// The `recentTips` and `recentExercises` items: ids of Handrest's own tips and exercises, no more
// than are remembered, version 1; a damaged list keeps the ids it may hold, the latest last.

import { RECENT_TIPS_KEPT } from '../content/tip-choice';
import { TIPS } from '../content/tips';
import { EXERCISES } from '../content/exercises';
import { itemOf, type StoredItem } from './stored-item';

function idList(known: readonly { id: string }[], most: number): StoredItem<string[]> {
  const ids: ReadonlySet<string> = new Set(known.map((entry) => entry.id));
  const isKnown = (entry: unknown): entry is string => typeof entry === 'string' && ids.has(entry);
  return itemOf<string[]>({
    version: 1,
    fallback: [],
    migrations: {},
    isSound: (raw): raw is string[] => Array.isArray(raw) && raw.length <= most && raw.every(isKnown),
    repair: (raw) => (Array.isArray(raw) ? [...new Set(raw.filter(isKnown))].slice(-most) : []),
  });
}

export const RECENT_TIPS_ITEM = idList(TIPS, RECENT_TIPS_KEPT);
export const RECENT_EXERCISES_ITEM = idList(EXERCISES, EXERCISES.length);
