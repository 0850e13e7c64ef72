// The options page: every setting from the schema, grouped, checked as you type. Each field that
// is valid on its own is saved (typed values once typing settles, so that "12" on the way to
// "120" never reaches the background); a field in error keeps what was typed and its message, is
// never saved, and is named in the status with a link to it. What is typed is never rewritten.
// Above the settings, the organisation's policy entries that were not used and the browser's sync;
// a setting the organisation locked is shown disabled, and nothing on the page changes it.

import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { TYPING_SETTLE_MS, useSettingsDraft } from '@/components/use-settings-draft';
import { SyncSection } from '@/components/SyncSection';
import { PolicyNotice } from '@/components/PolicyNotice';
import { keepLocked, plansChangingLocked } from '@/utils/settings/locked-settings';
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
import { readDraft, sameSettings, settingsFromDraft, withFieldsOf, type DraftValue } from '@/utils/settings/settings-draft';
import { tellBackground } from '@/utils/browser/background-client';
import { formatTimeOfDay } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { MINUTE, SECOND } from '@/utils/helpers/time';
import { i18n } from '@/utils/browser/i18n';
import { offWords, settingGroupTitle, settingLabel } from '@/utils/words/setting-text';

/** How long "Saved at…" stays after a save. */
const SAVED_STATUS_MS = 4 * SECOND;

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

function Options({ stored: { settings, customPlan, sync, policy }, now }: PageProps) {
  const { savedAt, setSavedAt } = useSavedAt();
  const pendingSaveRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const notificationsBlocked = useNotificationPermission() === 'denied';
  const { failure, run } = useAction();
  const { draft, draftRef, inForce, inForceRef, lockedRef, setDraft, willSave } = useSettingsDraft(settings, policy.locked);
  const words = offWords();
  const read = readDraft(draft, words);
  const warnings = settingWarnings(inForce);

  const save = async (wanted: Settings) => {
    const next = keepLocked(wanted, inForceRef.current, lockedRef.current);
    if (sameSettings(next, inForceRef.current)) return;
    const undo = willSave(next);
    if (await run(i18n.t('options.failedSave'), () => tellBackground({ type: 'save-settings', settings: next }))) setSavedAt(Date.now());
    else undo();
  };
  /** The settings in force with every field of the draft that is valid on its own. */
  const draftedSettings = () => settingsFromDraft(inForceRef.current, readDraft(draftRef.current, words));

  const change = (key: SettingKey, value: DraftValue) => {
    if (lockedRef.current.includes(key)) return;
    setDraft({ ...draftRef.current, [key]: value });
    clearTimeout(pendingSaveRef.current);
    pendingSaveRef.current = setTimeout(() => void save(draftedSettings()), typeof value === 'string' ? TYPING_SETTLE_MS : 0);
  };
  /** Saves settings that replace the given fields of the draft; the rest of the draft stays as typed. */
  const replaceFields = (wanted: Settings, keys: readonly SettingKey[]) => {
    clearTimeout(pendingSaveRef.current);
    const next = keepLocked(wanted, inForceRef.current, lockedRef.current);
    setDraft(withFieldsOf(draftRef.current, next, keys));
    void save(next);
  };
  // The organisation's values are the defaults it gives (policy.ts).
  const restoreDefaults = () => replaceFields({ ...defaultSettings(), ...policy.values }, SETTING_KEYS);
  const choosePlan = (choice: PresetChoice) => replaceFields(withPlan(draftedSettings(), choice, customPlan), PRESET_KEYS);

  return (
    <main class="options page-column">
      <PageHeader title={i18n.t('options.title')} subtitle={i18n.t('options.subtitle')} />
      <PolicyNotice ignored={policy.ignored} />
      <SaveStatus errors={read.errors} savedAt={savedAt} />

      <form onSubmit={(event) => event.preventDefault()} noValidate>
        <section class="card group">
          <PresetChooser
            value={presetOf(inForce)}
            custom={customPlan}
            onChoose={choosePlan}
            lockedOut={plansChangingLocked(inForce, customPlan, policy.locked)}
            headingLevel={2}
          />
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
                  locked={policy.locked.includes(key)}
                  onChange={(value) => change(key, value)}
                />
                {key === 'delivery' && notificationsBlocked && <p class="field-warning">{i18n.t('options.notificationsBlocked')}</p>}
              </div>
            ))}
          </section>
        ))}
      </form>

      <SyncSection sync={sync} now={now} run={run} />

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
