// The options page: every setting from the schema, grouped, checked as you type. Each field that
// is valid on its own is saved (typed values once typing settles, so that "12" on the way to
// "120" never reaches the background); a field in error keeps what was typed and its message, is
// never saved, and is named in the status with a link to it. What is typed is never rewritten.

import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { controlIdOf, SettingField } from '@/components/SettingField';
import { ConfirmAction } from '@/components/ConfirmAction';
import { PresetChooser } from '@/components/PresetChooser';
import { useNotificationPermission } from '@/components/use-notification-permission';
import { PRESET_KEYS, presetOf, type PresetChoice } from '@/utils/settings/presets';
import { withPlan } from '@/utils/settings/custom-plan';
import { FailureStatus } from '@/components/FailureStatus';
import { PageHeader } from '@/components/PageHeader';
import { StoredPage, type PageProps } from '@/components/StoredPage';
import { useAction } from '@/components/use-action';
import { defaultSettings, type SettingKey, type Settings } from '@/utils/settings/settings';
import type { SettingError, SettingErrors } from '@/utils/settings/validate-settings';
import { settingWarnings } from '@/utils/settings/setting-warnings';
import { SETTING_GROUPS, SETTING_KEYS } from '@/utils/settings/setting-fields';
import {
  draftOf,
  readDraft,
  sameSettings,
  settingsFromDraft,
  settingsThatDiffer,
  withFieldsOf,
  type DraftValue,
  type SettingDraft,
} from '@/utils/settings/settings-draft';
import { tellBackground } from '@/utils/browser/background-client';
import { formatTimeOfDay } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { MINUTE, SECOND } from '@/utils/helpers/time';
import { i18n } from '@/utils/browser/i18n';
import { offWords, settingGroupTitle, settingLabel } from '@/utils/words/setting-text';

/** A typed value is saved this long after the last keystroke in its field. */
const TYPING_SETTLE_MS = 400;
/** How long "Saved at…" stays after a save. */
const SAVED_STATUS_MS = 4 * SECOND;

/**
 * The settings in force as this page knows them (what is stored, with its own saves applied) and
 * the form's draft, which follows changes made elsewhere (an import, another window) field by
 * field: a stored value that is none of the page's own saves on their way back replaces only the
 * fields it changed, so that whatever is being typed elsewhere in the form stays as it is.
 * Settings are compared by value: the browser may hand a save back with its records' keys reordered.
 */
function useSettingsDraft(stored: Settings) {
  const [draft, setDraftState] = useState<SettingDraft>(() => draftOf(stored));
  const [inForce, setInForceState] = useState<Settings>(stored);
  const draftRef = useRef(draft);
  const inForceRef = useRef(inForce);
  const storedRef = useRef(stored);
  const sendingRef = useRef<Settings[]>([]);
  const setDraft = (next: SettingDraft) => {
    draftRef.current = next;
    setDraftState(next);
  };
  const setInForce = (next: Settings) => {
    inForceRef.current = next;
    setInForceState(next);
  };
  useEffect(() => {
    // Any stored item's change reads the state again: only a change of the settings is news here
    // (the sync state changes after each save, with the settings as they were).
    const unchanged = sameSettings(storedRef.current, stored);
    storedRef.current = stored;
    if (unchanged) return;
    const own = sendingRef.current.findIndex((sent) => sameSettings(sent, stored));
    if (own >= 0) {
      sendingRef.current = sendingRef.current.slice(own + 1);
      return;
    }
    const changed = settingsThatDiffer(inForceRef.current, stored);
    if (changed.length === 0) return;
    setInForce(stored);
    setDraft(withFieldsOf(draftRef.current, stored, changed));
  }, [stored]);

  /** Notes a save on its way; gives what to do if it fails (the stored settings stay in force). */
  const willSave = (settings: Settings) => {
    setInForce(settings);
    sendingRef.current = [...sendingRef.current, settings];
    return () => {
      sendingRef.current = sendingRef.current.filter((sent) => sent !== settings);
      setInForce(storedRef.current);
    };
  };
  return { draft, draftRef, inForce, inForceRef, setDraft, willSave };
}

/** A list in the UI language's words ("A, B and C"), each item the element `render` makes of it. */
function listOf<T>(items: readonly T[], text: (item: T) => string, render: (item: T) => ComponentChild): ComponentChild[] {
  const nodes: ComponentChild[] = [];
  let next = 0;
  for (const part of new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).formatToParts(items.map(text))) {
    nodes.push(part.type === 'element' ? render(items[next++] as T) : part.value);
  }
  return nodes;
}

/** The status: the fields not saved until fixed, each a link to its control, and for a while after a save, when it was. */
function SaveStatus({ errors, savedAt }: { errors: SettingErrors; savedAt: number | null }) {
  const invalid = Object.entries(errors) as [SettingKey, SettingError][];
  const link = ([key, error]: [SettingKey, SettingError]) => (
    <button key={key} type="button" class="link-button" onClick={() => document.getElementById(controlIdOf(key, error))?.focus()}>
      {settingLabel(key)}
    </button>
  );
  return (
    <div class="save-status" role="status">
      {invalid.length > 0 && (
        <p class="not-saved">
          {i18n.t('options.notSaved')} {listOf(invalid, ([key]) => settingLabel(key), link)}
        </p>
      )}
      {savedAt !== null && (
        <p key={savedAt} class="saved">
          {i18n.t('options.savedAt', { time: formatTimeOfDay(savedAt, uiLanguage()) })}
        </p>
      )}
    </div>
  );
}

/** Shows the time of the latest save for SAVED_STATUS_MS. */
function useSavedAt() {
  const [savedAt, setSavedAt] = useState<number | null>(null);
  useEffect(() => {
    if (savedAt === null) return;
    const timer = setTimeout(() => setSavedAt(null), SAVED_STATUS_MS);
    return () => clearTimeout(timer);
  }, [savedAt]);
  return { savedAt, setSavedAt };
}

function Options({ stored: { settings, customPlan } }: PageProps) {
  const { savedAt, setSavedAt } = useSavedAt();
  const pendingSaveRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const notificationsBlocked = useNotificationPermission() === 'denied';
  const { failure, run } = useAction();
  const { draft, draftRef, inForce, inForceRef, setDraft, willSave } = useSettingsDraft(settings);
  const words = offWords();
  const read = readDraft(draft, words);
  const warnings = settingWarnings(inForce);

  const save = async (next: Settings) => {
    if (sameSettings(next, inForceRef.current)) return;
    const undo = willSave(next);
    if (await run(i18n.t('options.failedSave'), () => tellBackground({ type: 'save-settings', settings: next }))) setSavedAt(Date.now());
    else undo();
  };
  /** The settings in force with every field of the draft that is valid on its own. */
  const draftedSettings = () => settingsFromDraft(inForceRef.current, readDraft(draftRef.current, words));

  const change = (key: SettingKey, value: DraftValue) => {
    setDraft({ ...draftRef.current, [key]: value });
    clearTimeout(pendingSaveRef.current);
    pendingSaveRef.current = setTimeout(() => void save(draftedSettings()), typeof value === 'string' ? TYPING_SETTLE_MS : 0);
  };
  /** Saves settings that replace the given fields of the draft; the rest of the draft stays as typed. */
  const replaceFields = (next: Settings, keys: readonly SettingKey[]) => {
    clearTimeout(pendingSaveRef.current);
    setDraft(withFieldsOf(draftRef.current, next, keys));
    void save(next);
  };
  const restoreDefaults = () => replaceFields(defaultSettings(), SETTING_KEYS);
  const choosePlan = (choice: PresetChoice) => replaceFields(withPlan(draftedSettings(), choice, customPlan), PRESET_KEYS);

  return (
    <main class="options page-column">
      <PageHeader title={i18n.t('options.title')} subtitle={i18n.t('options.subtitle')} />
      <SaveStatus errors={read.errors} savedAt={savedAt} />

      <form onSubmit={(event) => event.preventDefault()} noValidate>
        <section class="card group">
          <PresetChooser value={presetOf(inForce)} custom={customPlan} onChoose={choosePlan} headingLevel={2} />
        </section>
        {SETTING_GROUPS.map((group) => (
          <section key={group.id} class="card group" aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`}>{settingGroupTitle(group.id)}</h2>
            {group.keys.map((key) => (
              <div key={key}>
                <SettingField
                  name={key}
                  value={draft[key]}
                  error={read.errors[key]}
                  warning={warnings[key]}
                  inactiveReason={key === 'workingHours' && draft.workingHoursEnabled !== true ? i18n.t('options.workingHoursOff') : undefined}
                  onChange={(value) => change(key, value)}
                />
                {key === 'delivery' && notificationsBlocked && <p class="field-warning">{i18n.t('options.notificationsBlocked')}</p>}
              </div>
            ))}
          </section>
        ))}
      </form>

      <section class="card restore" aria-labelledby="restore-heading">
        <h2 id="restore-heading">{i18n.t('options.restoreHeading')}</h2>
        <ConfirmAction label={i18n.t('options.restore')} question={i18n.t('options.restoreQuestion')} tone="primary" onConfirm={restoreDefaults} />
      </section>

      <section class="card privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{i18n.t('options.privacyHeading')}</h2>
        <p>{i18n.t('options.privacy')}</p>
      </section>

      <FailureStatus message={failure} />
    </main>
  );
}

export function App() {
  return <StoredPage name="options" refreshMs={MINUTE} page={Options} />;
}
