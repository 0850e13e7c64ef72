// The popup: live status, the day's actions, a tip for the moment, all tips, and when to see a doctor.

import { useEffect, useState } from 'preact/hooks';
import { useStoredState, type StoredState } from '@/components/use-stored-state';
import { useNow } from '@/components/use-now';
import { StatusPanel } from '@/components/StatusPanel';
import { ActionBar } from '@/components/ActionBar';
import { TipCard } from '@/components/TipCard';
import { TipBrowser } from '@/components/TipBrowser';
import { DoctorCard } from '@/components/DoctorCard';
import { LiveAnnouncer } from '@/components/LiveAnnouncer';
import { HeldChip, heldText } from '@/components/HeldChip';
import { WeekStrip } from '@/components/WeekStrip';
import { statusAt, type Status } from '@/utils/status';
import { chooseTip } from '@/utils/tip-choice';
import { tipById, GUIDANCE_NOTE, type Tip } from '@/utils/tips';
import { tellBackground } from '@/utils/background-client';
import { openBreakView, openExtensionPage, openSettings } from '@/utils/extension-pages';
import { lastDays } from '@/utils/history';
import type { UserAction } from '@/utils/messages';

function announcement(status: Status): string {
  const parts = [`${heldText(status)}.`];
  if (status.breakDue) parts.push('A break is due.');
  if (status.waterDue) parts.push('Time for a glass of water.');
  parts.push(`${status.today.glasses} glasses of water today.`);
  return parts.join(' ');
}

/** The tip shown: chosen once when the popup opens, and again on "Another tip". */
function useTip(stored: StoredState | null, status: Status | null): [Tip | null, () => void] {
  const [tipId, setTipId] = useState<string | null>(null);
  const show = (excluding: readonly string[]) => {
    if (stored === null || status === null) return;
    const tip = chooseTip(status.moment, [...stored.tracker.recentTips, ...excluding], Date.now());
    setTipId(tip.id);
    void tellBackground({ type: 'tip-seen', id: tip.id });
  };
  useEffect(() => {
    if (tipId === null) show([]);
  }, [stored === null]);
  return [tipId === null ? null : (tipById(tipId) ?? null), () => show(tipId === null ? [] : [tipId])];
}

export function App() {
  const stored = useStoredState();
  const now = useNow(1000);
  const status = stored === null ? null : statusAt(stored.tracker, stored.settings, now);
  const [tip, anotherTip] = useTip(stored, status);

  if (stored === null || status === null) {
    return <main class="popup" aria-busy="true" />;
  }
  const act = (action: UserAction) => void tellBackground(action);
  const startBreak = async () => {
    if (!status.inBreak) await tellBackground({ type: 'start-break' });
    await openBreakView();
    window.close();
  };
  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Handrest</h1>
        <HeldChip status={status} />
      </header>
      <StatusPanel status={status} settings={stored.settings} />
      <ActionBar status={status} settings={stored.settings} now={now} onAction={act} onStartBreak={() => void startBreak()} />
      {tip !== null && <TipCard tip={tip} onAnother={anotherTip} />}
      <WeekStrip days={lastDays(stored.tracker.history, 7, now)} onOpen={() => void openExtensionPage('/history-page.html')} />
      <DoctorCard />
      <TipBrowser />
      <footer class="popup-footer">
        <p class="muted">{GUIDANCE_NOTE}</p>
        <button type="button" class="button quiet" onClick={() => void openExtensionPage('/history-page.html')}>
          History
        </button>
        <button type="button" class="button quiet" onClick={() => void openSettings()}>
          Settings
        </button>
      </footer>
      <LiveAnnouncer message={announcement(status)} />
    </main>
  );
}
