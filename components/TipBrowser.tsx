// Every tip, grouped by the article point it comes from, behind one disclosure per topic.

import { ARTICLE_POINTS, TIPS, type ArticlePoint } from '@/utils/tips';

export function TipBrowser() {
  const points = Object.keys(ARTICLE_POINTS) as ArticlePoint[];
  return (
    <section class="card tip-browser" aria-labelledby="all-tips-heading">
      <h2 id="all-tips-heading">All tips by topic</h2>
      {points.map((point) => (
        <details key={point}>
          <summary>{ARTICLE_POINTS[point]}</summary>
          <ul>
            {TIPS.filter((tip) => tip.point === point).map((tip) => (
              <li key={tip.id}>
                <strong>{tip.title}.</strong> {tip.text}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
