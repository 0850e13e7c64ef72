// Figure: how many reports the content script sends per minute, on a fake clock, the real
// reporter answered by the real tracker as the background answers it: a minute of typing at
// 8 keys/s with nothing near (a fresh start), a minute of it with a micro-pause coming due, and a
// minute with no keys. Every keystroke must still arrive, so a reporter that never sends cannot pass.

import { MINUTE, SECOND } from '../../utils/helpers/time';
import type { Reply } from '../../utils/protocol/reply';
import { makeSettings, makeTrackerState, MONDAY_9AM, streakState } from '../support/fixtures';
import { SimulatedBackground } from '../support/simulated-background';
import { formatNumber, printTable, type Bench, type Figure } from './report';
import { startFakeReporter, TRUSTED_KEYDOWN } from './fake-reporter';

const KEYS_PER_SECOND = 8;
/** Budgets: while nothing is near, at most one report per 10 s; near a mark, at most one per 2 s; none at all while idle. */
const MAX_REPORTS_PER_MINUTE_FAR = 6;
const MAX_REPORTS_PER_MINUTE_NEAR = 30;
const MIN_REPORT_SPACING_MS = 2 * SECOND;
const REPORTS_PER_MINUTE_IDLE = 0;

interface Minute {
  reports: number;
  keysSent: number;
  minSpacingMs: number;
}

/** A minute of typing and one of idle, from `background`'s state, its replies read by the reporter as they come. */
async function typeAMinute(background: SimulatedBackground, typing: boolean): Promise<Minute> {
  const sends: { at: number; keys: number }[] = [];
  const reporter = startFakeReporter((report): Reply => {
    const at = MONDAY_9AM + reporter.clock.time;
    sends.push({ at: reporter.clock.time, keys: report.times.length });
    const slowUntil = background.report(report, at);
    return slowUntil === null ? { ok: true } : { ok: true, slowUntil };
  }, () => MONDAY_9AM + reporter.clock.time);
  const { clock } = reporter;
  const keys = typing ? MINUTE / (SECOND / KEYS_PER_SECOND) : 0;
  for (let key = 0; key < keys; key += 1) {
    clock.advanceTo((key * SECOND) / KEYS_PER_SECOND);
    // The reply reaches the reporter after the send, as a promise does: let it land before the next key.
    await new Promise((resolve) => setImmediate(resolve));
    reporter.keydown(TRUSTED_KEYDOWN);
  }
  // Reports due by the end of the minute belong to it.
  for (let second = 1; second <= MINUTE / SECOND; second += 1) clock.advanceTo(second * SECOND);
  reporter.stop();
  const spacing = sends.slice(1).map((send, index) => send.at - (sends[index] as { at: number }).at);
  return { reports: sends.length, keysSent: sends.reduce((total, send) => total + send.keys, 0), minSpacingMs: Math.min(Infinity, ...spacing) };
}

export const reportRate: Figure = {
  name: 'report-rate',
  title: `Reports per minute (fake clock, the tracker answering; typing at ${KEYS_PER_SECOND} keys/s with nothing near, near a micro-pause, then idle)`,
  async run(bench: Bench) {
    const settings = makeSettings({ microPauseAfterMin: 15, breakAfterMin: 30 });
    const far = await typeAMinute(new SimulatedBackground(settings), true);
    const nearState = makeTrackerState({ typing: streakState(14 * MINUTE + 40 * SECOND, MONDAY_9AM - SECOND, { microStreakMs: 14 * MINUTE + 40 * SECOND }) });
    const near = await typeAMinute(new SimulatedBackground(settings, nearState), true);
    const idle = await typeAMinute(new SimulatedBackground(settings), false);
    const keys = MINUTE / (SECOND / KEYS_PER_SECOND);
    const row = (name: string, minute: Minute, typed: number) => [name, typed, minute.reports, minute.keysSent, Number.isFinite(minute.minSpacingMs) ? minute.minSpacingMs : ''];
    printTable(['minute', 'keys typed', 'reports', 'keys sent', 'min spacing (ms)'], [row('typing, nothing near', far, keys), row('typing, micro-pause near', near, keys), row('idle', idle, 0)]);
    console.log('');
    for (const [name, minute] of [['nothing near', far], ['near a mark', near]] as const) {
      bench.check(`every keystroke sent, ${name}`, minute.keysSent === keys, `${formatNumber(minute.keysSent)} of ${formatNumber(keys)}`);
      // The spacing is read off the fake clock, so it is the reporter's batching rule itself, not a machine's speed.
      bench.budget(`min spacing between reports, ${name}`, minute.minSpacingMs, '>=', MIN_REPORT_SPACING_MS, 'ms');
    }
    bench.budget('reports per minute, typing with nothing near', far.reports, '<=', MAX_REPORTS_PER_MINUTE_FAR, 'reports');
    bench.budget('reports per minute, typing near a mark', near.reports, '<=', MAX_REPORTS_PER_MINUTE_NEAR, 'reports');
    bench.check('near a mark, the reports come soon', near.reports > far.reports, `${near.reports} reports against ${far.reports} with nothing near`);
    bench.budget('reports per minute, idle', idle.reports, '==', REPORTS_PER_MINUTE_IDLE, 'reports');
  },
};
