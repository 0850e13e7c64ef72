// Test projects: the unit tests in Node (the pure core, the background and the content script
// against WXT's fake browser), the page tests in happy-dom (Preact components against the real
// background on the fake browser), the property tests once more in a second time zone, and e2e
// (the built extension in real Chromium and Firefox). Only the page tests pay for a DOM.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** A zone with daylight saving, so that 23- and 25-hour days are tested for real. */
const unitProject = (name: string, include: string, environment: 'node' | 'happy-dom', TZ = 'Europe/Berlin') => ({
  plugins: [WxtVitest()],
  test: {
    name,
    include: [include],
    environment,
    setupFiles: ['tests/unit/setup.ts'],
    env: { TZ },
    // One module graph per worker rather than per file: each test resets the fake browser, and the
    // background harness loads a fresh background module, so nothing leaks between files.
    isolate: false,
  },
});

export default defineConfig({
  test: {
    pool: 'threads',
    projects: [
      unitProject('unit', 'tests/unit/**/*.test.ts', 'node'),
      unitProject('unit-pages', 'tests/unit/**/*.test.tsx', 'happy-dom'),
      // The property tests again in a southern zone, whose clocks change on other dates and the other way.
      unitProject('unit-sydney', 'tests/unit/**/*.property.test.ts', 'node', 'Australia/Sydney'),
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two files at a time: each drives browsers of its own (own profiles, servers on random
          // ports), and much of a file's time is spent waiting for the extension, not computing.
          maxWorkers: 2,
        },
      },
    ],
  },
});
