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
import { allDays, lastDays } from '@/utils/days/history';
import { breaksTaken } from '@/utils/days/day-totals';
import { buildExport, parseImport, toCsv } from '@/utils/days/history-export';
import { tellBackground } from '@/utils/browser/background-client';
import { formatDuration } from '@/utils/words/format';
import { localDayKey, MINUTE } from '@/utils/helpers/time';
import { i18n } from '@/utils/browser/i18n';
import { pluralText } from '@/utils/words/plural';
import { uiLanguage } from '@/utils/browser/ui-language';
import { importProblemText } from '@/utils/words/import-problem-text';

const RANGES = [7, 30] as const;
type Range = (typeof RANGES)[number];

/** What the history page says when an action fails. */
const FAILED = {
  exportJson: 'history.failedExportJson',
  exportCsv: 'history.failedExportCsv',
  import: 'history.failedImport',
  readFile: 'history.failedReadFile',
  deleteAll: 'history.failedDeleteAll',
} as const;

const failed = (action: keyof typeof FAILED) => i18n.t(FAILED[action]);

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
  const percent = new Intl.NumberFormat(uiLanguage(), { style: 'percent' });

  const exportJson = () =>
    void run(failed('exportJson'), () => {
      const data = buildExport(allDays(stored.tracker.history), stored.settings, Date.now());
      downloadFile(`handrest-${stamp}.json`, JSON.stringify(data, null, 2), 'application/json');
    });
  const exportCsv = () =>
    void run(failed('exportCsv'), () => downloadFile(`handrest-${stamp}.csv`, toCsv(allDays(stored.tracker.history)), 'text/csv'));
  const importFile = async (file: File | undefined) => {
    if (file === undefined) return;
    setImportMessage(null);
    let text = '';
    if (!(await run(failed('readFile'), async () => (text = await file.text())))) return;
    const result = parseImport(text);
    if (!result.ok) {
      setImportMessage({ ok: false, text: importProblemText(result.problem) });
      return;
    }
    const imported = await run(failed('import'), () => tellBackground({ type: 'import', days: result.days, settings: result.settings }));
    if (imported) setImportMessage({ ok: true, text: pluralText('history.imported', result.days.length) });
  };
  const deleteAll = async () => {
    setDeleted(await run(failed('deleteAll'), () => tellBackground({ type: 'delete-all' })));
  };

  return (
    <main class="history page-column">
      <PageHeader title={i18n.t('history.title')} subtitle={i18n.t('history.subtitle')} />

      <section class="card" aria-labelledby="chart-heading">
        <div class="chart-head">
          <h2 id="chart-heading">{pluralText('history.lastDays', range)}</h2>
          <div class="segmented" role="group" aria-label={i18n.t('history.daysShown')}>
            {RANGES.map((option) => (
              <button key={option} type="button" class="button" aria-pressed={range === option} onClick={() => setRange(option)}>
                {pluralText('history.daysOption', option)}
              </button>
            ))}
          </div>
        </div>
        <dl class="figures summary">
          <div>
            <dt>{i18n.t('history.typing')}</dt>
            <dd>{formatDuration(typedMs, uiLanguage())}</dd>
          </div>
          <div>
            <dt>{i18n.t('history.dailyAverage')}</dt>
            <dd>{formatDuration(typedMs / range, uiLanguage())}</dd>
          </div>
          <div>
            <dt>{i18n.t('history.breaks')}</dt>
            <dd>{breaks}</dd>
          </div>
          <div>
            <dt>{i18n.t('history.glasses')}</dt>
            <dd>{glasses}</dd>
          </div>
          <div>
            <dt>{i18n.t('history.microTaken')}</dt>
            <dd>{microAsked === 0 ? '—' : i18n.t('history.microShare', { percent: percent.format(microTaken / microAsked), taken: microTaken, asked: microAsked })}</dd>
          </div>
        </dl>
        <HistoryChart days={days} title={pluralText('history.chartTitle', range)} />
        <HistoryTable days={days} caption={pluralText('history.tableCaption', range)} />
      </section>

      <section class="card data" aria-labelledby="data-heading">
        <h2 id="data-heading">{i18n.t('history.dataHeading')}</h2>
        <p class="muted">{i18n.t('history.dataIntro')}</p>
        <div class="data-actions">
          <button type="button" class="button" onClick={exportJson}>
            {i18n.t('history.exportJson')}
          </button>
          <button type="button" class="button" onClick={exportCsv}>
            {i18n.t('history.exportCsv')}
          </button>
          <label class="button file-button">
            {i18n.t('history.importJson')}
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
          label={i18n.t('history.deleteAll')}
          question={i18n.t('history.deleteQuestion')}
          tone="danger"
          onConfirm={() => void deleteAll()}
        />
        {deleted && (
          <p role="status" class="deleted">
            {i18n.t('history.deleted')}
          </p>
        )}
      </section>

      <section class="card privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{i18n.t('history.privacyHeading')}</h2>
        <p>{i18n.t('history.privacy')}</p>
      </section>
    </main>
  );
}

export function App() {
  return <StoredPage name="history" refreshMs={MINUTE} page={HistoryPage} />;
}
