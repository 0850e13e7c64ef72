// The popup header's way to the history and the settings: two icon buttons, each named for
// screen readers and titled for the pointer, that open those pages in a tab.

import { i18n } from '@/utils/browser/i18n';

interface Props {
  onHistory: () => void;
  onSettings: () => void;
}

/** A bar chart: the days of the history. */
const historyIcon = (
  <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    <path d="M4 20h16M7 16v-4M12 16V6M17 16V9" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
  </svg>
);

/** Two sliders: the settings. */
const settingsIcon = (
  <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    <path d="M4 8h8M18 8h2M4 16h2M12 16h8" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
    <circle cx="15" cy="8" r="2.6" fill="none" stroke="currentColor" stroke-width="2.2" />
    <circle cx="9" cy="16" r="2.6" fill="none" stroke="currentColor" stroke-width="2.2" />
  </svg>
);

export function HeaderLinks({ onHistory, onSettings }: Props) {
  const history = i18n.t('popup.history');
  const settings = i18n.t('popup.settings');
  return (
    <nav class="header-links" aria-label={i18n.t('popup.pages')}>
      <button type="button" class="icon-button" aria-label={history} title={history} onClick={onHistory}>
        {historyIcon}
      </button>
      <button type="button" class="icon-button" aria-label={settings} title={settings} onClick={onSettings}>
        {settingsIcon}
      </button>
    </nav>
  );
}
