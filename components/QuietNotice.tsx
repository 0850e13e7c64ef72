// The popup's note while it is quiet: why (a call and its site, fullscreen, a meeting and its end,
// outside working hours) and what happens to the nudges meanwhile.

import type { QuietReason } from '@/utils/breaks/quiet-time';
import { quietEffectText, quietReasonText } from '@/utils/words/quiet-text';
import { i18n } from '@/utils/browser/i18n';

export function QuietNotice({ reason, callHost }: { reason: QuietReason; callHost: string | null }) {
  return (
    <section class="card quiet-notice" aria-labelledby="quiet-heading">
      <h2 id="quiet-heading">{i18n.t('quiet.heading', { reason: quietReasonText(reason, callHost) })}</h2>
      <p class="muted">{quietEffectText(reason)}</p>
    </section>
  );
}
