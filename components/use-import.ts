// An import as the history page runs it: a chosen file is read and checked (a refusal says why),
// its preview shown against the stored state as it is now, and only a choice of Merge or Replace
// sends it to the background, after the storage budget is checked; the message then says what
// was kept. Nothing changes before that choice. What it says goes to the page's one status line,
// which the page's other actions (Delete all data) share: the newest outcome replaces the older.

import { useState } from 'preact/hooks';
import { parseImport, type ImportedFile } from '@/utils/days/history-import';
import { importDays, importedBytes, previewImport, type ImportMode, type ImportPreview } from '@/utils/days/import-plan';
import { STORAGE_BUDGET_BYTES } from '@/utils/helpers/storage-budget';
import type { StoredState } from '@/utils/store/stored-state';
import { tellBackground } from '@/utils/browser/background-client';
import { importProblemText } from '@/utils/words/import-problem-text';
import { importOutcomeText, overBudgetText } from '@/utils/words/import-text';
import type { ActionRunner } from './use-action';

/** What the page says about its last action: sentences, and whether they tell of a refusal. */
export interface Outcome {
  ok: boolean;
  lines: readonly string[];
}

export interface ImportFlow {
  /** The preview of the chosen file, or null when none is waiting for a choice. */
  preview: ImportPreview | null;
  useSettings: boolean;
  setUseSettings: (use: boolean) => void;
  chooseFile: (file: File) => Promise<void>;
  choose: (mode: ImportMode) => Promise<void>;
  cancel: () => void;
}

interface Failures {
  readFile: string;
  import: string;
}

/** The import flow of a page whose status line shows what `say` is given; `run` clears it as an action starts. */
export function useImport(stored: StoredState, now: number, { run }: ActionRunner, failures: Failures, say: (outcome: Outcome | null) => void): ImportFlow {
  const [file, setFile] = useState<ImportedFile | null>(null);
  const [useSettings, setUseSettings] = useState(false);
  const refuse = (line: string) => say({ ok: false, lines: [line] });

  const chooseFile = async (chosen: File) => {
    setFile(null);
    let text = '';
    if (!(await run(failures.readFile, async () => (text = await chosen.text())))) return;
    const result = parseImport(text);
    if (!result.ok) return refuse(importProblemText(result.problem));
    setUseSettings(false);
    setFile(result.file);
  };

  const choose = async (mode: ImportMode) => {
    if (file === null) return;
    const settings = useSettings ? file.settings : null;
    const planned = importDays(stored.tracker.history, file.days, mode, Date.now());
    const bytes = importedBytes(planned.history, settings ?? stored.settings);
    setFile(null);
    if (bytes > STORAGE_BUDGET_BYTES) return refuse(overBudgetText(bytes));
    const imported = await run(failures.import, () => tellBackground({ type: 'import', mode, days: file.days, settings }));
    if (imported) say({ ok: true, lines: importOutcomeText(planned.outcome, settings !== null) });
  };

  return {
    preview: file === null ? null : previewImport(stored.tracker.history, stored.settings, stored.policy.locked, file, now),
    useSettings,
    setUseSettings,
    chooseFile,
    choose,
    cancel: () => setFile(null),
  };
}
