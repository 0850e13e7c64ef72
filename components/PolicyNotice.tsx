// The notice at the top of the settings page when the organisation's policy held entries that
// were not used (a name Handrest does not know, a value outside its setting's range): one line
// each, so that the person can tell their IT team what to fix. Class `policy-ignored`.

import type { IgnoredEntry } from '@/utils/settings/policy';
import { ignoredPolicyText } from '@/utils/words/sync-text';
import { i18n } from '@/utils/browser/i18n';

export function PolicyNotice({ ignored }: { ignored: readonly IgnoredEntry[] }) {
  if (ignored.length === 0) return null;
  return (
    <section class="card policy-ignored" aria-labelledby="policy-ignored-heading">
      <h2 id="policy-ignored-heading">{i18n.t('policy.heading')}</h2>
      <ul>
        {ignored.map((entry) => (
          <li key={`${entry.reason} ${entry.name}`}>{ignoredPolicyText(entry)}</li>
        ))}
      </ul>
    </section>
  );
}
