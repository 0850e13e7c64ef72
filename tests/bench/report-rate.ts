// Figure: how many reports the content script sends per minute, typing and idle, driven on a
// fake clock: a minute of typing at 8 keys/s, then a minute with no keys. Every keystroke must
// still arrive, so a reporter that never sends cannot pass.

import { SECOND, MINUTE } from '../../utils/helpers/time';
import { formatNumber, printTable, type Bench, type Figure } from './report';
import { startFakeReporter, TRUSTED_KEYDOWN } from './fake-reporter';

const KEYS_PER_SECOND = 8;
/** Budgets: at most one report per 2 s while typing, none at all while idle. */
const MAX_REPORTS_PER_MINUTE_TYPING = 30;
const MIN_REPORT_SPACING_MS = 2 * SECOND;
const REPORTS_PER_MINUTE_IDLE = 0;

export const reportRate: Figure = {
  name: 'report-rate',
  title: `Reports per minute (fake clock; typing at ${KEYS_PER_SECOND} keys/s, then idle)`,
  run(bench: Bench) {
    const sends: { at: number; keys: number }[] = [];
    const reporter = startFakeReporter((report) => sends.push({ at: reporter.clock.time, keys: report.times.length }));
    const { clock } = reporter;

    const typedKeys = MINUTE / (SECOND / KEYS_PER_SECOND);
    for (let key = 0; key < typedKeys; key += 1) {
      clock.advanceTo((key * SECOND) / KEYS_PER_SECOND);
      reporter.keydown(TRUSTED_KEYDOWN);
    }
    // Reports due by the end of the typing minute belong to it; the idle minute follows.
    for (let second = 1; second <= 2 * MINUTE / SECOND; second += 1) clock.advanceTo(second * SECOND);
    reporter.stop();

    const typing = sends.filter((send) => send.at <= MINUTE);
    const idle = sends.filter((send) => send.at > MINUTE);
    const keys = (list: typeof sends) => list.reduce((total, send) => total + send.keys, 0);
    const spacing = typing.slice(1).map((send, index) => send.at - (typing[index] as { at: number }).at);
    const minSpacing = spacing.length === 0 ? Infinity : Math.min(...spacing);

    printTable(
      ['minute', 'keys typed', 'reports', 'keys sent', 'min spacing (ms)'],
      [
        ['typing', typedKeys, typing.length, keys(typing), Number.isFinite(minSpacing) ? minSpacing : ''],
        ['idle', 0, idle.length, keys(idle), ''],
      ],
    );
    console.log('');
    bench.check('every keystroke sent', keys(sends) === typedKeys, `${formatNumber(keys(sends))} of ${formatNumber(typedKeys)}`);
    bench.budget('reports per minute, typing', typing.length, '<=', MAX_REPORTS_PER_MINUTE_TYPING, 'reports');
    // The spacing is read off the fake clock, so it is the reporter's batching rule itself, not a machine's speed.
    if (spacing.length > 0) bench.budget('min spacing between reports, typing', minSpacing, '>=', MIN_REPORT_SPACING_MS, 'ms');
    bench.budget('reports per minute, idle', idle.length, '==', REPORTS_PER_MINUTE_IDLE, 'reports');
  },
};
