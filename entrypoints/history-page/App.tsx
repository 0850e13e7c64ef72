// The history page: the last 7 or 30 days as a chart and a table, export as JSON or CSV,
// import a JSON export (previewed first, then merged or put in place: use-import.ts), and delete all data.

import { useRef, useState } from 'preact/hooks';
import { PageHeader } from '@/components/PageHeader';
import { StoredPage, type PageProps } from '@/components/StoredPage';
import { useAction } from '@/components/use-action';
import { HistoryChart } from '@/components/HistoryChart';
import { HistoryTable } from '@/components/HistoryTable';
import { ConfirmAction } from '@/components/ConfirmAction';
import { FailureStatus } from '@/components/FailureStatus';
import { ImportPreview } from '@/components/ImportPreview';
import { useImport } from '@/components/use-import';
import { downloadFile } from '@/utils/browser/download-file';
import { allDays, lastDays } from '@/utils/days/history';
import { breaksTaken } from '@/utils/days/day-totals';
import { buildExport, toCsv } from '@/utils/days/history-export';
import { tellBackground } from '@/utils/browser/background-client';
import { formatDuration } from '@/utils/words/format';
import { localDayKey, MINUTE } from '@/utils/helpers/time';
import { i18n } from '@/utils/browser/i18n';
import { pluralText } from '@/utils/words/plural';
import { uiLanguage } from '@/utils/browser/ui-language';

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
  const [deleted, setDeleted] = useState(false);
  const action = useAction();
  const { failure, run } = action;
  const importing = useImport(stored, now, action, { readFile: failed('readFile'), import: failed('import') });
  const fileInput = useRef<HTMLInputElement>(null);

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
  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so that choosing the same file again (after Cancel) is a change too.
    input.value = '';
    if (file !== undefined) void importing.chooseFile(file);
  };
  /** After a choice the preview goes: the focus returns to the file chooser, and the message is read out. */
  const afterPreview = (step: () => unknown) => {
    void step();
    fileInput.current?.focus();
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
              ref={fileInput}
              onChange={(event) => importFile(event.currentTarget)}
            />
          </label>
        </div>
        {importing.preview !== null && (
          <ImportPreview
            preview={importing.preview}
            useSettings={importing.useSettings}
            onUseSettings={importing.setUseSettings}
            onChoose={(mode) => afterPreview(() => importing.choose(mode))}
            onCancel={() => afterPreview(importing.cancel)}
          />
        )}
        <p id="import-message" class={`import-message ${importing.message?.ok === false ? 'error' : ''}`} role="status">
          {importing.message?.lines.map((line) => (
            <span key={line}>{line}</span>
          ))}
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
