// The stored state (settings and tracker state), kept current while a page is open: one listener
// on storage, and each change read afresh. Reads may finish out of order; a read's result is
// used only if no later read has been used already, so a slow earlier read never overwrites a
// newer state. The first read starts as the page first renders (a layout effect), not after
// the browser has painted it (an effect): a page waits for nothing else before it shows its state.
import { useLayoutEffect, useState } from 'preact/hooks';
import { readStoredState, watchStoredState } from '@/utils/browser/storage';
import { reportFailure } from '@/utils/helpers/failure';
import type { StoredState } from '@/utils/store/stored-state';

export function useStoredState(): StoredState | null {
  const [state, setState] = useState<StoredState | null>(null);
  useLayoutEffect(() => {
    let started = 0;
    let shown = 0;
    let active = true;
    const load = async () => {
      started += 1;
      const read = started;
      try {
        const next = await readStoredState();
        if (!active || read < shown) return;
        shown = read;
        setState(next);
      } catch (error) {
        reportFailure('reading the stored state', error);
      }
    };
    void load();
    const unwatch = watchStoredState(() => void load());
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return state;
}
