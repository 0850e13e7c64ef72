// Figure: what the content script's keydown listener costs per keystroke, next to bare passive
// listeners, measured in the same process in alternating rounds (median taken). The content script
// is the built one (.output/chrome-mv3, as shipped), run in a fake frame. Every KEYS_PER_REPORT
// keystrokes (every 2 s at 8 keys/s, the soon cadence) each sends its times: the reporter and the
// minimal extension's content script (tests/bench/minimal-extension/content.js: a bare passive
// listener that batches and sends the same way, with nothing else) through the same fake runtime.
// The third, times.push(Date.now()) alone, sends nothing and shows what sending itself costs.
// The times are printed; the budget is the reporter's ratio to the sending bare listener, same run.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatNumber, median, printTable, type Bench, type Figure } from './report';
import { runContentScriptFile, TRUSTED_KEYDOWN, type Keydown } from './fake-reporter';

const KEYSTROKES = 2_000_000;
const ROUNDS = 7;
const KEYS_PER_REPORT = 16;
/** The reporter's cost per keystroke at most this many times the sending bare listener's, same run. */
const RATIO_BUDGET = 1.3;

const BUILD_DIR = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const MINIMAL_CONTENT_SCRIPT = fileURLToPath(new URL('./minimal-extension/content.js', import.meta.url));

/** The built content script, as the manifest names it. */
function builtContentScript(): string {
  const manifest = JSON.parse(readFileSync(`${BUILD_DIR}manifest.json`, 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const file = manifest.content_scripts?.[0]?.js?.[0];
  if (file === undefined) throw new Error('.output/chrome-mv3/manifest.json names no content script: run npm run build first');
  return `${BUILD_DIR}${file}`;
}

interface Subject {
  keydown: Keydown;
  /** Sends what is buffered (for a content script: runs its pending report timer). */
  flush: () => void;
  /** Keystroke times delivered so far. */
  delivered: () => number;
}

function contentScriptSubject(path: string): Subject {
  let delivered = 0;
  const script = runContentScriptFile(path, (report) => {
    delivered += report.times.length;
  });
  return { keydown: script.keydown, flush: () => script.clock.runPending(), delivered: () => delivered };
}

function pushOnlySubject(): Subject {
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

/**
 * Nanoseconds per keystroke over `count` keystrokes. Each report goes out in a task of its own (the
 * timer), after which a browser runs the promise reactions it queued: so does this, for every subject.
 */
async function round(subject: Subject, count: number): Promise<number> {
  const start = performance.now();
  for (let index = 1; index <= count; index += 1) {
    subject.keydown(TRUSTED_KEYDOWN);
    if (index % KEYS_PER_REPORT === 0) {
      subject.flush();
      await Promise.resolve();
    }
  }
  subject.flush();
  return ((performance.now() - start) * 1e6) / count;
}

const SUBJECTS = {
  reporter: 'keystroke reporter (built content script)',
  minimal: "bare passive listener, sending (minimal extension's content script)",
  pushOnly: 'bare passive listener, not sending (times.push(Date.now()))',
} as const;

type Name = keyof typeof SUBJECTS;

export const keystrokeCost: Figure = {
  name: 'keystroke-cost',
  title: `Content script cost per keystroke (${formatNumber(KEYSTROKES)} keydowns x ${ROUNDS} rounds, a report every ${KEYS_PER_REPORT}, median)`,
  async run(bench: Bench) {
    const subjects: Record<Name, Subject> = {
      reporter: contentScriptSubject(builtContentScript()),
      minimal: contentScriptSubject(MINIMAL_CONTENT_SCRIPT),
      pushOnly: pushOnlySubject(),
    };
    const names = Object.keys(SUBJECTS) as Name[];
    const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
    for (const name of names) await round(subjects[name], KEYSTROKES / 10); // warm-up
    for (let index = 0; index < ROUNDS; index += 1) {
      for (const name of names) samples[name].push(await round(subjects[name], KEYSTROKES));
    }
    const cost = (name: Name) => median(samples[name]);
    printTable(
      ['listener', 'ns/keystroke', 'min', 'max'],
      [
        ...names.map((name) => [SUBJECTS[name], formatNumber(cost(name), 1), formatNumber(Math.min(...samples[name]), 1), formatNumber(Math.max(...samples[name]), 1)]),
        ['reporter / not sending', `${formatNumber(cost('reporter') / cost('pushOnly'), 2)}x`, '', ''],
      ],
    );
    console.log('');
    bench.budget('reporter per keystroke / bare listener (sending)', Number((cost('reporter') / cost('minimal')).toFixed(2)), '<=', RATIO_BUDGET, 'x');
    const expected = KEYSTROKES / 10 + KEYSTROKES * ROUNDS;
    const delivered = names.map((name) => subjects[name].delivered());
    bench.check(
      'every keystroke reported',
      delivered.every((count) => count === expected),
      `${delivered.map((count) => formatNumber(count)).join(', ')} of ${formatNumber(expected)} keystroke times sent`,
    );
  },
};
