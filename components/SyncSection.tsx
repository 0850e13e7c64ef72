// The settings page's sync section: the switch for the browser's sync, where sync stands (synced,
// changes waiting, or why they wait: the browser's write limit, its room, a setting too large,
// a failure), announced as it changes, and this computer's name among the person's computers,
// checked as it is typed and sent once typing settles; a name in error is never sent.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionRunner } from './use-action';
import { TYPING_SETTLE_MS } from './use-settings-draft';
import type { SyncState } from '@/utils/sync/sync-state';
import { isDeviceName, MAX_DEVICE_NAME_LENGTH } from '@/utils/sync/device-name';
import { tellBackground } from '@/utils/browser/background-client';
import { syncStatusText } from '@/utils/words/sync-text';
import { i18n } from '@/utils/browser/i18n';

interface Props {
  sync: SyncState;
  now: number;
  run: ActionRunner['run'];
}

/** What a typed name sends: null (the default name) when it is empty, the name when it is one, else nothing. */
const typedName = (text: string): { ok: true; name: string | null } | { ok: false } =>
  text.trim() === '' ? { ok: true, name: null } : isDeviceName(text) ? { ok: true, name: text.trim() } : { ok: false };

/** The name field's text, following a name given elsewhere while nothing typed here waits to go out or is in error. */
function useDeviceName(stored: string | null, run: ActionRunner['run']) {
  const [text, setTextState] = useState(stored ?? '');
  const textRef = useRef(text);
  const pendingRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const setText = (next: string) => {
    textRef.current = next;
    setTextState(next);
  };
  useEffect(() => {
    const typed = typedName(textRef.current);
    if (pendingRef.current === undefined && typed.ok && typed.name !== stored) setText(stored ?? '');
  }, [stored]);
  useEffect(() => () => clearTimeout(pendingRef.current), []);
  const change = (next: string) => {
    setText(next);
    clearTimeout(pendingRef.current);
    pendingRef.current = undefined;
    const typed = typedName(next);
    if (!typed.ok || typed.name === stored) return;
    pendingRef.current = setTimeout(() => {
      pendingRef.current = undefined;
      void run(i18n.t('sync.failedName'), () => tellBackground({ type: 'name-device', name: typed.name }));
    }, TYPING_SETTLE_MS);
  };
  return { text, valid: typedName(text).ok, change };
}

export function SyncSection({ sync, now, run }: Props) {
  const name = useDeviceName(sync.deviceName, run);
  const describedBy = name.valid ? 'sync-name-help' : 'sync-name-error sync-name-help';
  return (
    <section class="card group sync" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{i18n.t('sync.heading')}</h2>
      <div class="field toggle-field">
        <input
          id="sync-enabled"
          type="checkbox"
          checked={sync.enabled}
          aria-describedby="sync-help"
          onChange={(event) => {
            const enabled = event.currentTarget.checked;
            void run(i18n.t('sync.failedSwitch'), () => tellBackground({ type: 'set-sync', enabled }));
          }}
        />
        <div>
          <label for="sync-enabled">{i18n.t('sync.enabled')}</label>
          <p id="sync-help" class="field-help">
            {i18n.t('sync.help')}
          </p>
        </div>
      </div>
      <p class={sync.enabled && sync.problem !== null ? 'sync-status held-back' : 'sync-status'} role="status">
        {syncStatusText(sync, now)}
      </p>
      <div class="field">
        <label for="sync-name">{i18n.t('sync.deviceName')}</label>
        <input
          id="sync-name"
          type="text"
          class="text-input"
          dir="auto"
          spellcheck={false}
          placeholder={i18n.t('sync.deviceNamePlaceholder')}
          value={name.text}
          aria-invalid={!name.valid}
          aria-describedby={describedBy}
          onInput={(event) => name.change(event.currentTarget.value)}
        />
        {!name.valid && (
          <p id="sync-name-error" class="field-error">
            {i18n.t('sync.deviceNameError', { most: MAX_DEVICE_NAME_LENGTH })}
          </p>
        )}
        <p id="sync-name-help" class="field-help">
          {i18n.t('sync.deviceNameHelp')}
        </p>
      </div>
    </section>
  );
}
