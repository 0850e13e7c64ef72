// One tip for the moment, with a way to see another.

import type { Tip } from '@/utils/content/tips';
import { articlePointName, tipText, tipTitle } from '@/utils/words/content-text';
import { i18n } from '@/utils/browser/i18n';

interface Props {
  tip: Tip;
  onAnother: () => void;
}

export function TipCard({ tip, onAnother }: Props) {
  return (
    <section class="card tip" aria-labelledby="tip-heading">
      <p class="tip-topic muted">{i18n.t('tips.topic', { point: articlePointName(tip.point) })}</p>
      <h2 id="tip-heading">{tipTitle(tip)}</h2>
      <p>{tipText(tip)}</p>
      <button type="button" class="button quiet" onClick={onAnother}>
        {i18n.t('tips.another')}
      </button>
    </section>
  );
}
