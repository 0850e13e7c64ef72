// The frame of the tab pages and the break view: an empty, busy <main> until the stored state has
// loaded (the popup draws its header before that: entrypoints/popup/App.tsx), then
// the page itself, given the state and a clock that refreshes every `refreshMs`.
import type { ComponentType } from 'preact';
import { useStoredState } from './use-stored-state';
import { useNow } from './use-now';
import type { StoredState } from '@/utils/store/stored-state';

export interface PageProps {
  stored: StoredState;
  now: number;
}

interface Props {
  /** The page's class on <main>, for its styles. */
  name: string;
  refreshMs: number;
  page: ComponentType<PageProps>;
}

export function StoredPage({ name, refreshMs, page: Page }: Props) {
  const stored = useStoredState();
  const now = useNow(refreshMs);
  if (stored === null) return <main class={name} aria-busy="true" />;
  return <Page stored={stored} now={now} />;
}
