// The break view: a countdown of the break, one thing to do with the hands, "End early" while it
// runs and "Break done" when it is over. Typing elsewhere during the break is noted, not punished.

import { useEffect, useRef, useState } from 'preact/hooks';
import { useStoredState } from '@/components/use-stored-state';
import { useNow } from '@/components/use-now';
import { BreakCountdown } from '@/components/BreakCountdown';
import { LiveAnnouncer } from '@/components/LiveAnnouncer';
import { tellBackground } from '@/utils/background-client';
import { chooseTip } from '@/utils/tip-choice';
import { formatDuration } from '@/utils/format';
import { MINUTE } from '@/utils/time';
import type { BreakSession } from '@/utils/tracker';
import type { Tip } from '@/utils/tips';

type Phase = 'loading' | 'idle' | 'running' | 'over' | 'done' | 'ended-early';

function phaseOf(session: BreakSession | null, seen: BreakSession | null, ending: Phase | null, now: number): Phase {
  if (ending !== null) return ending;
  if (session !== null) return now >= session.endsAt ? 'over' : 'running';
  return seen !== null && now >= seen.endsAt ? 'done' : 'idle';
}

export function App() {
  const stored = useStoredState();
  const now = useNow(250);
  const seen = useRef<BreakSession | null>(null);
  const [ending, setEnding] = useState<Phase | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const session = stored?.tracker.breakSession ?? null;
  if (session !== null) seen.current = session;

  useEffect(() => {
    if (stored !== null && tip === null) setTip(chooseTip('rest', stored.tracker.recentTips, Date.now()));
  }, [stored, tip]);

  if (stored === null) return <main class="break-view" aria-busy="true" />;
  const phase = phaseOf(session, seen.current, ending, now);
  const finish = async (result: Phase) => {
    setEnding(result);
    await tellBackground({ type: 'end-break' });
  };
  const breakLengthMs = stored.settings.breakLengthMin * MINUTE;

  return (
    <main class="break-view">
      <header class="break-header">
        <img src="/icon/48.png" alt="" width={40} height={40} />
        <h1>{phase === 'done' || phase === 'over' ? 'Break over' : phase === 'ended-early' ? 'Break ended early' : 'Rest your hands'}</h1>
      </header>

      {(phase === 'running' || phase === 'over') && session !== null && (
        <BreakCountdown remainingMs={Math.max(0, session.endsAt - now)} totalMs={session.endsAt - session.startedAt} />
      )}

      {phase === 'running' && tip !== null && (
        <section class="card break-tip" aria-labelledby="break-tip-heading">
          <h2 id="break-tip-heading">{tip.title}</h2>
          <p>{tip.text}</p>
        </section>
      )}

      {session?.typedDuring && phase === 'running' && (
        <p class="note">Some typing happened during this break. That is fine: the break still counts.</p>
      )}

      {phase === 'idle' && (
        <section class="card">
          <p>No break is running. A break lasts {formatDuration(breakLengthMs)}.</p>
        </section>
      )}
      {phase === 'done' && <p class="note">Well done. Your typing streak starts fresh.</p>}
      {phase === 'ended-early' && <p class="note">Noted. Try a full break next time your hands ask for one.</p>}

      <div class="break-actions">
        {phase === 'running' && (
          <button type="button" class="button" onClick={() => void finish('ended-early')}>
            End early
          </button>
        )}
        {phase === 'over' && (
          <button type="button" class="button primary" onClick={() => void finish('done')}>
            Break done
          </button>
        )}
        {phase === 'idle' && (
          <button type="button" class="button primary" onClick={() => void tellBackground({ type: 'start-break' })}>
            Start a break now
          </button>
        )}
        {(phase === 'done' || phase === 'ended-early') && (
          <button type="button" class="button primary" onClick={() => window.close()}>
            Close
          </button>
        )}
      </div>
      <LiveAnnouncer message={phase === 'over' || phase === 'done' ? 'Break over.' : phase === 'running' ? 'Break started.' : ''} />
    </main>
  );
}
