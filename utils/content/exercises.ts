// The exercise catalogue for guided breaks and micro-pauses: hand, finger, wrist and forearm
// movements, and a few for the whole body. Each has how long it takes, the body area, the article
// point it serves and, where it matters, which caution goes with it (and whether doing it is
// drinking a glass of water, which the break view logs). Pure data: the words (a title,
// what to do in one or two short lines, what its picture shows as the text alternative of its
// illustration in components/ExerciseArt.tsx, and the cautions) are in the locale files, written in
// Handrest's own words from the source article's points like the tips, and
// utils/words/content-text.ts reads them.

import type { ArticlePoint } from './tips';

type BodyArea = 'fingers' | 'hand' | 'wrist' | 'forearm' | 'body';

/** Which of the two shared cautions an exercise shows: to move gently, or to stretch short of pain. */
export type Caution = 'gentle' | 'stretch';

/** An entry of the catalogue as written; `Exercise` is one with its id known to be in the catalogue. */
interface ExerciseEntry {
  id: string;
  durationSec: number;
  area: BodyArea;
  point: Extract<ArticlePoint, 'overuse' | 'dehydration'>;
  caution?: Caution;
  /** Doing it is drinking a glass of water: the break view offers to log the glass. */
  logsGlass?: true;
}

const CATALOGUE = [
  {
    id: 'fist-to-fan',
    durationSec: 30,
    area: 'hand',
    point: 'overuse',
  },
  {
    id: 'finger-spread',
    durationSec: 30,
    area: 'fingers',
    point: 'overuse',
  },
  {
    id: 'thumb-touches',
    durationSec: 30,
    area: 'fingers',
    point: 'overuse',
  },
  {
    id: 'tendon-glides',
    durationSec: 40,
    area: 'fingers',
    point: 'overuse',
    caution: 'gentle',
  },
  {
    id: 'wrist-flexor-stretch',
    durationSec: 40,
    area: 'wrist',
    point: 'overuse',
    caution: 'stretch',
  },
  {
    id: 'wrist-extensor-stretch',
    durationSec: 40,
    area: 'wrist',
    point: 'overuse',
    caution: 'stretch',
  },
  {
    id: 'wrist-circles',
    durationSec: 30,
    area: 'wrist',
    point: 'overuse',
    caution: 'gentle',
  },
  {
    id: 'prayer-stretch',
    durationSec: 30,
    area: 'wrist',
    point: 'overuse',
    caution: 'stretch',
  },
  {
    id: 'forearm-turns',
    durationSec: 30,
    area: 'forearm',
    point: 'overuse',
  },
  {
    id: 'side-bends',
    durationSec: 30,
    area: 'wrist',
    point: 'overuse',
  },
  {
    id: 'thumb-stretch',
    durationSec: 30,
    area: 'fingers',
    point: 'overuse',
    caution: 'gentle',
  },
  {
    id: 'claw-stretch',
    durationSec: 30,
    area: 'fingers',
    point: 'overuse',
    caution: 'gentle',
  },
  {
    id: 'finger-lifts',
    durationSec: 30,
    area: 'fingers',
    point: 'overuse',
  },
  {
    id: 'shake-out',
    durationSec: 20,
    area: 'hand',
    point: 'overuse',
  },
  {
    id: 'shoulder-rolls',
    durationSec: 30,
    area: 'body',
    point: 'overuse',
  },
  {
    id: 'stand-and-reach',
    durationSec: 30,
    area: 'body',
    point: 'overuse',
  },
  {
    id: 'drink-water',
    durationSec: 60,
    area: 'body',
    point: 'dehydration',
    logsGlass: true,
  },
] as const satisfies readonly ExerciseEntry[];

export type ExerciseId = (typeof CATALOGUE)[number]['id'];

export type Exercise = ExerciseEntry & { id: ExerciseId };

export const EXERCISES: readonly Exercise[] = CATALOGUE;

const BY_ID = new Map<string, Exercise>(EXERCISES.map((exercise) => [exercise.id, exercise]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}
