// Which drawing illustrates which exercise: every exercise in the catalogue has one.
import type { ExerciseId } from '@/utils/content/exercises';
import type { Drawing } from './draw';
import { clawStretch, fingerLifts, fingerSpread, fistToFan, tendonGlides, thumbStretch, thumbTouches } from './hand-drawings';
import { forearmTurns, shakeOut, sideBends, wristCircles, wristExtensorStretch, wristFlexorStretch } from './wrist-drawings';
import { drinkWater, prayerStretch, shoulderRolls, standAndReach } from './body-drawings';

/** Each exercise's drawing, made afresh for every picture. */
export const DRAWINGS: Record<ExerciseId, () => Drawing> = {
  'fist-to-fan': fistToFan,
  'finger-spread': fingerSpread,
  'thumb-touches': thumbTouches,
  'tendon-glides': tendonGlides,
  'wrist-flexor-stretch': wristFlexorStretch,
  'wrist-extensor-stretch': wristExtensorStretch,
  'wrist-circles': wristCircles,
  'prayer-stretch': prayerStretch,
  'forearm-turns': forearmTurns,
  'side-bends': sideBends,
  'thumb-stretch': thumbStretch,
  'claw-stretch': clawStretch,
  'finger-lifts': fingerLifts,
  'shake-out': shakeOut,
  'shoulder-rolls': shoulderRolls,
  'stand-and-reach': standAndReach,
  'drink-water': drinkWater,
};
