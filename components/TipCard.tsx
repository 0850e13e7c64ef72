// One tip for the moment, with a small button beside its title for another (the tips by the
// article point they come from are in TipBrowser).

import type { Tip } from '@/utils/content/tips';
import { tipText, tipTitle } from '@/utils/words/content-text';
import { i18n } from '@/utils/browser/i18n';

interface Props {
  tip: Tip;
  onAnother: () => void;
}

/** Two arrows in a circle: another one. */
const anotherIcon = (
  <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
    <path d="M20 12a8 8 0 0 1-14 5.3M4 12a8 8 0 0 1 14-5.3M18 3v4h-4M6 21v-4h4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);

export function TipCard({ tip, onAnother }: Props) {
  const another = i18n.t('tips.another');
  return (
    <section class="card tip" aria-labelledby="tip-heading">
      <div class="tip-top">
        <h2 id="tip-heading">{tipTitle(tip)}</h2>
        <button type="button" class="icon-button" aria-label={another} title={another} onClick={onAnother}>
          {anotherIcon}
        </button>
      </div>
      <p>{tipText(tip)}</p>
    </section>
  );
}
