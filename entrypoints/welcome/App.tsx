// The welcome page, opened once on first install: what Handrest counts and never reads, what the
// badge marks mean, the choice of a break plan, how to pin the toolbar button, and whether
// notifications are allowed.

import { useState } from 'preact/hooks';
import { PageHeader } from '@/components/PageHeader';
import { StoredPage, type PageProps } from '@/components/StoredPage';
import { PresetChooser } from '@/components/PresetChooser';
import { FailureStatus } from '@/components/FailureStatus';
import { useAction } from '@/components/use-action';
import { useNotificationPermission, type NotificationPermission } from '@/components/use-notification-permission';
import { presetOf, withPreset, type PresetName } from '@/utils/presets';
import { tellBackground } from '@/utils/browser/background-client';
import { openSettings } from '@/utils/browser/extension-pages';
import { MINUTE } from '@/utils/time';

/** The badge marks, each as the badge shows it (text and colour) and what it means. */
const BADGE_MARKS = [
  { text: '12', tone: 'streak', meaning: 'Minutes of typing in your current streak. The colour warms as a rest break nears.' },
  { text: '12~', tone: 'micro', meaning: 'Time for a micro-pause: hands off the keys for a few breaths.' },
  { text: '31!', tone: 'break', meaning: 'A rest break is due.' },
  { text: '12!', tone: 'water', meaning: 'Time for a glass of water.' },
  { text: '4h', tone: 'limit', meaning: "Today's typing reached your daily limit." },
  { text: 'II', tone: 'paused', meaning: 'Handrest is paused.' },
  { text: 'zz', tone: 'quiet', meaning: 'Quiet time (a call, fullscreen or a meeting): nudges wait until it ends.' },
  { text: 'off', tone: 'paused', meaning: 'Outside your working hours: no nudges.' },
] as const;

const PIN_STEPS = import.meta.env.FIREFOX
  ? 'Click the Extensions button (the puzzle piece) in the toolbar, then the gear next to Handrest, and choose Pin to Toolbar.'
  : 'Click the Extensions button (the puzzle piece) at the right of the address bar, then the pin next to Handrest.';

const NOTIFICATION_STATE: Record<NotificationPermission, string> = {
  granted: 'Notifications are allowed: nudges appear as system notifications, and on the badge and in the popup.',
  denied:
    'Notifications are blocked for Handrest by your browser or system. Nudges still show on the badge and in the popup; allow notifications in your browser settings to get them too.',
  unknown: 'Your browser shows Handrest’s notifications unless they are turned off for it, or your system is set not to disturb.',
};

const FAILED_SAVE = 'Could not save your break plan. Please try again.';

function Welcome({ stored: { settings } }: PageProps) {
  const permission = useNotificationPermission();
  const { failure, run } = useAction();
  const [saved, setSaved] = useState(false);
  const [chosen, setChosen] = useState<PresetName | null>(null);
  const choose = async (name: PresetName) => {
    setChosen(name);
    const stored = await run(FAILED_SAVE, () => tellBackground({ type: 'save-settings', settings: withPreset(settings, name) }));
    setSaved(stored);
    if (!stored) setChosen(null);
  };
  return (
    <main class="welcome page-column">
      <PageHeader title="Welcome to Handrest" subtitle="Breaks for your hands, before they ask for them." />

      <section class="card" aria-labelledby="counts-heading">
        <h2 id="counts-heading">What Handrest counts</h2>
        <p>
          Handrest notes <strong>when</strong> you press a key in your browser, to know how long you have been typing
          without a rest. It never reads <strong>which</strong> key, what you type, or which page you are on. Everything
          stays in this browser: nothing is sent anywhere.
        </p>
      </section>

      <section class="card" aria-labelledby="plan-heading">
        <h2 id="plan-heading" class="visually-hidden">
          Choose your break plan
        </h2>
        <PresetChooser value={chosen ?? presetOf(settings)} onChoose={(name) => void choose(name)} headingLevel={3} />
        <p class="muted" role="status">
          {saved ? 'Saved. You can change it any time in the settings.' : ''}
        </p>
        <FailureStatus message={failure} />
      </section>

      <section class="card" aria-labelledby="badge-heading">
        <h2 id="badge-heading">The toolbar badge</h2>
        <dl class="badge-marks">
          {BADGE_MARKS.map((mark) => (
            <div key={mark.text}>
              <dt>
                <span class={`badge-sample ${mark.tone}`}>{mark.text}</span>
              </dt>
              <dd>{mark.meaning}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section class="card" aria-labelledby="pin-heading">
        <h2 id="pin-heading">Keep the button in sight</h2>
        <p>{PIN_STEPS}</p>
      </section>

      <section class="card" aria-labelledby="notifications-heading">
        <h2 id="notifications-heading">Notifications</h2>
        <p class={permission === 'denied' ? 'field-warning' : ''}>{NOTIFICATION_STATE[permission]}</p>
      </section>

      <div class="welcome-actions">
        <button type="button" class="button" onClick={() => void run('Could not open the settings.', openSettings)}>
          All settings
        </button>
        <button type="button" class="button primary" onClick={() => window.close()}>
          Start typing
        </button>
      </div>
    </main>
  );
}

export function App() {
  return <StoredPage name="welcome" refreshMs={MINUTE} page={Welcome} />;
}
