// The illustrations of the wrist and forearm exercises: both wrist stretches, wrist circles, side
// bends, forearm turns and shaking out, the shared hand of hands.tsx moving on its forearm.
import { ArcArrow, Figure, placed, pt, type Drawing } from './draw';
import { finger, forearm, frontHand, sideHand, thumb } from './hands';

/** An arm held out to the right, seen from the thumb side: the hand straight, then bent down. */
const wristStretch = (palmUp: boolean): Drawing => {
  const wrist = pt(42, 52);
  return {
    back: <Figure layers={forearm(wrist, 180, 90)} />,
    poses: [placed(sideHand(), wrist, 90, palmUp), placed(sideHand(), wrist, 150, palmUp)],
    front: <ArcArrow c={wrist} r={pt(92, 92)} from={16} to={50} />,
    still: 1,
    ghosts: true,
  };
};

export const wristFlexorStretch = () => wristStretch(true);
export const wristExtensorStretch = () => wristStretch(false);

/** A relaxed open hand; with `palm`, the lines of a palm turned to the viewer. */
const open = (palm = false) => frontHand([finger(0, -98), finger(1, -91), finger(2, -84), finger(3, -77), thumb(-130)], [], palm);

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
    poses: [placed(open(), wrist), placed(sideHand(), wrist), placed(open(true), wrist, 0, true)],
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
