// The welcome page, opened once on first install: a short first screen of four steps (Handrest
// is counting now, and what it never reads; pin the button; pick a break plan; done, with whether
// notifications are allowed) and the one action, kept in sight; what the badge marks mean is
// folded away below. The plan is chosen through the PresetChooser.

import { useState } from 'preact/hooks';
import { PageHeader } from '@/components/PageHeader';
import { StoredPage, type PageProps } from '@/components/StoredPage';
import { PresetChooser } from '@/components/PresetChooser';
import { FailureStatus } from '@/components/FailureStatus';
import { useAction } from '@/components/use-action';
import { useNotificationPermission } from '@/components/use-notification-permission';
import type { NotificationPermission } from '@/utils/browser/notification-permission';
import { presetOf, type PresetChoice } from '@/utils/settings/presets';
import { withPlan } from '@/utils/settings/custom-plan';
import { plansChangingLocked } from '@/utils/settings/locked-settings';
import { tellBackground } from '@/utils/browser/background-client';
import { openSettings } from '@/utils/browser/extension-pages';
import { MINUTE } from '@/utils/helpers/time';
import { i18n } from '@/utils/browser/i18n';
import type { BadgeWords } from '@/utils/tracker/badge';
import { badgeWords } from '@/utils/words/badge-words';

/** The badge marks, each as the badge shows it (text and colour) and what it means. */
const BADGE_MARKS = [
  { text: () => '12', tone: 'streak', meaning: 'welcome.markStreak' },
  { text: () => '12~', tone: 'micro', meaning: 'welcome.markMicro' },
  { text: () => '31!', tone: 'break', meaning: 'welcome.markBreak' },
  { text: () => '12!', tone: 'water', meaning: 'welcome.markWater' },
  { text: (words: BadgeWords) => words.limitReached(4), tone: 'limit', meaning: 'welcome.markLimit' },
  { text: () => 'II', tone: 'paused', meaning: 'welcome.markPaused' },
  { text: () => 'zz', tone: 'quiet', meaning: 'welcome.markQuiet' },
  { text: (words: BadgeWords) => words.offHours, tone: 'paused', meaning: 'welcome.markOffHours' },
] as const;

const PIN_STEPS = import.meta.env.FIREFOX ? 'welcome.pinFirefox' : 'welcome.pinChrome';

const NOTIFICATION_STATE = {
  granted: 'welcome.notificationsGranted',
  denied: 'welcome.notificationsDenied',
  unknown: 'welcome.notificationsUnknown',
} as const satisfies Record<NotificationPermission, string>;

function Welcome({ stored: { settings, customPlan, policy } }: PageProps) {
  const words = badgeWords();
  const permission = useNotificationPermission();
  const { failure, run } = useAction();
  const [saved, setSaved] = useState(false);
  const [chosen, setChosen] = useState<PresetChoice | null>(null);
  const choose = async (choice: PresetChoice) => {
    setChosen(choice);
    const stored = await run(i18n.t('welcome.failedSave'), () => tellBackground({ type: 'save-settings', settings: withPlan(settings, choice, customPlan) }));
    setSaved(stored);
    if (!stored) setChosen(null);
  };
  return (
    <main class="welcome page-column">
      <PageHeader title={i18n.t('welcome.title')} subtitle={i18n.t('welcome.subtitle')} />

      <ol class="welcome-steps">
        <li class="card step counting">
          <h2 id="counts-heading">{i18n.t('welcome.countsHeading')}</h2>
          <p>{i18n.t('welcome.counts')}</p>
        </li>
        <li class="card step pin">
          <h2 id="pin-heading">{i18n.t('welcome.pinHeading')}</h2>
          <p>{i18n.t(PIN_STEPS)}</p>
        </li>
        <li class="card step plan">
          <h2 id="plan-heading" class="visually-hidden">
            {i18n.t('welcome.planHeading')}
          </h2>
          <PresetChooser
            value={chosen ?? presetOf(settings)}
            custom={customPlan}
            onChoose={(choice) => void choose(choice)}
            lockedOut={plansChangingLocked(settings, customPlan, policy.locked)}
            headingLevel={3}
          />
          <p class="muted" role="status">
            {saved ? i18n.t('welcome.saved') : ''}
          </p>
          <FailureStatus message={failure} />
        </li>
        <li class="card step done">
          <h2 id="done-heading">{i18n.t('welcome.doneHeading')}</h2>
          <p class={permission === 'denied' ? 'field-warning' : 'muted'}>{i18n.t(NOTIFICATION_STATE[permission])}</p>
        </li>
      </ol>

      <div class="welcome-actions">
        <button type="button" class="button" onClick={() => void run(i18n.t('welcome.failedSettings'), openSettings)}>
          {i18n.t('welcome.allSettings')}
        </button>
        <button type="button" class="button primary" onClick={() => window.close()}>
          {i18n.t('welcome.startTyping')}
        </button>
      </div>

      <details class="card badge-legend">
        <summary>{i18n.t('welcome.badgeHeading')}</summary>
        <dl class="badge-marks">
          {BADGE_MARKS.map((mark) => (
            <div key={mark.meaning}>
              <dt>
                <span class={`badge-sample ${mark.tone}`}>{mark.text(words)}</span>
              </dt>
              <dd>{i18n.t(mark.meaning)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </main>
  );
}

export function App() {
  return <StoredPage name="welcome" refreshMs={MINUTE} page={Welcome} />;
}
