// The preview of an import, shown before anything changes: the file's days beside these, what
// would be left out, the settings that differ (and whether to take them), and the choice between
// Merge, Replace and Cancel, each choice saying what it does.

import { useEffect, useRef } from 'preact/hooks';
import type { ImportMode, ImportPreview as Preview } from '@/utils/days/import-plan';
import { exportedOnText, previewFigures, spanRows } from '@/utils/words/import-text';
import { i18n } from '@/utils/browser/i18n';

interface Props {
  preview: Preview;
  useSettings: boolean;
  onUseSettings: (use: boolean) => void;
  onChoose: (mode: ImportMode) => void;
  onCancel: () => void;
}

const CHOICES = [
  { mode: 'merge', tone: 'primary', label: 'importing.merge', hint: 'importing.mergeHint' },
  { mode: 'replace', tone: 'danger-outline', label: 'importing.replace', hint: 'importing.replaceHint' },
] as const;

export function ImportPreview({ preview, useSettings, onUseSettings, onChoose, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The preview takes the place of the file chooser's result: keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="import-preview" aria-labelledby="import-heading">
      <h3 id="import-heading" ref={heading} tabIndex={-1}>
        {i18n.t('importing.heading')}
      </h3>
      <p class="muted">{exportedOnText(preview.exportedAt)}</p>
      <table class="import-table">
        <caption class="visually-hidden">{i18n.t('importing.tableCaption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{i18n.t('importing.file')}</th>
            <th scope="col">{i18n.t('importing.here')}</th>
          </tr>
        </thead>
        <tbody>
          {spanRows(preview.file, preview.here).map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.file}</td>
              <td>{row.here}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl class="figures import-figures">
        {previewFigures(preview).map((figure) => (
          <div key={figure.label}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      {preview.settingsDiffer.length > 0 && (
        <label class="import-settings">
          <input type="checkbox" checked={useSettings} onChange={(event) => onUseSettings(event.currentTarget.checked)} />
          {i18n.t('importing.useSettings')}
        </label>
      )}
      <p class="muted">{i18n.t('importing.intro')}</p>
      <div class="import-choices" role="group" aria-label={i18n.t('importing.choices')}>
        {CHOICES.map((choice) => (
          <div class="import-choice" key={choice.mode}>
            <button type="button" class={`button ${choice.tone}`} aria-describedby={`import-${choice.mode}-hint`} onClick={() => onChoose(choice.mode)}>
              {i18n.t(choice.label)}
            </button>
            <p id={`import-${choice.mode}-hint`} class="muted">
              {i18n.t(choice.hint)}
            </p>
          </div>
        ))}
        <button type="button" class="button quiet" onClick={onCancel}>
          {i18n.t('importing.cancel')}
        </button>
      </div>
    </section>
  );
}
