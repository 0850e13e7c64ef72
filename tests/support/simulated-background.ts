// A background on a simulated clock, for unit tests that tell a story from the person's side:
// events go in at a given time through the real tracker, keystrokes arrive in report batches as
// content scripts send them, and what the popup would show and which nudges went out can be read.
// No browser: the tracker is pure.
import { applyInput } from '../../utils/tracker/tracker';
import type { TrackerInput, TrackerResult, TrackerState } from '../../utils/tracker/tracker-state';
import { statusAt } from '../../utils/tracker/status';
import { storedStateFrom, storedValuesOf } from '../../utils/store/stored-state';
import type { Settings } from '../../utils/settings/settings';
import { SECOND } from '../../utils/helpers/time';
import { makeSettings, makeTrackerState, nudgesIn, reportBatches } from './fixtures';

/** A background on a given clock: events go in at `now`, and what it showed is remembered. */
export class SimulatedBackground {
  state: TrackerState;
  shown: { kind: string; at: number; typedThroughMs: number | null }[] = [];

  constructor(
    public settings: Settings = makeSettings(),
    state: TrackerState = makeTrackerState(),
  ) {
    this.state = state;
  }

  apply(event: TrackerInput, now: number): TrackerResult {
    const result = applyInput(this.state, event, this.settings, now);
    this.state = result.state;
    this.shown.push(...nudgesIn(result.events).map(({ kind, typedThroughMs }) => ({ kind, at: now, typedThroughMs })));
    return result;
  }

  /** Keys as a content script reports them: each batch when it goes out, `delay` later. */
  type(times: readonly number[], { delay = 0 } = {}): void {
    for (const { at, report } of reportBatches(times)) this.apply(report, at + delay);
  }

  /** Ticks every 30 s from `from` to `until` (the alarm; with other apps counted, each asks the system). */
  tick(from: number, until: number, systemActive = false): void {
    for (let at = from; at <= until; at += 30 * SECOND) {
      this.apply(systemActive ? { type: 'system-state', state: 'active' } : { type: 'tick' }, at);
    }
  }

  /** The background stopped and started again: only what storage holds survives. */
  restart(): void {
    const stored = storedStateFrom(JSON.parse(JSON.stringify(storedValuesOf({ settings: this.settings, customPlan: null, tracker: this.state })))).state;
    this.state = stored.tracker;
  }

  /** What the popup shows at `now`. */
  popup(now: number) {
    return statusAt(this.state, this.settings, now);
  }

  shownSince(at: number): string[] {
    return this.shown.filter((nudge) => nudge.at >= at).map((nudge) => nudge.kind);
  }
}
