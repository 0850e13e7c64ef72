// The history page: the last 7 or 30 days as a chart and a table, export as JSON or CSV,
// import a JSON export, and delete all data.

import { useState } from 'preact/hooks';
import { PageHeader } from '@/components/PageHeader';
import { StoredPage, type PageProps } from '@/components/StoredPage';
import { useAction } from '@/components/use-action';
import { HistoryChart } from '@/components/HistoryChart';
import { HistoryTable } from '@/components/HistoryTable';
import { ConfirmAction } from '@/components/ConfirmAction';
import { FailureStatus } from '@/components/FailureStatus';
import { downloadFile } from '@/utils/browser/download-file';
import { allDays, breaksTaken, lastDays } from '@/utils/history';
import { buildExport, parseImport, toCsv } from '@/utils/history-export';
import { tellBackground } from '@/utils/browser/background-client';
import { formatDuration } from '@/utils/format';
import { localDayKey, MINUTE } from '@/utils/time';

const RANGES = [7, 30] as const;
type Range = (typeof RANGES)[number];

/** What the history page says when an action fails. */
const FAILED = {
  exportJson: 'Could not export the JSON file. Please try again.',
  exportCsv: 'Could not export the CSV file. Please try again.',
  import: 'Could not import this file: nothing was changed. Please try again.',
  readFile: 'Could not read this file. Nothing was changed.',
  deleteAll: 'Could not delete your data: nothing was deleted. Please try again.',
} as const;

function HistoryPage({ stored, now }: PageProps) {
  const [range, setRange] = useState<Range>(7);
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [deleted, setDeleted] = useState(false);
  const { failure, run } = useAction();

  const days = lastDays(stored.tracker.history, range, now);
  const typedMs = days.reduce((sum, totals) => sum + totals.typingMs, 0);
  const breaks = days.reduce((sum, totals) => sum + breaksTaken(totals), 0);
  const glasses = days.reduce((sum, totals) => sum + totals.glasses, 0);
  const microAsked = days.reduce((sum, totals) => sum + totals.microPausesPrompted, 0);
  const microTaken = days.reduce((sum, totals) => sum + totals.microPausesTaken, 0);
  const stamp = localDayKey(now);

  const exportJson = () =>
    void run(FAILED.exportJson, () => {
      const data = buildExport(allDays(stored.tracker.history), stored.settings, Date.now());
      downloadFile(`handrest-${stamp}.json`, JSON.stringify(data, null, 2), 'application/json');
    });
  const exportCsv = () =>
    void run(FAILED.exportCsv, () => downloadFile(`handrest-${stamp}.csv`, toCsv(allDays(stored.tracker.history)), 'text/csv'));
  const importFile = async (file: File | undefined) => {
    if (file === undefined) return;
    setImportMessage(null);
    let text = '';
    if (!(await run(FAILED.readFile, async () => (text = await file.text())))) return;
    const result = parseImport(text);
    if (!result.ok) {
      setImportMessage({ ok: false, text: result.message });
      return;
    }
    const imported = await run(FAILED.import, () => tellBackground({ type: 'import', days: result.days, settings: result.settings }));
    if (imported) setImportMessage({ ok: true, text: `Imported ${result.days.length} days and your settings.` });
  };
  const deleteAll = async () => {
    setDeleted(await run(FAILED.deleteAll, () => tellBackground({ type: 'delete-all' })));
  };

  return (
    <main class="history page-column">
      <PageHeader title="Your typing history" subtitle="Kept on this computer for 90 days." />

      <section class="card" aria-labelledby="chart-heading">
        <div class="chart-head">
          <h2 id="chart-heading">Last {range} days</h2>
          <div class="segmented" role="group" aria-label="Days shown">
            {RANGES.map((option) => (
              <button key={option} type="button" class="button" aria-pressed={range === option} onClick={() => setRange(option)}>
                {option} days
              </button>
            ))}
          </div>
        </div>
        <dl class="figures summary">
          <div>
            <dt>Typing</dt>
            <dd>{formatDuration(typedMs)}</dd>
          </div>
          <div>
            <dt>Daily average</dt>
            <dd>{formatDuration(typedMs / range)}</dd>
          </div>
          <div>
            <dt>Breaks</dt>
            <dd>{breaks}</dd>
          </div>
          <div>
            <dt>Glasses of water</dt>
            <dd>{glasses}</dd>
          </div>
          <div>
            <dt>Micro-pauses taken when asked</dt>
            <dd>{microAsked === 0 ? '—' : `${Math.round((microTaken / microAsked) * 100)}% (${microTaken} of ${microAsked})`}</dd>
          </div>
        </dl>
        <HistoryChart days={days} title={`Typing time per day over the last ${range} days; the table below lists the figures.`} />
        <HistoryTable days={days} caption={`Daily figures for the last ${range} days, newest first`} />
      </section>

      <section class="card data" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p class="muted">Export everything Handrest keeps, bring it back from a JSON export, or delete it all.</p>
        <div class="data-actions">
          <button type="button" class="button" onClick={exportJson}>
            Export JSON
          </button>
          <button type="button" class="button" onClick={exportCsv}>
            Export CSV
          </button>
          <label class="button file-button">
            Import JSON…
            <input
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              aria-describedby="import-message"
              onChange={(event) => void importFile(event.currentTarget.files?.[0])}
            />
          </label>
        </div>
        <p id="import-message" class={`import-message ${importMessage?.ok === false ? 'error' : ''}`} role="status">
          {importMessage?.text ?? ''}
        </p>
        <FailureStatus message={failure} />
        <ConfirmAction
          label="Delete all data"
          question="Delete your history, settings and everything else Handrest keeps? This cannot be undone."
          tone="danger"
          onConfirm={() => void deleteAll()}
        />
        {deleted && (
          <p role="status" class="deleted">
            All data deleted. Settings are back to their defaults.
          </p>
        )}
      </section>

      <section class="card privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your privacy</h2>
        <p>
          Handrest keeps only times and counts: when you typed, your streaks, breaks, nudges and glasses of water, plus
          your settings. It never records which keys you press, what you type or which pages you visit, and nothing
          leaves this browser.
        </p>
      </section>
    </main>
  );
}

export function App() {
  return <StoredPage name="history" refreshMs={MINUTE} page={HistoryPage} />;
}
