// The popup, glanceable within Chrome's 600 px: the history and settings in the header, the live
// status with Snooze on the nudge that is due, the actions that matter, one suggestion for the
// moment (the micro-pause's exercise while one is due, in quiet time why it is quiet and until when,
// else a tip), and one click away, when to see a doctor and every tip. With "All your computers"
// chosen on the history page, today's typing on all of them too; the daily limit's time left counts
// them when the setting says so.

import { useEffect, useState } from 'preact/hooks';
import { useStoredState } from '@/components/use-stored-state';
import { useNow } from '@/components/use-now';
import { useAction, type ActionRunner } from '@/components/use-action';
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
import { HeaderLinks } from '@/components/HeaderLinks';
import { guidanceNote } from '@/utils/words/content-text';
import { statusAt, type Status } from '@/utils/tracker/status';
import { chooseTip, type TipMoment } from '@/utils/content/tip-choice';
import type { Tip } from '@/utils/content/tips';
import { tellBackground } from '@/utils/browser/background-client';
import { openBreakView, openExtensionPage, openSettings } from '@/utils/browser/extension-pages';
import { localDayKey, SECOND } from '@/utils/helpers/time';
import { othersTypingOn } from '@/utils/sync/other-devices';
import { allComputersToday } from '@/utils/sync/all-computers';
import { formatDuration } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { reportFailure } from '@/utils/helpers/failure';
import { i18n } from '@/utils/browser/i18n';
import { pluralText } from '@/utils/words/plural';
import type { StoredState } from '@/utils/store/stored-state';

const NO_SITES: readonly string[] = [];

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
} as const satisfies Record<BarAction['type'] | 'snooze' | 'start-break' | 'tip-seen' | 'open-history' | 'open-settings', string>;

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

/** The tip card, only while it shows: a tip is noted as seen once it is on screen. */
function TipForTheMoment({ moment, recent }: { moment: TipMoment; recent: readonly string[] }) {
  const [tip, anotherTip] = useTip(moment, recent);
  return <TipCard tip={tip} onAnother={anotherTip} />;
}

interface HeaderProps {
  /** The held state once the stored state is read; until then the header shows without it. */
  status: Status | null;
  callHost: string | null;
  run: ActionRunner['run'];
}

/** The popup's frame: painted at once, before storage answers, and the same element after. */
function PopupHeader({ status, callHost, run }: HeaderProps) {
  const openHistory = () => void run(failed('open-history'), () => openExtensionPage('/history-page.html'));
  return (
    <header class="popup-header">
      <img src="/icon/32.png" alt="" width={24} height={24} />
      <div class="popup-title">
        <h1>{i18n.t('extName')}</h1>
        {status !== null && <HeldChip status={status} callHost={callHost} />}
      </div>
      <HeaderLinks onHistory={openHistory} onSettings={() => void run(failed('open-settings'), openSettings)} />
    </header>
  );
}

interface BodyProps {
  stored: StoredState;
  now: number;
  status: Status;
  callHost: string | null;
  actions: ActionRunner;
}

/** Everything under the header, from the stored state. */
function PopupBody({ stored, now, status, callHost, actions: { failure, run } }: BodyProps) {
  const act = (action: BarAction | { type: 'snooze' }) => void run(failed(action.type), () => tellBackground(action));
  const startBreak = async () => {
    const started = await run(failed('start-break'), async () => {
      if (status.breakSession === null) await tellBackground({ type: 'start-break' });
      await openBreakView();
    });
    if (started) window.close();
  };
  const quietReason = status.breakSession === null ? status.quiet : null;
  return (
    <>
      {quietReason !== null && (
        <QuietNotice reason={quietReason} callHost={callHost} resumesAt={nextWorkingStart(stored.settings.workingHours, now)} />
      )}
      <StatusPanel status={status} settings={stored.settings} onSnooze={() => act({ type: 'snooze' })} />
      {stored.devices.shown === 'all' && stored.devices.others.length > 0 && (
        <p class="muted all-computers">
          {i18n.t('devices.popupAll', { duration: formatDuration(allComputersToday(stored.tracker.history, stored.devices.others, now).typingMs, uiLanguage()) })}
        </p>
      )}
      {status.microPauseDue && <MicroPauseCard typing={stored.tracker.typing} settings={stored.settings} now={now} />}
      <ActionBar status={status} now={now} onAction={act} onStartBreak={() => void startBreak()} />
      <FailureStatus message={failure} />
      {!status.microPauseDue && quietReason === null && <TipForTheMoment moment={status.moment} recent={stored.tracker.recentTips} />}
      <div class="card extras">
        <DoctorCard />
        <TipBrowser />
        <p class="guidance muted">{guidanceNote()}</p>
      </div>
      <LiveAnnouncer message={announcement(status, callHost)} />
    </>
  );
}

/**
 * The popup opens at every click on the toolbar button, so its header paints at once and the rest
 * fills in below it when the stored state is read; <main> is busy until then (as StoredPage's).
 */
export function App() {
  const stored = useStoredState();
  const now = useNow(SECOND);
  const actions = useAction();
  const status = stored === null ? null : statusAt(stored.tracker, stored.settings, now, othersTypingOn(stored.devices.others, localDayKey(now)));
  const callHost = useCallHost(status?.quiet?.kind === 'call', stored?.settings.callSites ?? NO_SITES, now);
  return (
    <main class="popup" aria-busy={stored === null ? 'true' : undefined}>
      <PopupHeader status={status} callHost={callHost} run={actions.run} />
      {stored !== null && status !== null && <PopupBody stored={stored} now={now} status={status} callHost={callHost} actions={actions} />}
    </main>
  );
}
