// The popup's note while it is quiet (its heading is for screen readers: the chip in the header
// already shows the reason to the eye): why (a call and its site, fullscreen, a meeting and its end,
// outside working hours) and what happens to the nudges meanwhile (outside working hours, when
// they resume).

import type { QuietReason } from '@/utils/breaks/quiet-time';
import { quietEffectText, quietReasonText } from '@/utils/words/quiet-text';
import { i18n } from '@/utils/browser/i18n';

interface Props {
  reason: QuietReason;
  callHost: string | null;
  /** When working hours next begin (null when the week has none), for quiet time outside them. */
  resumesAt: number | null;
}

export function QuietNotice({ reason, callHost, resumesAt }: Props) {
  return (
    <section class="card quiet-notice" aria-labelledby="quiet-heading">
      <h2 id="quiet-heading" class="visually-hidden">
        {i18n.t('quiet.heading', { reason: quietReasonText(reason, callHost) })}
      </h2>
      <p>{quietEffectText(reason, resumesAt)}</p>
    </section>
  );
}
