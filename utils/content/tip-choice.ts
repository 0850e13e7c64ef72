// Chooses the tip for the moment (status.ts says which moment it is): break, stretch or grip
// tips as the streak nears "break after", water and food tips when water is due, a mix otherwise.
// It skips the tips shown most recently and is deterministic: the same moment, history and minute
// give the same tip.

import { MINUTE } from '../helpers/time';
import { TIPS, type Tip, type TipKind } from './tips';
import { stableHash } from '../helpers/stable-hash';

/** 'rest' is the break itself: something to do with the hands while away from the keys. */
export type TipMoment = 'break' | 'water' | 'general' | 'rest';

/** How many recently shown tips are remembered (and not repeated). */
export const RECENT_TIPS_KEPT = 6;

export const KINDS_FOR_MOMENT: Record<TipMoment, readonly TipKind[]> = {
  break: ['break', 'stretch', 'grip'],
  water: ['hydration', 'food'],
  general: ['break', 'stretch', 'grip', 'hydration', 'food', 'medical'],
  rest: ['stretch', 'grip'],
};

export function chooseTip(moment: TipMoment, recent: readonly string[], now: number): Tip {
  const fitting = TIPS.filter((tip) => KINDS_FOR_MOMENT[moment].includes(tip.kind));
  const fresh = fitting.filter((tip) => !recent.includes(tip.id));
  if (fresh.length === 0) {
    const leastRecent = recent.find((id) => fitting.some((tip) => tip.id === id));
    return fitting.find((tip) => tip.id === leastRecent) as Tip;
  }
  const minute = Math.floor(now / MINUTE);
  return fresh[stableHash(`${moment}|${minute}|${recent.join(',')}`) % fresh.length] as Tip;
}

/** The recent list after showing `id`: most recent last, at most RECENT_TIPS_KEPT long. */
export function rememberTip(recent: readonly string[], id: string): string[] {
  return [...recent.filter((seen) => seen !== id), id].slice(-RECENT_TIPS_KEPT);
}
