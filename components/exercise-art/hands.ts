// The hand every illustration uses, seen from the front (palm or back to the viewer) or from the
// thumb side, in its own coordinates: the wrist at 0,0, the fingers pointing up. Exercises pose its
// fingers by direction and bends and place it with `placed`; the forearm it sits on is `forearm`.
import { joints, limb, line, type Bone, type Layers, type Part, type Pt } from './draw';

type Finger = 0 | 1 | 2 | 3;
type Bends = readonly [number, number, number];

const FINGER_W = 10;
const THUMB_W = 12;
const SIDE_W = 11;

type FingerShape = readonly [base: Pt, lengths: Bends];
type SideShape = readonly [base: Pt, scale: number];

/** Front view: each finger's base (inside the palm) and bone lengths, index to little finger. */
const FINGERS: readonly [FingerShape, FingerShape, FingerShape, FingerShape] = [
  [[-18, -42], [18, 12, 10]],
  [[-6, -45], [20, 13, 10]],
  [[6, -43], [19, 12, 10]],
  [[18, -38], [14, 10, 8]],
];
const THUMB_BASE: Pt = [-16, -12];
const THUMB: Bends = [16, 13, 10];

/** A palm: outlined from one side of the wrist round to the other, filled a little past the wrist so the outline's ends are hidden. */
const palm = (outline: string, wrist: number): Part => ({ d: `${outline}V8H${-wrist}Z`, edge: outline });
const FRONT_PALM = palm('M-14 2C-20-10-25-22-25-34Q-25-50-10-50L10-50Q25-50 25-34C25-22 20-10 14 2', 14);
const SIDE_PALM = palm('M-11 2L-13-30Q-13-46 0-46Q13-45 13-30L11 2', 11);

const bones = (lengths: readonly number[], bends: readonly number[]): Bone[] => lengths.map((length, i) => [length, bends[i] ?? 0]);

/** A finger seen from the front: its direction (-90 is straight up) and bends at its three joints. */
export function finger(i: Finger, dir = -90, bends: Bends = [0, 0, 0]): Part {
  const [base, lengths] = FINGERS[i];
  return limb(base, dir, bones(lengths, bends), FINGER_W);
}

/** The thumb seen from the front: its direction, bends, and a length factor. */
export const thumb = (dir: number, bends: Bends = [0, 0, 0], scale = 1): Part =>
  limb(
    THUMB_BASE,
    dir,
    bones(
      THUMB.map((length) => length * scale),
      bends,
    ),
    THUMB_W,
  );

/** A finger curled into the fist, seen from the front: its middle bone, from the knuckle down. */
export function curled(i: Finger, length = 16): Part {
  const [[x]] = FINGERS[i];
  return limb([x, -48], 90, [[length, 0]], FINGER_W + 1);
}

/** The lines of a palm turned to the viewer: round the thumb's base and across under the fingers. */
const PALM_LINES: Part = { d: 'M-12-36Q-5-20-8-4M22-31Q6-37-9-32', thin: true };
/** The knuckles of a hand's back turned to the viewer: a bump where each finger joins it. */
const KNUCKLES: Part = { d: FINGERS.map(([[x, y]]) => `M${x - 4} ${y - 1}q4-5 8 0`).join(''), thin: true };

/** Which side of a front view's hand faces the viewer, when it matters: the palm shows its lines, the back its knuckles. */
export type Face = 'palm' | 'back';

/** The front hand: the palm with the digits that join it (and the marks of its `face`), then digits lying over it, each with its own outline. */
export const frontHand = (digits: readonly Part[], over: readonly Part[] = [], face?: Face): Layers => [
  [FRONT_PALM, ...digits, ...(face ? [face === 'palm' ? PALM_LINES : KNUCKLES] : [])],
  ...over.map((part) => [part]),
];

/** Side view: each finger's base and length factor, index (nearest) to little finger, each a little behind the one before. */
const SIDE_FINGERS: readonly [SideShape, SideShape, SideShape, SideShape] = [
  [[4, -40], 0.92],
  [[1, -42], 1],
  [[-2, -41], 0.94],
  [[-5, -38], 0.76],
];
const SIDE_BONES = [25, 18, 14];

/** A side view's thumb: it joins the palm unless the hand's `thumbOver` lays it across the fingers. */
export const sideThumb = (dir = -74, bends: Bends = [0, 8, 8]): Part => limb([8, -14], dir, bones([14, 11, 9], bends), THUMB_W - 1);

/** How a side view's hand is held: its fingers' bends (toward the palm) and direction, one finger lifted by `lift` degrees, its thumb. */
interface SidePose {
  bends?: Bends;
  dir?: number;
  lifted?: Finger;
  lift?: number;
  thumb?: Part;
  /** The thumb laid across the fingers (a fist) rather than joining the palm. */
  thumbOver?: boolean;
}

/**
 * The hand from the thumb side, palm facing right: palm, fingers and thumb as one silhouette, the
 * other fingertips stepped behind the index, and the index outlined over it, so that a bend shows.
 */
export function sideHand({ bends = [0, 0, 0], dir = -90, lifted, lift = 0, thumb: thumbPart = sideThumb(), thumbOver = false }: SidePose = {}): Layers {
  const chain = (i: Finger) => {
    const [base, scale] = SIDE_FINGERS[i];
    return [base, dir - (i === lifted ? lift : 0), bones(SIDE_BONES.map((length) => length * scale), bends)] as const;
  };
  const silhouette = ([0, 1, 2, 3] as const).map((i) => limb(...chain(i), SIDE_W));
  // The index once more, over the rest: filled from a little inside the palm, so that its outline's round start is hidden.
  const [base, angle, indexBones] = chain(0);
  const points = joints(base, angle, indexBones);
  const [, inside = base] = joints(base, angle + bends[0] + 180, [[8, 0]]);
  const index: Part = { d: line([inside, ...points]), edge: line(points), w: SIDE_W };
  return [[SIDE_PALM, ...silhouette, ...(thumbOver ? [] : [thumbPart])], [index], ...(thumbOver ? [[thumbPart]] : [])];
}

/** A forearm from the wrist at `wrist` going `length` in direction `dir`; `w` wide. */
export const forearm = (wrist: Pt, dir: number, length: number, w = 22): Layers => [[limb(wrist, dir, [[length, 0]], w)]];

