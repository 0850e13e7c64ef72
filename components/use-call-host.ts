// The host of the tab that makes a call, read live from the tabs while the popup shows a call: it
// is never stored, so the popup looks again each time the page refreshes.

import { useEffect, useState } from 'preact/hooks';
import { readCallHost } from '@/utils/browser/quiet-signals';
import { reportFailure } from '@/utils/helpers/failure';

export function useCallHost(inCall: boolean, callSites: readonly string[], now: number): string | null {
  const [host, setHost] = useState<string | null>(null);
  const sites = callSites.join('\n');
  useEffect(() => {
    if (!inCall) {
      setHost(null);
      return undefined;
    }
    let current = true;
    readCallHost(sites.split('\n'))
      .then((found) => {
        if (current) setHost(found);
      })
      .catch((error: unknown) => reportFailure('reading which tab is in a call', error));
    return () => {
      current = false;
    };
  }, [inCall, sites, now]);
  return host;
}
