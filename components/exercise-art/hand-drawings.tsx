// The illustrations of the hand and finger exercises: fist to fan, spread, thumb touches, thumb
// stretch, claw, tendon glides and finger lifts, all with the shared hand of hands.tsx.
import { ArcArrow, Figure, placed, pt, type Drawing } from './draw';
import { curled, finger, forearm, frontHand, sideHand, sideThumb, thumb } from './hands';

/** Where the front views' wrists are, the forearm going down off the picture. */
const WRIST = pt(80, 130);
const frontArm = () => <Figure layers={forearm(WRIST, 90, 40, 28)} />;
/** The fingers side by side, thumb along the index. */
const together = (thumbDir: number) => [finger(0, -92), finger(1, -90), finger(2, -88), finger(3, -86), thumb(thumbDir, [0, 4, 2])];

export const fistToFan = (): Drawing => ({
  back: frontArm(),
  poses: [
    placed(frontHand([], [curled(0), curled(1), curled(2), curled(3, 14), thumb(-22, [0, 12, 8], 0.9)]), WRIST),
    placed(frontHand([finger(0, -116), finger(1, -99), finger(2, -82), finger(3, -63), thumb(-168, [0, 6, 6])]), WRIST),
  ],
  front: (
    <>
      <ArcArrow c={pt(80, 112)} r={pt(80, 80)} from={-104} to={-132} />
      <ArcArrow c={pt(80, 112)} r={pt(80, 80)} from={-76} to={-48} />
    </>
  ),
  still: 1,
});

export const fingerSpread = (): Drawing => ({
  back: frontArm(),
  poses: [
    placed(frontHand(together(-112)), WRIST),
    placed(frontHand([finger(0, -112), finger(1, -97), finger(2, -83), finger(3, -66), thumb(-150, [0, 6, 4])]), WRIST),
  ],
  front: <ArcArrow c={pt(80, 112)} r={pt(76, 76)} from={-124} to={-56} both />,
  still: 1,
  ghosts: true,
});

export const thumbTouches = (): Drawing => ({
  back: frontArm(),
  poses: [
    placed(frontHand([finger(0, -140, [0, -60, -50]), finger(1, -95), finger(2, -86), finger(3, -76), thumb(-150, [0, 12, 10])]), WRIST),
    placed(frontHand([finger(0, -98), finger(1, -90), finger(2, -83)], [thumb(-30, [0, -10, -15]), curled(3, 12)]), WRIST),
  ],
  front: <ArcArrow c={pt(80, 96)} r={pt(52, 70)} from={-150} to={-30} />,
  still: 0,
});

export const thumbStretch = (): Drawing => ({
  back: frontArm(),
  poses: [placed(frontHand(together(-104)), WRIST), placed(frontHand(together(-172)), WRIST)],
  front: <ArcArrow c={pt(64, 118)} r={pt(46, 46)} from={-112} to={-160} />,
  still: 1,
  ghosts: true,
});

/** Where the side views' wrists are, palm to the right. */
const SIDE_WRIST = pt(66, 132);
const sideArm = () => <Figure layers={forearm(SIDE_WRIST, 90, 40)} />;

export const clawStretch = (): Drawing => ({
  back: sideArm(),
  poses: [placed(sideHand(), SIDE_WRIST), placed(sideHand({ bends: [0, 100, 85], thumb: sideThumb(-62, [0, 20, 20]) }), SIDE_WRIST)],
  front: <ArcArrow c={pt(72, 88)} r={pt(42, 42)} from={-70} to={20} />,
  still: 1,
  ghosts: true,
});

export const tendonGlides = (): Drawing => ({
  back: sideArm(),
  poses: [
    placed(sideHand(), SIDE_WRIST),
    placed(sideHand({ bends: [0, 100, 90] }), SIDE_WRIST),
    placed(sideHand({ bends: [85, 95, 75], thumb: sideThumb(-25, [0, 10, 0]), thumbOver: true }), SIDE_WRIST),
  ],
  front: <ArcArrow c={pt(72, 90)} r={pt(46, 46)} from={-70} to={30} />,
  still: 2,
  ghosts: true,
});

export const fingerLifts = (): Drawing => {
  const desk = 118;
  const wrist = pt(34, desk - 15);
  const lifts = [
    { lifted: 0, arrow: <ArcArrow c={pt(74, 109)} r={pt(68, 68)} from={-8} to={-36} /> },
    { lifted: 3, arrow: <ArcArrow c={pt(72, 100)} r={pt(58, 58)} from={-4} to={-34} /> },
  ] as const;
  return {
    back: (
      <>
        <path class="art-ground" d={`M4 ${desk}H156`} />
        <Figure layers={forearm(wrist, 180, 60)} />
      </>
    ),
    poses: lifts.map(({ lifted, arrow }) => [placed(sideHand({ dir: -87, lifted, lift: 34, thumb: sideThumb(-90, [0, 0, 0]) }), wrist, 90), arrow]),
    still: 0,
  };
};
