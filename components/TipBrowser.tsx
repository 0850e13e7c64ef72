// Every tip, grouped by the article point it comes from, behind one disclosure.

import { ARTICLE_POINTS, TIPS, type ArticlePoint } from '@/utils/tips';
import { i18n } from '#i18n';

export function TipBrowser() {
  const points = Object.keys(ARTICLE_POINTS) as ArticlePoint[];
  return (
    <details class="card tip-browser">
      <summary>
        {i18n.t('tips.allByTopic')} <span class="count">{TIPS.length}</span>
      </summary>
      {points.map((point) => (
        <section key={point} aria-labelledby={`topic-${point}`}>
          <h3 id={`topic-${point}`}>{ARTICLE_POINTS[point]}</h3>
          <ul>
            {TIPS.filter((tip) => tip.point === point).map((tip) => (
              <li key={tip.id}>
                <strong>{tip.title}.</strong> {tip.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
