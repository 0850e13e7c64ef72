// The stored settings and tracker state, kept current while a page is open: every change the
// background (or the options page) writes is picked up at once.
import { useEffect, useState } from 'preact/hooks';
import { readSettings, readTrackerState, STORED_ITEMS } from '@/utils/storage';
import type { Settings } from '@/utils/settings';
import type { TrackerState } from '@/utils/tracker';

export interface StoredState {
  settings: Settings;
  tracker: TrackerState;
}

export function useStoredState(): StoredState | null {
  const [state, setState] = useState<StoredState | null>(null);
  useEffect(() => {
    let active = true;
    const load = async () => {
      const [settings, tracker] = await Promise.all([readSettings(), readTrackerState()]);
      if (active) setState({ settings, tracker });
    };
    void load();
    const unwatchers = STORED_ITEMS.map((item) => item.watch(() => void load()));
    return () => {
      active = false;
      unwatchers.forEach((unwatch) => unwatch());
    };
  }, []);
  return state;
}
