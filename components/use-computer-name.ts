// This computer's name as the history page lists it: the one the person gave it, or the one made
// from the browser and the system, which the page asks the browser for once.
import { useEffect, useState } from 'preact/hooks';
import { systemName } from '@/utils/browser/platform';
import { deviceNameOf } from '@/utils/words/device-name-text';
import { reportFailure } from '@/utils/helpers/failure';

/** The name, or null until the browser has said which system this is (and if it cannot). */
export function useComputerName(given: string | null): string | null {
  const [system, setSystem] = useState<string | null>(null);
  useEffect(() => {
    systemName()
      .then(setSystem)
      .catch((error: unknown) => reportFailure('asking which system this is', error));
  }, []);
  if (given !== null) return given;
  return system === null ? null : deviceNameOf(null, import.meta.env.FIREFOX, system);
}
