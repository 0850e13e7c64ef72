// Figure: what the content script's keydown listener costs per keystroke, next to a bare
// passive listener that only records the time, measured in the same process in alternating
// rounds (median taken). Both flush their times as a report every KEYS_PER_REPORT keystrokes,
// as the reporter does every 2 s at 8 keys/s. Printed only: timings vary too much to assert.

import { formatNumber, median, printTable, type Bench, type Figure } from './report';
import { startFakeReporter, TRUSTED_KEYDOWN, type Keydown } from './fake-reporter';

const KEYSTROKES = 2_000_000;
const ROUNDS = 5;
const KEYS_PER_REPORT = 16;

interface Subject {
  keydown: Keydown;
  /** Sends what is buffered (for the reporter: runs its pending report timer). */
  flush: () => void;
  /** Keystroke times delivered so far. */
  delivered: () => number;
}

function reporterSubject(): Subject {
  let delivered = 0;
  const reporter = startFakeReporter((report) => {
    delivered += report.times.length;
  }, Date.now);
  return { keydown: reporter.keydown, flush: () => reporter.clock.runPending(), delivered: () => delivered };
}

function bareSubject(): Subject {
  let delivered = 0;
  let times: number[] = [];
  return {
    keydown: () => {
      times.push(Date.now());
    },
    flush: () => {
      delivered += times.length;
      times = [];
    },
    delivered: () => delivered,
  };
}

/** Nanoseconds per keystroke over `count` keystrokes. */
function round(subject: Subject, count: number): number {
  const start = performance.now();
  for (let index = 1; index <= count; index += 1) {
    subject.keydown(TRUSTED_KEYDOWN);
    if (index % KEYS_PER_REPORT === 0) subject.flush();
  }
  subject.flush();
  return ((performance.now() - start) * 1e6) / count;
}

export const keystrokeCost: Figure = {
  name: 'keystroke-cost',
  title: `Content script cost per keystroke (${formatNumber(KEYSTROKES)} keydowns x ${ROUNDS} rounds, median)`,
  async run(bench: Bench) {
    const subjects = { reporter: reporterSubject(), bare: bareSubject() };
    const samples = { reporter: [] as number[], bare: [] as number[] };
    round(subjects.reporter, KEYSTROKES / 10); // warm-up
    round(subjects.bare, KEYSTROKES / 10);
    for (let index = 0; index < ROUNDS; index += 1) {
      await Promise.resolve(); // lets the sends' promise reactions run between rounds, as a page would
      samples.reporter.push(round(subjects.reporter, KEYSTROKES));
      samples.bare.push(round(subjects.bare, KEYSTROKES));
    }
    const reporter = median(samples.reporter);
    const bare = median(samples.bare);
    const row = (name: string, values: number[]) => [
      name,
      formatNumber(median(values), 1),
      formatNumber(Math.min(...values), 1),
      formatNumber(Math.max(...values), 1),
    ];
    printTable(
      ['listener', 'ns/keystroke', 'min', 'max'],
      [
        row('keystroke reporter (content script)', samples.reporter),
        row('bare passive listener (times.push(Date.now()))', samples.bare),
        ['difference (reporter - bare)', formatNumber(reporter - bare, 1), '', ''],
      ],
    );
    console.log('');
    const expected = KEYSTROKES / 10 + KEYSTROKES * ROUNDS;
    bench.check(
      'every keystroke reported',
      subjects.reporter.delivered() === expected && subjects.bare.delivered() === expected,
      `${formatNumber(subjects.reporter.delivered())} of ${formatNumber(expected)} keystroke times sent`,
    );
  },
};
