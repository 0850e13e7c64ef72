// The illustrations of the whole-body exercises: palms together, shoulder rolls, stand and reach,
// and a glass of water, drawn with the same parts and outlines as the hands.
import { Arrow, ArcArrow, Figure, Place, circle, limb, line, pt, type Drawing, type Part, type Pt } from './draw';

const LIMB_W = 11;
const path = (points: readonly Pt[], w = LIMB_W): Part => ({ d: line(points), w });
const head = (c: Pt, r: number): Part => ({ d: circle(c, r) });

export const prayerStretch = (): Drawing => {
  const torso: Part = { d: 'M72 40V52Q46 53 38 64L34 162H126L122 64Q114 53 88 52V40Z' };
  const pose = (hands: number, elbow: Pt) => {
    const palms: Part = { d: `M73 ${hands + 36}C71 ${hands + 18} 76 ${hands + 6} 80 ${hands}C84 ${hands + 6} 89 ${hands + 18} 87 ${hands + 36}Z` };
    const seam: Part = { d: line([pt(80, hands + 6), pt(80, hands + 34)]), thin: true };
    return (
      <Figure
        layers={[
          [path([pt(46, 62), elbow, pt(74, hands + 34)]), path([pt(114, 62), pt(160 - elbow[0], elbow[1]), pt(86, hands + 34)])],
          [palms, seam],
        ]}
      />
    );
  };
  return {
    back: <Figure layers={[[torso, head(pt(80, 28), 15)]]} />,
    poses: [pose(54, pt(24, 96)), pose(94, pt(18, 118))],
    front: <Arrow from={pt(150, 64)} to={pt(150, 112)} />,
    still: 1,
    ghosts: true,
  };
};

export const shoulderRolls = (): Drawing => {
  const bust = (s: number) => (
    <Figure
      layers={[
        [
          { d: `M71 50V${s - 14}Q44 ${s - 13} 30 ${s + 4}L24 162H136L130 ${s + 4}Q116 ${s - 13} 89 ${s - 14}V50Z` },
          { d: `M42 ${s + 24}L40 160M118 ${s + 24}L120 160`, thin: true },
        ],
      ]}
    />
  );
  return {
    poses: [bust(88), bust(66)],
    front: (
      <>
        <Figure layers={[[head(pt(80, 38), 18)]]} />
        <ArcArrow c={pt(26, 78)} r={pt(13, 13)} from={110} to={380} />
        <ArcArrow c={pt(134, 78)} r={pt(13, 13)} from={70} to={-200} />
      </>
    ),
    still: 1,
    ghosts: true,
  };
};

export const standAndReach = (): Drawing => {
  const FLOOR = 148;
  /** A person from the side, facing right; the far arm, if any, is drawn behind the body. */
  const person = (hip: Pt, knee: Pt, shoulder: Pt, arm: readonly Pt[], farArm?: readonly Pt[]) => {
    const ankle = pt(knee[0], FLOOR - 5);
    const top = pt(shoulder[0], shoulder[1] + 4);
    return (
      <Figure
        layers={[
          ...(farArm ? [[path([top, ...farArm], 10)]] : []),
          [path([hip, knee, ankle, pt(ankle[0] + 9, ankle[1])], 13), path([hip, shoulder], 20), head(pt(shoulder[0] + 3, shoulder[1] - 16), 11)],
          [path([top, ...arm], 10)],
        ]}
      />
    );
  };
  return {
    back: (
      <>
        <path class="art-ground" d={`M4 ${FLOOR}H156`} />
        <path class="art-ground" d={`M16 80L20 126H58M22 126V${FLOOR}M56 126V${FLOOR}`} />
      </>
    ),
    poses: [
      person(pt(38, 116), pt(66, 116), pt(42, 80), [pt(46, 102), pt(62, 106)]),
      person(pt(104, 92), pt(104, 118), pt(104, 56), [pt(105, 80), pt(107, 98)]),
      person(pt(104, 92), pt(104, 118), pt(104, 56), [pt(110, 36), pt(113, 14)], [pt(114, 38), pt(119, 17)]),
    ],
    front: <Arrow from={pt(142, 100)} to={pt(142, 40)} />,
    still: 2,
    ghosts: true,
  };
};

export const drinkWater = (): Drawing => {
  const DESK = 140;
  const held = () => (
    <>
      <path class="art-water" d="M-15 0L-18.1-46H18.1L15 0Z" />
      <path class="art-glass" d="M-15 0L-19-60H19L15 0Z" />
      <Figure
        layers={[
          [
            limb(pt(26, -20), 62, [[130, 0]], 20),
            { d: 'M12-42Q28-44 30-30L30-8Q24 2 12-4Z' },
            ...[
              [-36, 22],
              [-25, 24],
              [-14, 21],
            ].map(([y = 0, length = 0]) => limb(pt(20, y), 180, [[length, 0]], 10)),
          ],
        ]}
      />
    </>
  );
  return {
    back: <path class="art-ground" d={`M4 ${DESK}H156`} />,
    poses: [DESK - 1, DESK - 54].map((y) => (
      <Place key={y} at={pt(68, y)}>
        {held()}
      </Place>
    )),
    front: <Arrow from={pt(28, 128)} to={pt(28, 64)} tone="art-water-arrow" />,
    still: 1,
    ghosts: true,
  };
};
