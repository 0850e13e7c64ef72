// The history page: the last 7 or 30 days as a chart and a table (none before the first day
// Handrest counted, the daily average over the days with data), export as JSON or CSV, import a
// JSON export (previewed first, then merged or put in place: use-import.ts), and delete all data.
// The data section has one status line: the newest outcome replaces the older. With other computers
// in the browser's sync, the figures are this computer's or all of them together (the choice is
// remembered, and the popup follows it), and the computers are listed.

import { useRef, useState } from 'preact/hooks';
import { PageHeader } from '@/components/PageHeader';
import { StoredPage, type PageProps } from '@/components/StoredPage';
import { useAction } from '@/components/use-action';
import { HistoryChart } from '@/components/HistoryChart';
import { HistoryTable } from '@/components/HistoryTable';
import { ComputerList } from '@/components/ComputerList';
import { allComputersHistory, SUMMED_COLUMNS } from '@/utils/sync/all-computers';
import type { Computers } from '@/utils/store/devices-item';
import { ConfirmAction } from '@/components/ConfirmAction';
import { FailureStatus } from '@/components/FailureStatus';
import { ImportPreview } from '@/components/ImportPreview';
import { useImport, type Outcome } from '@/components/use-import';
import { downloadFile } from '@/utils/browser/download-file';
import { allDays, averageOverDaysWithData, countedDays, daysWithData } from '@/utils/days/history';
import { breaksTaken, type DayTotals } from '@/utils/days/day-totals';
import { buildExport, toCsv } from '@/utils/days/history-export';
import { tellBackground } from '@/utils/browser/background-client';
import { formatDay, formatDuration } from '@/utils/words/format';
import { csvWords } from '@/utils/words/day-column-text';
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

const SHOWN = [
  { shown: 'this', label: 'devices.thisComputer' },
  { shown: 'all', label: 'devices.allComputers' },
] as const satisfies readonly { shown: Computers['shown']; label: string }[];

function HistoryPage({ stored, now }: PageProps) {
  const [range, setRange] = useState<Range>(7);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const action = useAction();
  const { failure } = action;
  /** Runs an action after clearing what the last one said: its own outcome or failure is what shows. */
  const run: typeof action.run = (failureText, step) => {
    setOutcome(null);
    return action.run(failureText, step);
  };
  const importing = useImport(stored, now, { failure, run }, { readFile: failed('readFile'), import: failed('import') }, setOutcome);
  const fileInput = useRef<HTMLInputElement>(null);

  const { others } = stored.devices;
  const showAll = others.length > 0 && stored.devices.shown === 'all';
  const days = showAll ? allComputersHistory(stored.tracker.history, others, range, now) : countedDays(stored.tracker.history, range, now);
  const counted = daysWithData(days).length;
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
    void run(failed('exportCsv'), () => downloadFile(`handrest-${stamp}.csv`, toCsv(allDays(stored.tracker.history), csvWords()), 'text/csv;charset=utf-8'));
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
  const show = (shown: Computers['shown']) => void run(i18n.t('devices.failedShow'), () => tellBackground({ type: 'show-computers', shown }));
  const deleteAll = async () => {
    if (await run(failed('deleteAll'), () => tellBackground({ type: 'delete-all' }))) setOutcome({ ok: true, lines: [i18n.t('history.deleted')] });
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
        {others.length > 0 && (
          <div class="computers-head">
            <div class="segmented" role="group" aria-label={i18n.t('devices.shown')}>
              {SHOWN.map((option) => (
                <button key={option.shown} type="button" class="button" aria-pressed={(showAll ? 'all' : 'this') === option.shown} onClick={() => show(option.shown)}>
                  {i18n.t(option.label)}
                </button>
              ))}
            </div>
            {showAll && <p class="muted">{i18n.t('devices.allNote')}</p>}
          </div>
        )}
        {days.length < range && <p class="muted counting-since">{i18n.t('history.countingSince', { day: formatDay((days[0] as DayTotals).day, uiLanguage()) })}</p>}
        <dl class="figures summary">
          <div>
            <dt>{i18n.t('history.typing')}</dt>
            <dd>{formatDuration(typedMs, uiLanguage())}</dd>
          </div>
          <div>
            <dt>{i18n.t('history.dailyAverage')}</dt>
            {counted === 0 ? (
              <dd>—</dd>
            ) : (
              <dd>
                {formatDuration(averageOverDaysWithData(days, (totals) => totals.typingMs), uiLanguage())}
                <span class="figure-note">{pluralText('history.averageOver', counted)}</span>
              </dd>
            )}
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
            <dd>{showAll ? microTaken : microAsked === 0 ? '—' : i18n.t('history.microShare', { percent: percent.format(microTaken / microAsked), taken: microTaken, asked: microAsked })}</dd>
          </div>
        </dl>
        <HistoryChart days={days} slots={range} title={pluralText('history.chartTitle', range)} />
        <HistoryTable days={days} caption={pluralText('history.tableCaption', range)} only={showAll ? SUMMED_COLUMNS : null} />
        {others.length > 0 && <ComputerList ownName={stored.sync.deviceName} others={others} />}
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
              aria-describedby="data-status"
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
        <ConfirmAction
          label={i18n.t('history.deleteAll')}
          question={i18n.t('history.deleteQuestion')}
          tone="danger"
          onConfirm={() => void deleteAll()}
        />
        <p id="data-status" class={`data-status ${outcome?.ok === false ? 'error' : ''}`} role="status">
          {outcome?.lines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </p>
        <FailureStatus message={failure} />
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
