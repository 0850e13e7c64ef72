// The `recentTips` and `recentExercises` items: ids, version 1; a damaged list keeps its strings.

import type { StoredItem } from './stored-item';

const stringList = (): StoredItem<string[]> => ({
  version: 1,
  fallback: [],
  migrations: {},
  repair: (raw) => (Array.isArray(raw) ? raw.filter((entry): entry is string => typeof entry === 'string') : []),
});

export const RECENT_TIPS_ITEM = stringList();
export const RECENT_EXERCISES_ITEM = stringList();
