// The options page: every setting from the schema, grouped, validated as you type. A change is
// saved as soon as the whole form is valid (typed values once typing settles, so that "12" on the
// way to "120" never reaches the background); while any field is invalid, nothing is saved.

import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SettingField } from '@/components/SettingField';
import { ConfirmAction } from '@/components/ConfirmAction';
import {
  DEFAULT_SETTINGS,
  draftOf,
  SETTING_GROUPS,
  validateDraft,
  type SettingDraft,
  type SettingKey,
  type Settings,
} from '@/utils/settings';
import { readSettings, settingsItem } from '@/utils/storage';
import { formatTimeOfDay } from '@/utils/format';

type Errors = Partial<Record<SettingKey, string>>;

/** A typed value is saved this long after the last keystroke in its field. */
const TYPING_SETTLE_MS = 400;

/** Whether the browser or the system blocks Handrest's notifications (unknown where it cannot tell). */
function useNotificationsBlocked(): boolean {
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    void Promise.resolve()
      .then(() => browser.notifications.getPermissionLevel?.())
      .then((level) => setBlocked(level === 'denied'))
      .catch(() => undefined);
  }, []);
  return blocked;
}

export function App() {
  const [draft, setDraft] = useState<SettingDraft | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const pendingSave = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const notificationsBlocked = useNotificationsBlocked();

  useEffect(() => {
    void readSettings().then((settings) => setDraft(draftOf(settings)));
  }, []);

  if (draft === null) return <main class="options" aria-busy="true" />;

  const save = async (settings: Settings) => {
    await settingsItem.setValue(settings);
    setSavedAt(Date.now());
  };

  const change = (key: SettingKey, value: string | boolean) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    clearTimeout(pendingSave.current);
    const result = validateDraft(next);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    pendingSave.current = setTimeout(() => void save(result.value), typeof value === 'string' ? TYPING_SETTLE_MS : 0);
  };

  const restoreDefaults = async () => {
    clearTimeout(pendingSave.current);
    setDraft(draftOf(DEFAULT_SETTINGS));
    setErrors({});
    await save({ ...DEFAULT_SETTINGS, excludedSites: [] });
  };

  const invalidCount = Object.keys(errors).length;
  const saveStatus =
    invalidCount > 0
      ? `Not saved: ${invalidCount === 1 ? 'one field needs' : `${invalidCount} fields need`} fixing.`
      : savedAt !== null
        ? `Saved at ${formatTimeOfDay(savedAt)}.`
        : '';

  return (
    <main class="options">
      <header class="options-header">
        <img src="/icon/48.png" alt="" width={40} height={40} />
        <div>
          <h1>Handrest settings</h1>
          <p class="muted">Changes are saved as you make them and take effect at once.</p>
        </div>
      </header>

      <form onSubmit={(event) => event.preventDefault()} noValidate>
        {SETTING_GROUPS.map((group) => (
          <section key={group.title} class="card group" aria-labelledby={`group-${group.title}`}>
            <h2 id={`group-${group.title}`}>{group.title}</h2>
            {group.keys.map((key) => (
              <div key={key}>
                <SettingField name={key} value={draft[key]} error={errors[key]} onChange={(value) => change(key, value)} />
                {key === 'delivery' && notificationsBlocked && (
                  <p class="field-warning">
                    Notifications are blocked for Handrest by your browser or system. Nudges still show on the
                    toolbar badge and in the popup.
                  </p>
                )}
              </div>
            ))}
          </section>
        ))}
      </form>

      <section class="card restore" aria-labelledby="restore-heading">
        <h2 id="restore-heading">Restore defaults</h2>
        <ConfirmAction
          label="Restore defaults"
          question="Put every setting back to its default? Your history is kept."
          tone="primary"
          onConfirm={() => void restoreDefaults()}
        />
      </section>

      <section class="card privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your privacy</h2>
        <p>
          Handrest notes only when you press a key, never which key or what you type, and never the page you are
          on. Everything stays in this browser: nothing is sent anywhere, and there are no accounts or analytics.
        </p>
      </section>

      <p class={`save-status ${invalidCount > 0 ? 'invalid' : ''}`} role="status">
        {saveStatus}
      </p>
    </main>
  );
}
