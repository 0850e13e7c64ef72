// The options page: every setting from the schema, grouped, validated as you type. A change is
// saved as soon as the whole form is valid (typed values once typing settles, so that "12" on the
// way to "120" never reaches the background); while any field is invalid, nothing is saved.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { SettingField } from '@/components/SettingField';
import { ConfirmAction } from '@/components/ConfirmAction';
import { PresetChooser } from '@/components/PresetChooser';
import { useNotificationPermission } from '@/components/use-notification-permission';
import { presetOf, withPreset, type PresetName } from '@/utils/settings/presets';
import { FailureStatus } from '@/components/FailureStatus';
import { PageHeader } from '@/components/PageHeader';
import { StoredPage, type PageProps } from '@/components/StoredPage';
import { useAction } from '@/components/use-action';
import { defaultSettings, type SettingKey, type Settings } from '@/utils/settings/settings';
import type { SettingErrors } from '@/utils/settings/validate-settings';
import { SETTING_GROUPS } from '@/utils/settings/setting-fields';
import { draftOf, sameSettings, validateDraft, type SettingDraft } from '@/utils/settings/settings-draft';
import { tellBackground } from '@/utils/browser/background-client';
import { formatTimeOfDay } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { MINUTE } from '@/utils/helpers/time';
import { i18n } from '@/utils/browser/i18n';
import { pluralText } from '@/utils/words/plural';
import { settingGroupTitle } from '@/utils/words/setting-text';

/** A typed value is saved this long after the last keystroke in its field. */
const TYPING_SETTLE_MS = 400;

/**
 * The draft follows settings changed elsewhere (an import, another window): a stored value that
 * is neither what the form shows nor one of its own saves on their way replaces the draft.
 */
function useDraftFollowing(stored: Settings, onReplaced: () => void) {
  const [draft, setDraft] = useState<SettingDraft>(() => draftOf(stored));
  const shownRef = useRef<Settings>(stored);
  const sendingRef = useRef<Settings[]>([]);
  useEffect(() => {
    if (sameSettings(stored, shownRef.current)) return;
    const own = sendingRef.current.findIndex((sent) => sameSettings(sent, stored));
    if (own >= 0) {
      sendingRef.current = sendingRef.current.slice(own + 1);
      return;
    }
    shownRef.current = stored;
    setDraft(draftOf(stored));
    onReplaced();
  }, [stored, onReplaced]);
  const willSave = (settings: Settings) => {
    shownRef.current = settings;
    sendingRef.current = [...sendingRef.current, settings];
  };
  return { draft, setDraft, willSave };
}

function Options({ stored: { settings } }: PageProps) {
  const [errors, setErrors] = useState<SettingErrors>({});
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const pendingSaveRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const notificationsBlocked = useNotificationPermission() === 'denied';
  const { failure, run } = useAction();
  const onReplaced = useCallback(() => {
    clearTimeout(pendingSaveRef.current);
    setErrors({});
  }, []);
  const { draft, setDraft, willSave } = useDraftFollowing(settings, onReplaced);

  const save = async (settings: Settings) => {
    willSave(settings);
    if (await run(i18n.t('options.failedSave'), () => tellBackground({ type: 'save-settings', settings }))) setSavedAt(Date.now());
  };

  const change = (key: SettingKey, value: string | boolean) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    clearTimeout(pendingSaveRef.current);
    const result = validateDraft(next);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    pendingSaveRef.current = setTimeout(() => void save(result.value), typeof value === 'string' ? TYPING_SETTLE_MS : 0);
  };

  const replaceAll = async (settings: Settings) => {
    clearTimeout(pendingSaveRef.current);
    setDraft(draftOf(settings));
    setErrors({});
    await save(settings);
  };
  const restoreDefaults = () => replaceAll(defaultSettings());
  const drafted = validateDraft(draft);
  const preset = drafted.ok ? presetOf(drafted.value) : 'custom';
  const choosePreset = (name: PresetName) => void replaceAll(withPreset(drafted.ok ? drafted.value : settings, name));

  const invalidCount = Object.keys(errors).length;
  const saveStatus =
    invalidCount > 0 ? pluralText('options.unsaved', invalidCount) : savedAt !== null ? i18n.t('options.savedAt', { time: formatTimeOfDay(savedAt, uiLanguage()) }) : '';

  return (
    <main class="options page-column">
      <PageHeader title={i18n.t('options.title')} subtitle={i18n.t('options.subtitle')} />

      <form onSubmit={(event) => event.preventDefault()} noValidate>
        <section class="card group">
          <PresetChooser value={preset} onChoose={choosePreset} headingLevel={2} />
        </section>
        {SETTING_GROUPS.map((group) => (
          <section key={group.id} class="card group" aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`}>{settingGroupTitle(group.id)}</h2>
            {group.keys.map((key) => (
              <div key={key}>
                <SettingField name={key} value={draft[key]} error={errors[key]} onChange={(value) => change(key, value)} />
                {key === 'delivery' && notificationsBlocked && (
                  <p class="field-warning">{i18n.t('options.notificationsBlocked')}</p>
                )}
              </div>
            ))}
          </section>
        ))}
      </form>

      <section class="card restore" aria-labelledby="restore-heading">
        <h2 id="restore-heading">{i18n.t('options.restoreHeading')}</h2>
        <ConfirmAction
          label={i18n.t('options.restore')}
          question={i18n.t('options.restoreQuestion')}
          tone="primary"
          onConfirm={() => void restoreDefaults()}
        />
      </section>

      <section class="card privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{i18n.t('options.privacyHeading')}</h2>
        <p>{i18n.t('options.privacy')}</p>
      </section>

      <p class={`save-status ${invalidCount > 0 ? 'invalid' : ''}`} role="status">
        {saveStatus}
      </p>
      <FailureStatus message={failure} />
    </main>
  );
}

export function App() {
  return <StoredPage name="options" refreshMs={MINUTE} page={Options} />;
}
