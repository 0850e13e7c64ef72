// The person's computers on the history page: this one first, then the others, most recently seen
// first, each with its name and when it last sent its totals. Shown only when there is more than one.
import type { DeviceSummary } from '@/utils/sync/device-summary';
import { formatDateTime } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { i18n } from '@/utils/browser/i18n';
import { useComputerName } from './use-computer-name';

interface Props {
  /** The name the person gave this computer, or null. */
  ownName: string | null;
  others: readonly DeviceSummary[];
}

export function ComputerList({ ownName, others }: Props) {
  const name = useComputerName(ownName);
  return (
    <section class="computers" aria-labelledby="computers-heading">
      <h3 id="computers-heading">{i18n.t('devices.listHeading')}</h3>
      <ul class="computer-list">
        <li>
          <span class="computer-name">{name ?? i18n.t('devices.thisComputer')}</span>
          {name !== null && <span class="muted">{i18n.t('devices.thisOne')}</span>}
        </li>
        {others.map((device) => (
          <li key={device.id}>
            <span class="computer-name">{device.name}</span>
            <span class="muted">{i18n.t('devices.lastSeen', { time: formatDateTime(device.seenAt, uiLanguage()) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
