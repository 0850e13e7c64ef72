// The options form's settings as the page knows them (what is stored, with its own saves
// applied) and its draft, which follows changes made elsewhere (an import, another window,
// another computer through the browser's sync, the organisation's policy) field by field: a
// stored value that is none of the page's own saves on their way back replaces the fields it
// changed that nobody is editing, so that whatever is being typed stays as it is and goes out
// when typing settles, the later change. A locked setting always shows the value in force.
// Settings are compared by value: the browser may hand a save back with its records' keys reordered.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { SettingKey, Settings } from '@/utils/settings/settings';
import { draftOf, sameSettings, settingsThatDiffer, withFieldsOf, type SettingDraft } from '@/utils/settings/settings-draft';

/** A typed value is saved this long after the last keystroke in its field. */
export const TYPING_SETTLE_MS = 400;

export function useSettingsDraft(stored: Settings, locked: readonly SettingKey[]) {
  const [draft, setDraftState] = useState<SettingDraft>(() => draftOf(stored));
  const [inForce, setInForceState] = useState<Settings>(stored);
  const draftRef = useRef(draft);
  const inForceRef = useRef(inForce);
  const storedRef = useRef(stored);
  const lockedRef = useRef(locked);
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
    lockedRef.current = locked;
  }, [locked]);
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
    const shown = draftOf(inForceRef.current);
    const untouched = changed.filter((key) => lockedRef.current.includes(key) || draftRef.current[key] === shown[key]);
    setInForce(stored);
    setDraft(withFieldsOf(draftRef.current, stored, untouched));
  }, [stored]);

  const lockedList = locked.join(' ');
  useEffect(() => {
    // A setting locked while it was being edited drops what was typed for the organisation's value.
    const held = draftOf(inForceRef.current);
    const typed = lockedRef.current.filter((key) => draftRef.current[key] !== held[key]);
    if (typed.length > 0) setDraft(withFieldsOf(draftRef.current, inForceRef.current, typed));
  }, [stored, lockedList]);

  /** Notes a save on its way; gives what to do if it fails (the stored settings stay in force). */
  const willSave = (settings: Settings) => {
    setInForce(settings);
    sendingRef.current = [...sendingRef.current, settings];
    return () => {
      sendingRef.current = sendingRef.current.filter((sent) => sent !== settings);
      setInForce(storedRef.current);
    };
  };
  return { draft, draftRef, inForce, inForceRef, lockedRef, setDraft, willSave };
}
