// A page's actions (drink, break, pause, import, export, save…) made visible when they fail: each
// runs through `run`, which logs a failure and keeps a short message for the page to show next to
// its actions, until the next action succeeds.
import { useState } from 'preact/hooks';
import { reportFailure } from '@/utils/helpers/failure';

export interface ActionRunner {
  /** The message of the latest failed action, or null. */
  failure: string | null;
  /** Runs `action`; on failure shows `failureText`. Resolves to whether it succeeded. */
  run: (failureText: string, action: () => unknown) => Promise<boolean>;
}

export function useAction(): ActionRunner {
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (failureText: string, action: () => unknown) => {
    try {
      await action();
      setFailure(null);
      return true;
    } catch (error) {
      reportFailure(failureText, error);
      setFailure(failureText);
      return false;
    }
  };
  return { failure, run };
}
