// A deterministic simulated year of keyboard work, produced one workday at a time so memory
// stays bounded: weekdays of 2025 (a few days off), 8–9 hour days with lunch, stretches of
// bursts (80–400 ms between keys) and short pauses, and rests of several minutes between them.

import { HOUR, MINUTE, SECOND } from '../../utils/helpers/time';
import { seededRandom } from '../support/fixtures';

const YEAR = 2025;
const DAY_OFF_CHANCE = 0.05;

/** Keystroke times of one workday starting at `midnight` (UTC; the model does not care). */
function workday(random: () => number, midnight: number): Float64Array {
  const between = (low: number, high: number) => low + random() * (high - low);
  const times: number[] = [];
  let at = midnight + 8 * HOUR + between(0, 90 * MINUTE);
  const lunchFrom = at + between(3.5 * HOUR, 4.5 * HOUR);
  const end = at + between(8 * HOUR, 9 * HOUR);
  let hadLunch = false;
  while (at < end) {
    const stretchEnd = at + between(20 * MINUTE, 55 * MINUTE);
    while (at < stretchEnd) {
      const keys = 10 + Math.floor(random() * 46);
      for (let key = 0; key < keys; key += 1) {
        times.push(Math.round(at));
        at += 80 + 320 * random() ** 2; // mostly quick, sometimes a hesitation
      }
      const pause = random();
      if (pause < 0.75) at += between(0.3 * SECOND, 4 * SECOND); // within the typing gap
      else if (pause < 0.97) at += between(5 * SECOND, 40 * SECOND); // reading: stops the clock
      else at += between(1 * MINUTE, 4 * MINUTE); // shorter than a break: keeps the streak
    }
    const lunch: boolean = !hadLunch && at >= lunchFrom;
    hadLunch ||= lunch;
    at += lunch ? between(30 * MINUTE, 60 * MINUTE) : between(6 * MINUTE, 20 * MINUTE);
  }
  return Float64Array.from(times);
}

/** Yields each workday's keystroke times in order; the same seed gives the same year. */
export function* typingYear(seed: number): Generator<Float64Array> {
  const random = seededRandom(seed);
  for (let day = new Date(Date.UTC(YEAR, 0, 1)); day.getUTCFullYear() === YEAR; day.setUTCDate(day.getUTCDate() + 1)) {
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6 || random() < DAY_OFF_CHANCE) continue;
    yield workday(random, day.getTime());
  }
}
