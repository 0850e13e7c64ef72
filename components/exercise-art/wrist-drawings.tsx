// The illustrations of the wrist and forearm exercises: both wrist stretches, wrist circles, side
// bends, forearm turns and shaking out, the shared hand of hands.tsx moving on its forearm.
import { ArcArrow, Figure, placed, pt, type Drawing } from './draw';
import { finger, forearm, frontHand, sideHand, thumb, type Face } from './hands';

/**
 * An arm held out to the right, its hand's `face` to the viewer: level, then bent down, the other
 * hand easing it from the right, on the fingers of a palm or on the back of the hand.
 */
const wristStretch = (face: Face): Drawing => {
  const wrist = pt(50, 44);
  const palm = face === 'palm';
  const hand = open(face, -116);
  /** The other hand and forearm, its back to the viewer, the fingertips curled round what they press. */
  const helper = [...forearm(pt(0, 0), 90, 60, 28), ...frontHand(([0, 1, 2, 3] as const).map((i) => finger(i, -95 + 5 * i, [0, 0, 30])), [], 'back')];
  return {
    back: <Figure layers={forearm(wrist, 180, 60)} />,
    poses: [
      <>
        {placed(hand, wrist, 90, palm)}
        <ArcArrow c={wrist} r={pt(100, 100)} from={4} to={30} />
      </>,
      <>
        {placed(hand, wrist, 190, palm)}
        {palm ? placed(helper, pt(134, 135), -78, true) : placed(helper, pt(128, 78), -70, true)}
        <ArcArrow c={wrist} r={pt(98, 98)} from={95} to={120} />
      </>,
    ],
    still: 1,
    ghosts: true,
  };
};

export const wristFlexorStretch = () => wristStretch('palm');
export const wristExtensorStretch = () => wristStretch('back');

/** A relaxed open hand, its thumb going `thumbDir`; with a `face`, the palm or the back turned to the viewer. */
const open = (face?: Face, thumbDir = -130) => frontHand([finger(0, -98), finger(1, -91), finger(2, -84), finger(3, -77), thumb(thumbDir)], [], face);

export const wristCircles = (): Drawing => {
  const wrist = pt(80, 124);
  return {
    back: <Figure layers={forearm(wrist, 90, 40, 28)} />,
    poses: [-28, 0, 28].map((turn) => placed(open(), wrist, turn)),
    front: <ArcArrow c={pt(80, 70)} r={pt(56, 16)} from={150} to={400} />,
    still: 1,
    ghosts: true,
  };
};

export const sideBends = (): Drawing => {
  const wrist = pt(80, 128);
  const flat = () => frontHand([finger(0, -92), finger(1, -90), finger(2, -88), finger(3, -86), thumb(-116)]);
  return {
    back: <Figure layers={forearm(wrist, 90, 40, 28)} />,
    poses: [-22, 24].map((turn) => placed(flat(), wrist, turn)),
    front: <ArcArrow c={wrist} r={pt(100, 100)} from={-118} to={-62} both />,
    still: 1,
    ghosts: true,
  };
};

/** Seen from above, the forearm pointing away: back of the hand up, thumb up, palm up. */
export const forearmTurns = (): Drawing => {
  const wrist = pt(80, 116);
  return {
    back: <Figure layers={forearm(wrist, 90, 70, 28)} />,
    poses: [placed(open(), wrist), placed(sideHand(), wrist), placed(open('palm'), wrist, 0, true)],
    front: <ArcArrow c={pt(80, 138)} r={pt(30, 10)} from={160} to={20} />,
    still: 2,
    ghosts: true,
  };
};

export const shakeOut = (): Drawing => {
  const wrists = [pt(40, 50), pt(120, 50)] as const;
  const hang = () => frontHand([finger(0, -94), finger(1, -90), finger(2, -86), finger(3, -82), thumb(-108)]);
  return {
    back: wrists.map((wrist) => <Figure key={wrist[0]} layers={forearm(wrist, -90, 70, 28)} />),
    poses: [-8, 8].map((tilt) => wrists.map((wrist, i) => placed(hang(), wrist, 180 + tilt, i === 0))),
    front: wrists.map((wrist) => <ArcArrow key={wrist[0]} c={wrist} r={pt(100, 100)} from={72} to={108} both />),
    still: 1,
  };
};
