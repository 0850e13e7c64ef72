// The history page of the built Chrome extension after real typing: today's bar and today's row
// show the typing (and no day before it, the first Handrest counted), "Export JSON" downloads a
// Handrest export holding today, "Export CSV" a spreadsheet of the page's columns, and "Delete all
// data" puts every stored item back to its default and brings today's figures back to zero. The
// chart's labels stay inside it in English, German and Arabic, and the import button shows its
// focus ring to keyboard users only.
import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { formatDuration } from '../../utils/words/format';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../utils/days/history-export';
import { defaultSettings } from '../../utils/settings/settings';
import { dayKeyBefore, HOUR, localDayKey, MINUTE } from '../../utils/helpers/time';
import { chromiumWithTestPageForFile, launchChromium } from './support/chromium';
import type { StoredItems } from './support/extension-api';
import { STORAGE_KEYS, storedValuesOf } from '../../utils/store/stored-state';
import { pollUntil } from './support/poll';
import { growthBounds, typingAfter } from './support/streak';
import { typeSteadily } from './support/typing';
import { axeViolations, formatViolations } from './support/axe';
import { dayWith, exportText, makeSettings, stateAfterDeleteAll, storedWeek } from '../support/fixtures';
import { emptyDay, type DayTotals } from '../../utils/days/day-totals';

const chromium = chromiumWithTestPageForFile();

/** The heights of the chart's bars, oldest day first, and today's. */
async function barHeights(page: Page): Promise<{ all: number[]; today: number }> {
  const all = (await page.locator('svg[role="img"] g.chart-day rect.chart-bar').evaluateAll((bars) =>
    bars.map((bar) => Number(bar.getAttribute('height'))),
  )) as number[];
  const today = Number(await page.locator('g.chart-day.today rect.chart-bar').getAttribute('height'));
  return { all, today };
}

/** The table's rows as text cells, newest day first (the row header first). */
async function tableRows(page: Page): Promise<string[][]> {
  return page.locator('table.history-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').trim())),
  );
}

describe('The history page in Chromium', () => {
  test('typing shows as today\'s bar and row; Export JSON holds today; Delete all data leaves only defaults', async () => {
    await chromium.webPage.click('#text');
    const span = await typeSteadily(chromium.webPage.keyboard, 10);
    await typingAfter(async () => (await chromium.session.readStorage(['typing'])).typing, span, 'on the test page');
    const { today } = await chromium.session.readStorage(['today']);
    const todayKey = localDayKey(Date.now());
    expect(today?.day).toBe(todayKey);
    // The first typing of the day: today's typing time is what the span covers.
    const bounds = growthBounds(undefined, span);
    expect(today?.typingMs).toBeGreaterThanOrEqual(bounds.min);
    expect(today?.typingMs).toBeLessThanOrEqual(bounds.max);

    const history = await chromium.session.openExtensionPage('history-page.html');
    try {
      // The chart: today alone, the first day Handrest counted, with a height.
      const bars = await barHeights(history);
      expect(bars.all).toEqual([bars.today]);
      expect(bars.today).toBeGreaterThan(0);

      // The table: one row per day, newest first; today's typing is the stored figure.
      const rows = await tableRows(history);
      expect(rows).toHaveLength(1);
      const [todayRow] = rows as [string[]];
      expect(todayRow[0]).toMatch(new RegExp(`\\b${new Date().getDate()}$`));
      expect(todayRow[1]).toBe(formatDuration(today?.typingMs ?? 0, 'en-US'));
      expect(todayRow[1]).not.toBe(formatDuration(0, 'en-US'));

      // Export JSON: a download of everything kept, today included.
      const downloading = history.waitForEvent('download', { timeout: 10_000 });
      await history.getByRole('button', { name: 'Export JSON' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`handrest-${todayKey}.json`);
      const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
      expect(exported.format).toBe(EXPORT_FORMAT);
      expect(exported.format).toBe('handrest-export');
      expect(exported.version).toBe(EXPORT_VERSION);
      expect(exported.version).toBe(5);
      expect(exported.settings, 'the settings in force (the defaults: none were changed)').toEqual(defaultSettings());
      const days = exported.days as { day: string; typingMs: number }[];
      const exportedToday = days.find((day) => day.day === todayKey);
      expect(exportedToday?.typingMs).toBeGreaterThan(0);
      expect(exportedToday).toEqual(today);

      // Export CSV: the page's headings, today's typing in whole minutes, after a BOM for Excel.
      const downloadingCsv = history.waitForEvent('download', { timeout: 10_000 });
      await history.getByRole('button', { name: 'Export CSV' }).click();
      const csv = await readFile(await (await downloadingCsv).path(), 'utf8');
      const [header, row] = csv.split('\r\n') as [string, string];
      expect(header).toMatch(/^\uFEFFDay,Typing \(min\),Longest streak \(min\),Breaks,Water,/);
      expect(row.split(',').slice(0, 2)).toEqual([todayKey, String(Math.round((today?.typingMs ?? 0) / 60_000))]);

      // Delete all data, confirmed.
      await history.getByRole('button', { name: 'Delete all data…' }).click();
      const confirm = history.getByRole('button', { name: 'Delete all data', exact: true });
      expect(await chromium.session.readStorage(['today']), 'nothing is deleted before the confirmation').toEqual({ today });
      await confirm.click();
      await history.getByText('All data deleted. Settings are back to their defaults.').waitFor();
      const defaults = storedValuesOf(stateAfterDeleteAll());
      const holdsOnlyDefaults = (items: StoredItems) =>
        STORAGE_KEYS.every((key) => items[key] === undefined || isDeepStrictEqual(items[key], defaults[key]));
      const stored = await pollUntil(() => chromium.session.readStorage(null), holdsOnlyDefaults, {
        what: 'storage to hold nothing but defaults',
      });
      expect(stored.today, 'today is back to no record').toEqual(defaults.today);

      const zeroRow = [formatDuration(0, 'en-US'), formatDuration(0, 'en-US'), '0', '0'];
      const [rowAfter] = (await pollUntil(
        () => tableRows(history),
        (rowsNow) => rowsNow[0]?.[1] === formatDuration(0, 'en-US'),
        { what: 'today\'s row to show no typing' },
      )) as [string[]];
      expect(rowAfter[0]).toBe(todayRow[0]);
      expect(rowAfter.slice(1)).toEqual(zeroRow);
      expect((await barHeights(history)).today).toBe(0);
    } finally {
      await history.close();
    }
  });

  test('an import shows what the file holds first; Merge keeps today\'s totals and the days here, and says what it kept', async () => {
    await chromium.webPage.click('#text');
    const span = await typeSteadily(chromium.webPage.keyboard, 8);
    await typingAfter(async () => (await chromium.session.readStorage(['typing'])).typing, span, 'on the test page');
    const todayKey = localDayKey(Date.now());
    const { today, pastDays, settings } = await chromium.session.readStorage(['today', 'pastDays', 'settings']);
    expect(today?.typingMs).toBeGreaterThan(0);
    // Exported elsewhere this morning: today with less typing and three glasses, and two earlier days.
    const fileDays = [dayWith(dayKeyBefore(todayKey, 12), 95), dayWith(dayKeyBefore(todayKey, 3), 40), { ...emptyDay(todayKey), glasses: 3 }];
    const file = exportText(fileDays, makeSettings({ breakAfterMin: 45 }), Date.now() - 3_600_000);

    const history = await chromium.session.openExtensionPage('history-page.html');
    try {
      await history.locator('input[type=file]').setInputFiles({ name: 'handrest-export.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      const preview = history.getByRole('region', { name: 'Import this file?' });
      await preview.waitFor();
      expect(await preview.getByRole('row', { name: /^Days/ }).locator('td').allTextContents()).toEqual(['3', String((pastDays?.length ?? 0) + 1)]);
      expect(await preview.getByText('Break after', { exact: true }).count()).toBe(1);
      expect(formatViolations(await axeViolations(history))).toBe('');
      expect(await chromium.session.readStorage(['today']), 'nothing changes before a choice').toEqual({ today });

      await preview.getByRole('button', { name: 'Merge' }).click();
      await history.getByText(/^Merged the file with your history: Days from the file: 3, /).waitFor();
      await history.getByText('Your settings were kept.').waitFor();
      const after = await pollUntil(
        () => chromium.session.readStorage(['today', 'pastDays', 'settings']),
        (items) => (items.pastDays ?? []).some((totals) => totals.day === dayKeyBefore(todayKey, 12)),
        { what: 'the file\'s days to be stored' },
      );
      expect(after.today, 'today\'s totals kept, the larger glasses taken').toEqual({ ...today, glasses: Math.max(today?.glasses ?? 0, 3) });
      expect(after.pastDays?.map((totals) => totals.day)).toEqual([dayKeyBefore(todayKey, 12), dayKeyBefore(todayKey, 3)]);
      expect(after.settings).toEqual(settings);
    } finally {
      await history.close();
    }
  });
});

describe('The history page\'s chart and import button in Chromium', () => {
  /** A week whose longest day is `typingMs`: its scale's labels are the longest words for short days (minutes) and long ones. */
  const weekUpTo = (today: string, typingMs: number) => {
    const week = storedWeek(today);
    const capped = (totals: DayTotals) => ({ ...totals, typingMs: Math.min(totals.typingMs, typingMs), longestStreakMs: Math.min(totals.longestStreakMs, typingMs) });
    return { today: capped(week.today as DayTotals), pastDays: week.pastDays?.map((totals, index) => (index === 2 ? { ...totals, typingMs } : capped(totals))) };
  };

  test.each(['en-US', 'de', 'ar'])('in %s every text of the chart is drawn inside it, for short days and long ones', async (language) => {
    const session = await launchChromium({ language });
    try {
      for (const longest of [25 * MINUTE, 50 * MINUTE, 10 * HOUR]) {
        await session.replaceStorage(weekUpTo(localDayKey(Date.now()), longest));
        const history = await session.openExtensionPage('history-page.html');
        const outside = await history.locator('svg.history-chart').evaluate((svg) => {
          const width = (svg as SVGSVGElement).viewBox.baseVal.width;
          return Array.from(svg.querySelectorAll('text'), (text) => ({ text: text.textContent, box: text.getBBox() }))
            .filter(({ box }) => box.x < 0 || box.x + box.width > width)
            .map(({ text, box }) => `${text} from ${box.x.toFixed(1)} to ${(box.x + box.width).toFixed(1)} of ${width}`);
        });
        expect(outside, `the longest day ${longest / MINUTE} min`).toEqual([]);
        await history.close();
      }
    } finally {
      await session.close();
    }
  });

  test('the import button shows its focus ring after Tab, not after a mouse click', async () => {
    const history = await chromium.session.openExtensionPage('history-page.html');
    try {
      const button = history.locator('label.file-button');
      const ring = () => button.evaluate((label) => getComputedStyle(label).outlineStyle);
      // A click opens the file chooser; closing it unanswered leaves the focus on the hidden input.
      history.once('filechooser', () => undefined);
      await button.click();
      await pollUntil(() => history.evaluate(() => document.activeElement?.getAttribute('type')), (type) => type === 'file', { what: 'the file input to take the focus' });
      expect(await ring()).toBe('none');
      await history.getByRole('button', { name: 'Export CSV' }).focus();
      await history.keyboard.press('Tab');
      expect(await history.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('file');
      expect(await ring()).toBe('solid');
    } finally {
      await history.close();
    }
  });
});
