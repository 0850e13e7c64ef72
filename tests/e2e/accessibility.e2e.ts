// axe-core on every page of the built Chrome extension, in light and in dark: the popup (with a
// due break and a week of history), the break view (with a running break), the options page
// (as loaded, with a field in error, and with settings the organisation locked, a policy entry
// not used, sync held back and this computer's name in error) and the history page (with a week of days). Any
// violation fails the test, listed with its rule, impact, help and the nodes it found.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { localDayKey, MINUTE, SECOND } from '../../utils/helpers/time';
import { axeViolations, formatViolations } from './support/axe';
import { launchChromium, type ChromiumSession } from './support/chromium';
import type { StoredItems } from './support/extension-api';
import { POPUP_VIEWPORT, TAB_VIEWPORT } from './support/pages';
import { pollUntil } from './support/poll';
import { breakSessionOf, makePolicy, makeSettings, makeSyncState, storedWeek, streakState } from '../support/fixtures';

let session: ChromiumSession;

beforeAll(async () => {
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
});

/** A week up to the day of `now`, as storage holds it. */
const weekUpTo = (now: number): StoredItems => storedWeek(localDayKey(now));

interface PageState {
  name: string;
  path: 'popup.html' | 'break.html' | 'options.html' | 'history-page.html' | 'welcome.html';
  viewport: { width: number; height: number };
  storage: (now: number) => StoredItems;
  /** Brings the page into the state under test and waits until it shows it. */
  prepare: (page: Page) => Promise<void>;
}

/** The options page on fresh storage, brought into a state by `prepare`. */
const optionsPage = (name: string, prepare: PageState['prepare']): PageState => ({
  name,
  path: 'options.html',
  viewport: TAB_VIEWPORT,
  storage: () => ({}),
  prepare,
});

const STATES: PageState[] = [
  {
    name: 'welcome page',
    path: 'welcome.html',
    viewport: TAB_VIEWPORT,
    storage: () => ({}),
    prepare: async (page) => {
      await page.getByRole('heading', { name: 'Welcome to Handrest' }).waitFor();
      await page.getByRole('button', { name: /^Recommended/, pressed: true }).waitFor();
    },
  },
  {
    name: 'popup with a due break and a week of history',
    path: 'popup.html',
    viewport: POPUP_VIEWPORT,
    storage: (now) => ({ typing: streakState(32 * MINUTE, now), ...weekUpTo(now) }),
    prepare: async (page) => {
      await page.getByText('Rest break due now').waitFor();
      await page.getByRole('button', { name: /^Snooze \d+ min$/ }).waitFor();
    },
  },
  {
    name: 'break view with a running break',
    path: 'break.html',
    viewport: TAB_VIEWPORT,
    storage: (now) => ({
      typing: streakState(25 * MINUTE, now),
      breakSession: breakSessionOf(now - 60 * SECOND, now + 4 * MINUTE, { typedMs: 20 * SECOND }),
    }),
    prepare: async (page) => {
      await page.getByRole('timer', { name: /^Time left in the break/ }).waitFor();
      await page.getByRole('button', { name: 'End early' }).waitFor();
      await page.getByText('The countdown waits while you type', { exact: false }).waitFor();
    },
  },
  optionsPage('options page', async (page) => {
    await page.getByLabel('Break after', { exact: true }).waitFor();
  }),
  optionsPage('options page with a field in error', async (page) => {
    await page.getByLabel('Break after', { exact: true }).fill('200');
    await page.locator('#setting-breakAfterMin[aria-invalid="true"]').waitFor();
    await page.getByText('A break can come after 5 to 180 minutes of typing: type a whole number in that range.').waitFor();
  }),
  {
    name: 'options page under an organisation’s policy, with sync held back',
    path: 'options.html',
    viewport: TAB_VIEWPORT,
    storage: (now) => ({
      settings: makeSettings({ breakAfterMin: 45, delivery: 'badge' }),
      policy: makePolicy({ breakAfterMin: 45, delivery: 'badge' }, [{ name: 'snoozeMin', reason: 'invalid' }]),
      sync: makeSyncState({ unsent: ['typingGapSec'], sendAt: now + MINUTE, problem: { kind: 'rate', at: now } }),
    }),
    prepare: async (page) => {
      await page.locator('#setting-breakAfterMin:disabled').waitFor();
      await page.locator('.policy-ignored').waitFor();
      await page.locator('#sync-name').fill(' '.repeat(3) + 'x'.repeat(41));
      await page.locator('#sync-name[aria-invalid="true"]').waitFor();
    },
  },
  {
    name: 'history page with a week of days',
    path: 'history-page.html',
    viewport: TAB_VIEWPORT,
    storage: weekUpTo,
    prepare: async (page) => {
      await pollUntil(
        () => page.locator('rect.chart-bar').evaluateAll((bars) => bars.filter((bar) => Number(bar.getAttribute('height')) > 0).length),
        (nonEmpty) => nonEmpty === 6,
        { what: 'the chart to show the six seeded days with typing' },
      );
    },
  },
  {
    name: 'history page asking to confirm "Delete all data"',
    path: 'history-page.html',
    viewport: TAB_VIEWPORT,
    storage: weekUpTo,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Delete all data…' }).click();
      await page.getByRole('button', { name: 'Delete all data', exact: true }).waitFor();
    },
  },
];

const SCHEMES = ['light', 'dark'] as const;

describe('Accessibility (axe-core) of the extension pages in Chromium', () => {
  for (const state of STATES) {
    for (const scheme of SCHEMES) {
      test(`${state.name}, ${scheme}: no violations`, async () => {
        await session.replaceStorage(state.storage(Date.now()));
        const page = await session.openExtensionPage(state.path, { viewport: state.viewport, colorScheme: scheme });
        try {
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
          await state.prepare(page);
          const violations = await axeViolations(page);
          expect(
            violations.map((violation) => violation.id),
            `axe violations on the ${state.name} (${scheme}):\n${formatViolations(violations)}`,
          ).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});
