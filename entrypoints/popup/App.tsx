// The popup: live status, the day's actions, a tip for the moment, all tips, and when to see a doctor.

import { useEffect, useState } from 'preact/hooks';
import { StoredPage, type PageProps } from '@/components/StoredPage';
import { useAction } from '@/components/use-action';
import { StatusPanel } from '@/components/StatusPanel';
import { ActionBar, type BarAction } from '@/components/ActionBar';
import { TipCard } from '@/components/TipCard';
import { TipBrowser } from '@/components/TipBrowser';
import { DoctorCard } from '@/components/DoctorCard';
import { LiveAnnouncer } from '@/components/LiveAnnouncer';
import { FailureStatus } from '@/components/FailureStatus';
import { HeldChip } from '@/components/HeldChip';
import { heldText } from '@/utils/words/held-text';
import { QuietNotice } from '@/components/QuietNotice';
import { nextWorkingStart } from '@/utils/settings/next-working-start';
import { MicroPauseCard } from '@/components/MicroPauseCard';
import { useCallHost } from '@/components/use-call-host';
import { WeekStrip } from '@/components/WeekStrip';
import { guidanceNote } from '@/utils/words/content-text';
import { statusAt, type Status } from '@/utils/tracker/status';
import { chooseTip, type TipMoment } from '@/utils/content/tip-choice';
import type { Tip } from '@/utils/content/tips';
import { tellBackground } from '@/utils/browser/background-client';
import { openBreakView, openExtensionPage, openSettings } from '@/utils/browser/extension-pages';
import { lastDays } from '@/utils/days/history';
import { SECOND } from '@/utils/helpers/time';
import { reportFailure } from '@/utils/helpers/failure';
import { i18n } from '@/utils/browser/i18n';
import { pluralText } from '@/utils/words/plural';

/** What the popup says when an action fails (message names in the locale files). */
const FAILED = {
  'start-break': 'popup.failedStartBreak',
  drink: 'popup.failedDrink',
  snooze: 'popup.failedSnooze',
  pause: 'popup.failedPause',
  resume: 'popup.failedResume',
  meeting: 'popup.failedMeeting',
  'end-meeting': 'popup.failedEndMeeting',
  'tip-seen': 'popup.failedTipSeen',
  'open-history': 'popup.failedOpenHistory',
  'open-settings': 'popup.failedOpenSettings',
} as const satisfies Record<BarAction['type'] | 'start-break' | 'tip-seen' | 'open-history' | 'open-settings', string>;

const failed = (action: keyof typeof FAILED) => i18n.t(FAILED[action]);

function announcement(status: Status, callHost: string | null): string {
  const parts = [i18n.t('popup.announceState', { state: heldText(status, callHost) })];
  if (status.breakDue) parts.push(i18n.t('popup.announceBreakDue'));
  if (status.waterDue) parts.push(i18n.t('popup.announceWaterDue'));
  parts.push(pluralText('popup.announceGlasses', status.today.glasses));
  return parts.join(' ');
}

/** The tip shown: chosen once when the popup opens, and again on "Another tip"; the background remembers each. */
function useTip(moment: TipMoment, recent: readonly string[]): [Tip, () => void] {
  const [tip, setTip] = useState(() => chooseTip(moment, recent, Date.now()));
  useEffect(() => {
    tellBackground({ type: 'tip-seen', id: tip.id }).catch((error: unknown) => reportFailure(failed('tip-seen'), error));
  }, [tip.id]);
  return [tip, () => setTip(chooseTip(moment, [...recent, tip.id], Date.now()))];
}

function Popup({ stored, now }: PageProps) {
  const status = statusAt(stored.tracker, stored.settings, now);
  const callHost = useCallHost(status.quiet?.kind === 'call', stored.settings.callSites, now);
  const [tip, anotherTip] = useTip(status.moment, stored.tracker.recentTips);
  const { failure, run } = useAction();
  const act = (action: BarAction) => void run(failed(action.type), () => tellBackground(action));
  const startBreak = async () => {
    const started = await run(failed('start-break'), async () => {
      if (status.breakSession === null) await tellBackground({ type: 'start-break' });
      await openBreakView();
    });
    if (started) window.close();
  };
  const openHistory = () => void run(failed('open-history'), () => openExtensionPage('/history-page.html'));
  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>{i18n.t('extName')}</h1>
        <HeldChip status={status} callHost={callHost} />
      </header>
      {status.quiet !== null && status.breakSession === null && <QuietNotice reason={status.quiet} callHost={callHost} resumesAt={nextWorkingStart(stored.settings.workingHours, now)} />}
      <StatusPanel status={status} settings={stored.settings} />
      {status.microPauseDue && status.breakSession === null && (
        <MicroPauseCard typing={stored.tracker.typing} settings={stored.settings} now={now} />
      )}
      <ActionBar status={status} settings={stored.settings} now={now} onAction={act} onStartBreak={() => void startBreak()} />
      <FailureStatus message={failure} />
      <TipCard tip={tip} onAnother={anotherTip} />
      <WeekStrip days={lastDays(stored.tracker.history, 7, now)} onOpen={openHistory} />
      <DoctorCard />
      <TipBrowser />
      <footer class="popup-footer">
        <p class="muted">{guidanceNote()}</p>
        <button type="button" class="button quiet" onClick={openHistory}>
          {i18n.t('popup.history')}
        </button>
        <button type="button" class="button quiet" onClick={() => void run(failed('open-settings'), openSettings)}>
          {i18n.t('popup.settings')}
        </button>
      </footer>
      <LiveAnnouncer message={announcement(status, callHost)} />
    </main>
  );
}

export function App() {
  return <StoredPage name="popup" refreshMs={SECOND} page={Popup} />;
}
