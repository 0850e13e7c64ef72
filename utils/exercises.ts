// The exercise catalogue for guided breaks and micro-pauses: hand, finger, wrist and forearm
// movements, and a few for the whole body. Each says what to do in one or two short lines, how long
// it takes, the article point it serves, what its picture shows (the text alternative of its
// illustration in components/ExerciseArt.tsx) and, where it matters, a caution. Written in
// Handrest's own words from the source article's points, like the tips. Pure data.

import type { ArticlePoint } from './tips';

type BodyArea = 'fingers' | 'hand' | 'wrist' | 'forearm' | 'body';

/** An entry of the catalogue as written; `Exercise` is one with its id known to be in the catalogue. */
interface ExerciseEntry {
  id: string;
  title: string;
  /** One or two short lines: what to do. */
  steps: readonly string[];
  durationSec: number;
  area: BodyArea;
  point: Extract<ArticlePoint, 'overuse' | 'dehydration'>;
  /** What the picture shows, for a screen reader. */
  picture: string;
  caution?: string;
}

const GENTLE = 'Move gently and stop if it hurts.';
const STRETCH = 'A mild pull only, never pain. Numbness or tingling deserve a doctor’s look.';

const CATALOGUE = [
  {
    id: 'fist-to-fan',
    title: 'Fist to fan',
    steps: ['Close both hands into a soft fist.', 'Open them wide, fingers spread like a fan. Repeat slowly.'],
    durationSec: 30,
    area: 'hand',
    point: 'overuse',
    picture: 'A hand closing into a loose fist, then opening with the fingers spread wide.',
  },
  {
    id: 'finger-spread',
    title: 'Spread and rest',
    steps: ['Hold your hands flat, fingers together.', 'Spread the fingers as far as is comfortable, hold, then let them come back.'],
    durationSec: 30,
    area: 'fingers',
    point: 'overuse',
    picture: 'A flat hand with its fingers together, then spread apart.',
  },
  {
    id: 'thumb-touches',
    title: 'Thumb touches',
    steps: ['Touch your thumb to each fingertip in turn, making a round O.', 'Go from the first finger to the little finger and back.'],
    durationSec: 30,
    area: 'fingers',
    point: 'overuse',
    picture: 'A hand touching its thumb to the first fingertip, then to the little fingertip.',
  },
  {
    id: 'tendon-glides',
    title: 'Tendon glides',
    steps: ['Start with your fingers straight, then bend only the top two joints into a hook.', 'Roll on into a soft fist, then straighten again.'],
    durationSec: 40,
    area: 'fingers',
    point: 'overuse',
    picture: 'A hand moving from straight fingers to a hook, then to a soft fist.',
    caution: GENTLE,
  },
  {
    id: 'wrist-flexor-stretch',
    title: 'Palm-up wrist stretch',
    steps: ['Hold one arm out, palm up.', 'With the other hand, ease the fingers down and back until the inner forearm feels a light stretch.'],
    durationSec: 40,
    area: 'wrist',
    point: 'overuse',
    picture: 'An outstretched arm, palm up, whose hand bends back toward the floor.',
    caution: STRETCH,
  },
  {
    id: 'wrist-extensor-stretch',
    title: 'Palm-down wrist stretch',
    steps: ['Hold one arm out, palm down.', 'Let the hand drop and ease it toward you until the top of the forearm feels a light stretch.'],
    durationSec: 40,
    area: 'wrist',
    point: 'overuse',
    picture: 'An outstretched arm, palm down, whose hand bends down toward the floor.',
    caution: STRETCH,
  },
  {
    id: 'wrist-circles',
    title: 'Wrist circles',
    steps: ['Let your hands hang loose from the wrists.', 'Draw slow circles, five one way and five the other.'],
    durationSec: 30,
    area: 'wrist',
    point: 'overuse',
    picture: 'A loose hand tilting around its wrist along a circular arrow.',
    caution: GENTLE,
  },
  {
    id: 'prayer-stretch',
    title: 'Palms together',
    steps: ['Press your palms together in front of your chest, elbows out.', 'Lower the hands slowly toward your waist, palms still touching.'],
    durationSec: 30,
    area: 'wrist',
    point: 'overuse',
    picture: 'Two palms pressed together in front of the chest, lowering toward the waist.',
    caution: STRETCH,
  },
  {
    id: 'forearm-turns',
    title: 'Forearm turns',
    steps: ['Keep your elbows at your sides, bent at a right angle.', 'Turn your palms up to the ceiling, then down to the floor.'],
    durationSec: 30,
    area: 'forearm',
    point: 'overuse',
    picture: 'A forearm turning its hand palm up, then palm down.',
  },
  {
    id: 'side-bends',
    title: 'Side bends',
    steps: ['Rest your forearm on the desk, hand flat.', 'Tilt the hand toward the thumb, then toward the little finger, without lifting it.'],
    durationSec: 30,
    area: 'wrist',
    point: 'overuse',
    picture: 'A flat hand tilting sideways at the wrist, toward the thumb and then the little finger.',
  },
  {
    id: 'thumb-stretch',
    title: 'Thumb stretch',
    steps: ['Open your hand and move the thumb away from the palm.', 'Hold for a breath, then let it relax back.'],
    durationSec: 30,
    area: 'fingers',
    point: 'overuse',
    picture: 'An open hand moving its thumb away from the palm and back.',
    caution: GENTLE,
  },
  {
    id: 'claw-stretch',
    title: 'Claw and release',
    steps: ['Bend your fingertips toward the base of the fingers, like a claw.', 'Hold a moment, then straighten the fingers.'],
    durationSec: 30,
    area: 'fingers',
    point: 'overuse',
    picture: 'A hand bending its fingertips into a claw, then straightening them.',
    caution: GENTLE,
  },
  {
    id: 'finger-lifts',
    title: 'Finger lifts',
    steps: ['Lay your hand flat on the desk.', 'Lift one finger at a time, then lower it, from thumb to little finger.'],
    durationSec: 30,
    area: 'fingers',
    point: 'overuse',
    picture: 'A hand lying flat, lifting one finger and then another.',
  },
  {
    id: 'shake-out',
    title: 'Shake it out',
    steps: ['Let your arms hang by your sides.', 'Shake your hands loosely, as if flicking off water.'],
    durationSec: 20,
    area: 'hand',
    point: 'overuse',
    picture: 'Two loose hands hanging down and shaking, with motion lines.',
  },
  {
    id: 'shoulder-rolls',
    title: 'Shoulder rolls',
    steps: ['Sit or stand tall with your arms loose.', 'Roll your shoulders up, back and down in slow circles.'],
    durationSec: 30,
    area: 'body',
    point: 'overuse',
    picture: 'A person rolling their shoulders up and back along circular arrows.',
  },
  {
    id: 'stand-and-reach',
    title: 'Stand and reach',
    steps: ['Stand up from your chair.', 'Reach both arms overhead, breathe out, and let them float down.'],
    durationSec: 30,
    area: 'body',
    point: 'overuse',
    picture: 'A person standing up and reaching both arms overhead.',
  },
  {
    id: 'drink-water',
    title: 'A glass of water',
    steps: ['Fetch a glass of water and drink it slowly.', 'Muscles that are short of water cramp more easily.'],
    durationSec: 60,
    area: 'body',
    point: 'dehydration',
    picture: 'A hand raising a glass of water.',
  },
] as const satisfies readonly ExerciseEntry[];

export type ExerciseId = (typeof CATALOGUE)[number]['id'];

export type Exercise = ExerciseEntry & { id: ExerciseId };

export const EXERCISES: readonly Exercise[] = CATALOGUE;

const BY_ID = new Map<string, Exercise>(EXERCISES.map((exercise) => [exercise.id, exercise]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}
