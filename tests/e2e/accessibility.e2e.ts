// axe-core on every page of the built Chrome extension, in light and in dark: the popup (with a
// due break and a week of history), the break view (with a running break), the options page
// (as loaded, and with a field in error) and the history page (with a week of days). Any
// violation fails the test, listed with its rule, impact, help and the nodes it found.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { dayKeyBefore, emptyDay, type DayTotals } from '../../utils/history';
import { HOUR, localDayKey, MINUTE, SECOND } from '../../utils/time';
import { axeViolations, formatViolations } from './support/axe';
import { launchChromium, type ChromiumSession } from './support/chromium';
import type { StoredItems } from './support/extension-api';
import { POPUP_VIEWPORT, TAB_VIEWPORT } from './support/pages';
import { pollUntil } from './support/poll';
import { seededStreak } from './support/streak';

let session: ChromiumSession;

beforeAll(async () => {
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
});

/** Seven days up to today with varied figures, oldest first. */
function seededWeek(now: number): DayTotals[] {
  const today = localDayKey(now);
  return [3.2, 4.1, 0, 5.2, 3.8, 0.6, 1.9].map((hours, index) => ({
    ...emptyDay(dayKeyBefore(today, 6 - index)),
    typingMs: hours * HOUR,
    longestStreakMs: hours === 0 ? 0 : (20 + index * 4) * MINUTE,
    breaksNatural: index % 3,
    breaksCompleted: index % 2,
    breaksEndedEarly: index === 3 ? 1 : 0,
    nudgesShown: index % 4,
    nudgesSnoozed: index % 2,
    nudgesIgnored: index === 1 ? 1 : 0,
    glasses: 2 + index,
  }));
}

/** A seeded week as storage holds it: today apart from the six days before. */
function storedWeek(now: number): StoredItems {
  const week = seededWeek(now);
  return { today: week[6], pastDays: week.slice(0, 6) };
}

interface PageState {
  name: string;
  path: 'popup.html' | 'break.html' | 'options.html' | 'history-page.html';
  viewport: { width: number; height: number };
  storage: (now: number) => StoredItems;
  /** Brings the page into the state under test and waits until it shows it. */
  prepare: (page: Page) => Promise<void>;
}

const STATES: PageState[] = [
  {
    name: 'popup with a due break and a week of history',
    path: 'popup.html',
    viewport: POPUP_VIEWPORT,
    storage: (now) => ({ typing: seededStreak(32 * MINUTE, now), ...storedWeek(now) }),
    prepare: async (page) => {
      await page.getByText('Break due now').waitFor();
      await page.getByRole('button', { name: /^Snooze \d+ min$/ }).waitFor();
    },
  },
  {
    name: 'break view with a running break',
    path: 'break.html',
    viewport: TAB_VIEWPORT,
    storage: (now) => ({
      typing: seededStreak(25 * MINUTE, now),
      breakSession: { startedAt: now - 60 * SECOND, endsAt: now + 4 * MINUTE, typedDuring: true },
    }),
    prepare: async (page) => {
      await page.getByRole('timer').waitFor();
      await page.getByRole('button', { name: 'End early' }).waitFor();
      await page.getByText('Some typing happened during this break.', { exact: false }).waitFor();
    },
  },
  {
    name: 'options page',
    path: 'options.html',
    viewport: TAB_VIEWPORT,
    storage: () => ({}),
    prepare: async (page) => {
      await page.getByLabel('Break after', { exact: true }).waitFor();
    },
  },
  {
    name: 'options page with a field in error',
    path: 'options.html',
    viewport: TAB_VIEWPORT,
    storage: () => ({}),
    prepare: async (page) => {
      await page.getByLabel('Break after', { exact: true }).fill('200');
      await page.locator('#setting-breakAfterMin[aria-invalid="true"]').waitFor();
      await page.getByText('Break after must be from 5 to 180 minutes.').waitFor();
    },
  },
  {
    name: 'history page with a week of days',
    path: 'history-page.html',
    viewport: TAB_VIEWPORT,
    storage: storedWeek,
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
    storage: storedWeek,
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
