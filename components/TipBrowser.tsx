// Every tip, grouped by the article point it comes from, behind one disclosure.

import { ARTICLE_POINTS, TIPS } from '@/utils/content/tips';
import { articlePointName, tipText, tipTitle } from '@/utils/words/content-text';
import { i18n } from '@/utils/browser/i18n';

export function TipBrowser() {
  return (
    <details class="disclosure tip-browser">
      <summary>
        {i18n.t('tips.all')} <span class="count">{TIPS.length}</span>
      </summary>
      {ARTICLE_POINTS.map((point) => (
        <section key={point} aria-labelledby={`topic-${point}`}>
          <h3 id={`topic-${point}`}>{articlePointName(point)}</h3>
          <ul>
            {TIPS.filter((tip) => tip.point === point).map((tip) => (
              <li key={tip.id}>
                <strong>{tipTitle(tip)}.</strong> {tipText(tip)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
