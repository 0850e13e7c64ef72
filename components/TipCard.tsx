// One tip for the moment, with a way to see another.

import { ARTICLE_POINTS, type Tip } from '@/utils/tips';
import { i18n } from '#i18n';

interface Props {
  tip: Tip;
  onAnother: () => void;
}

export function TipCard({ tip, onAnother }: Props) {
  return (
    <section class="card tip" aria-labelledby="tip-heading">
      <p class="tip-topic muted">{i18n.t('tips.topic', { point: ARTICLE_POINTS[tip.point] })}</p>
      <h2 id="tip-heading">{tip.title}</h2>
      <p>{tip.text}</p>
      <button type="button" class="button quiet" onClick={onAnother}>
        {i18n.t('tips.another')}
      </button>
    </section>
  );
}
