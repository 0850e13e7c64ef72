// The drawing primitives every exercise illustration is made of, so that all of them share one
// style: jointed limbs (chains of bones with bend angles), filled areas, figures drawn as an
// outline pass then a fill pass (parts of one layer merge into a single silhouette), and motion
// arrows. Colours come from classes in components/exercise-art.css; only shapes and widths are here.
import type { ComponentChildren } from 'preact';

export type Pt = readonly [x: number, y: number];
/** A bone: its length and how far it turns from the direction before it, in degrees (clockwise). */
export type Bone = readonly [length: number, bend: number];

/**
 * A filled area or, with a width, a limb drawn as a round-capped line: filled along `d`, outlined
 * along `edge` if given (else `d`); a `thin` part is a detail (a crease) drawn in the outline colour.
 */
export interface Part {
  d: string;
  w?: number;
  edge?: string;
  thin?: boolean;
}

/** A figure's layers, bottom first: the parts of one layer merge, a later layer overlaps with its own outline. */
export type Layers = readonly (readonly Part[])[];

/** Width of every outline. */
const LINE = 2.5;

const rad = (deg: number) => (deg * Math.PI) / 180;
const num = (n: number) => String(Math.round(n * 10) / 10);

export const pt = (x: number, y: number): Pt => [x, y];

/** The joints of a chain of bones starting at `from` in direction `dir` (degrees, -90 is up). */
export function joints(from: Pt, dir: number, bones: readonly Bone[]): Pt[] {
  const points: Pt[] = [from];
  let [x, y] = from;
  let angle = dir;
  for (const [length, bend] of bones) {
    angle += bend;
    x += length * Math.cos(rad(angle));
    y += length * Math.sin(rad(angle));
    points.push([x, y]);
  }
  return points;
}

export const line = (points: readonly Pt[]) => `M${points.map(([x, y]) => `${num(x)} ${num(y)}`).join('L')}`;

export const limb = (from: Pt, dir: number, bones: readonly Bone[], w: number): Part => ({ d: line(joints(from, dir, bones)), w });

export const circle = ([x, y]: Pt, r: number) => `M${num(x - r)} ${num(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

/** Draws layers of parts in the outline colour, then in the fill colour over it. */
export function Figure({ layers }: { layers: Layers }) {
  return (
    <>
      {layers.flatMap((parts, layer) => [
        ...parts.filter((part) => !part.thin).map((part, i) => <path key={`o${layer}.${i}`} class="art-o" d={part.edge ?? part.d} stroke-width={(part.w ?? 0) + 2 * LINE} />),
        ...parts.map((part, i) => <path key={`f${layer}.${i}`} class={part.thin ? 'art-line' : part.w === undefined ? 'art-a' : 'art-f'} d={part.d} stroke-width={part.w} />),
      ])}
    </>
  );
}

/** Places its children: moved to `at`, turned by `turn` degrees, mirrored left to right if `flip`. */
export function Place({ at, turn = 0, flip = false, children }: { at: Pt; turn?: number; flip?: boolean; children: ComponentChildren }) {
  return <g transform={`translate(${num(at[0])} ${num(at[1])})${turn ? ` rotate(${turn})` : ''}${flip ? ' scale(-1 1)' : ''}`}>{children}</g>;
}

/** A figure placed as <Place> places it. */
export const placed = (layers: Layers, at: Pt, turn = 0, flip = false) => (
  <Place at={at} turn={turn} flip={flip}>
    <Figure layers={layers} />
  </Place>
);

/** An open arrowhead at `tip`, the arrow travelling in direction `dir` (degrees). */
const head = (tip: Pt, dir: number) => {
  const barb = (turn: number) => joints(tip, dir + turn, [[7, 0]])[1] ?? tip;
  return line([barb(150), tip, barb(-150)]);
};

/** A straight motion arrow from `from` to `to`. */
export function Arrow({ from, to, tone = 'art-arrow' }: { from: Pt; to: Pt; tone?: string }) {
  return <path class={tone} d={line([from, to]) + head(to, (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI)} />;
}

/** A motion arrow along an ellipse round `c` (radii `r`) from angle `from` to `to` in degrees, clockwise if `to` > `from`; headed at both ends if `both`. */
export function ArcArrow({ c, r, from, to, both = false }: { c: Pt; r: Pt; from: number; to: number; both?: boolean }) {
  const at = (deg: number): Pt => [c[0] + r[0] * Math.cos(rad(deg)), c[1] + r[1] * Math.sin(rad(deg))];
  /** Direction of travel at `deg` going the way `sign` says. */
  const tangent = (deg: number, sign: number) => (Math.atan2(r[1] * Math.cos(rad(deg)) * sign, -r[0] * Math.sin(rad(deg)) * sign) * 180) / Math.PI;
  const sign = Math.sign(to - from);
  const [sx, sy] = at(from);
  const [ex, ey] = at(to);
  const arc = `M${num(sx)} ${num(sy)}A${r[0]} ${r[1]} 0 ${Math.abs(to - from) > 180 ? 1 : 0} ${sign > 0 ? 1 : 0} ${num(ex)} ${num(ey)}`;
  return <path class="art-arrow" d={arc + head(at(to), tangent(to, sign)) + (both ? head(at(from), tangent(from, -sign)) : '')} />;
}

/** One exercise's illustration. */
export interface Drawing {
  /** What never moves, under the poses: a forearm, a desk, a chair. */
  back?: ComponentChildren;
  /** The two or three key positions, shown in turn. */
  poses: readonly ComponentChildren[];
  /** What never moves, over the poses: motion arrows and lines. */
  front?: ComponentChildren;
  /** The pose shown when motion is reduced; with `ghosts`, the other poses show faintly too. */
  still: number;
  ghosts?: boolean;
}
