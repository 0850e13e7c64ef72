// Costs measured side by side: tasks timed in alternating turns within one run, so that load
// from elsewhere on the machine falls on all of them alike, each turn's time per call kept and
// the median taken: what a ratio budget compares.

import { median } from './report';

export interface SideBySideOptions {
  /** Timed turns per task (the median is taken over these). */
  turns: number;
  /** Calls per turn: enough that a turn lasts well above the timer's resolution. */
  calls: number;
}

/** The median time of one call of each task, in milliseconds, measured in alternating turns (one untimed warm-up turn first). */
export function costsSideBySide<Name extends string>(tasks: Record<Name, () => unknown>, options: SideBySideOptions): Record<Name, number> {
  const names = Object.keys(tasks) as Name[];
  const times = new Map<Name, number[]>(names.map((name) => [name, []]));
  for (let turn = -1; turn < options.turns; turn += 1) {
    for (let index = 0; index < names.length; index += 1) {
      const name = names[(Math.max(turn, 0) + index) % names.length] as Name;
      const start = performance.now();
      for (let call = 0; call < options.calls; call += 1) tasks[name]();
      if (turn >= 0) times.get(name)?.push((performance.now() - start) / options.calls);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(times.get(name) ?? [])])) as Record<Name, number>;
}
