// A background on a simulated clock, for unit tests that tell a story from the person's side:
// events go in at a given time through the real tracker, keystrokes arrive in report batches as
// content scripts send them (every 2 s, or as soon as each reply said), and what the popup would
// show and which nudges went out can be read. No browser: the tracker is pure.
import { applyInput } from '../../utils/tracker/tracker';
import type { TrackerInput, TrackerResult, TrackerState } from '../../utils/tracker/tracker-state';
import { statusAt, statusOf } from '../../utils/tracker/status';
import { answerReport } from '../../utils/tracker/report-cadence';
import { REPORT_INTERVAL_MS, SLOW_REPORT_INTERVAL_MS, type KeystrokeReport } from '../../utils/typing/activity-timing';
import { initialStoredState, storedStateFrom, storedValuesOf } from '../../utils/store/stored-state';
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

  /** A report answered as the background answers it: applied, then the tab told how soon to send again (the time before which it may report slowly, or null). */
  report(report: KeystrokeReport, now: number): number | null {
    this.apply(report, now);
    const answered = answerReport(this.state, statusOf(this.state, this.settings, now), this.settings, now);
    this.state = answered.state;
    return answered.slowUntil;
  }

  /**
   * Keys typed in several tabs, each tab's reporter batching them as keystroke-reporter.ts does
   * (a batch goes out REPORT_INTERVAL_MS after its first key, or SLOW_REPORT_INTERVAL_MS when it
   * began before the time the tab's last reply gave; a tab that loses the focus to another sends
   * at once, or REPORT_INTERVAL_MS after its last report), with a tick every 30 s and, before each moment `restartAt` says, a restart. Returns
   * the times the reports went out.
   */
  typeInTabs(tabs: readonly (readonly number[])[], until: number, restartAt: (now: number) => boolean = () => false): number[] {
    const reporters = tabs.map((keys) => ({ keys, next: 0, batch: [] as number[], sendAt: Number.POSITIVE_INFINITY, slowUntil: 0, sentAt: Number.NEGATIVE_INFINITY }));
    const sentAt: number[] = [];
    let nextTick = Math.min(...tabs.map((keys) => keys[0] ?? until)) + 30 * SECOND;
    for (;;) {
      const sending = reporters.reduce((soonest, reporter) => (reporter.sendAt < soonest.sendAt ? reporter : soonest));
      const typing = reporters.reduce((soonest, reporter) => ((reporter.keys[reporter.next] ?? Infinity) < (soonest.keys[soonest.next] ?? Infinity) ? reporter : soonest));
      const keyAt = typing.keys[typing.next] ?? Number.POSITIVE_INFINITY;
      const at = Math.min(sending.sendAt, keyAt, nextTick);
      if (at > until) return sentAt;
      if (restartAt(at)) this.restart();
      if (at === sending.sendAt) {
        sending.slowUntil = this.report({ type: 'keystrokes', times: sending.batch }, at) ?? 0;
        sending.sentAt = at;
        sentAt.push(at);
        sending.batch = [];
        sending.sendAt = Number.POSITIVE_INFINITY;
      } else if (at === keyAt) {
        // Typing here took the focus from another tab, which sends what it holds first (once
        // REPORT_INTERVAL_MS has passed since its last report; typing here goes out no sooner).
        const blurred = reporters.find((reporter) => reporter !== typing && reporter.batch.length > 0 && reporter.sendAt > Math.max(at, reporter.sentAt + REPORT_INTERVAL_MS));
        if (blurred !== undefined) {
          blurred.sendAt = Math.max(at, blurred.sentAt + REPORT_INTERVAL_MS);
          continue;
        }
        if (typing.batch.length === 0) typing.sendAt = at + (at < typing.slowUntil ? SLOW_REPORT_INTERVAL_MS : REPORT_INTERVAL_MS);
        typing.batch.push(at);
        typing.next += 1;
      } else {
        this.apply({ type: 'tick' }, at);
        nextTick += 30 * SECOND;
      }
    }
  }

  /** Ticks every 30 s from `from` to `until` (the alarm; with other apps counted, each asks the system). */
  tick(from: number, until: number, systemActive = false): void {
    for (let at = from; at <= until; at += 30 * SECOND) {
      this.apply(systemActive ? { type: 'system-state', state: 'active' } : { type: 'tick' }, at);
    }
  }

  /** The background stopped and started again: only what storage holds survives. */
  restart(): void {
    const stored = storedStateFrom(JSON.parse(JSON.stringify(storedValuesOf({ ...initialStoredState(), settings: this.settings, tracker: this.state })))).state;
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
