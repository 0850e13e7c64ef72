// The break view: a countdown of the break, one thing to do with the hands, "End early" while it
// runs and "Break done" when it is over. Typing elsewhere during the break is noted, not punished.

import { useEffect, useState } from 'preact/hooks';
import { StoredPage, type PageProps } from '@/components/StoredPage';
import { useAction } from '@/components/use-action';
import { BreakCountdown } from '@/components/BreakCountdown';
import { LiveAnnouncer } from '@/components/LiveAnnouncer';
import { FailureStatus } from '@/components/FailureStatus';
import { tellBackground } from '@/utils/browser/background-client';
import { chooseTip } from '@/utils/tip-choice';
import { formatDuration } from '@/utils/format';
import { statusAt } from '@/utils/status';
import { MINUTE } from '@/utils/time';
import type { BreakSession } from '@/utils/tracker';

type Phase = 'idle' | 'running' | 'over' | 'done' | 'ended-early';
type Ending = 'done' | 'ended-early';

/** What the break view says when an action fails. */
const FAILED = {
  start: 'Could not start the break. Please try again.',
  end: 'Could not end the break. Please try again.',
} as const;

function phaseOf(session: BreakSession | null, seen: BreakSession | null, ending: Ending | null, now: number): Phase {
  if (ending !== null) return ending;
  if (session !== null) return now >= session.endsAt ? 'over' : 'running';
  return seen !== null && now >= seen.endsAt ? 'done' : 'idle';
}

/** The latest break this view has seen running, so that it can say "Break over" once the background has closed it. */
function useLastSeenBreak(session: BreakSession | null): BreakSession | null {
  const [seen, setSeen] = useState(session);
  useEffect(() => {
    if (session !== null) setSeen(session);
  }, [session]);
  return session ?? seen;
}

function BreakView({ stored, now }: PageProps) {
  const status = statusAt(stored.tracker, stored.settings, now);
  const session = status.breakSession;
  const seen = useLastSeenBreak(session);
  const [ending, setEnding] = useState<Ending | null>(null);
  const [tip] = useState(() => chooseTip('rest', stored.tracker.recentTips, now));
  const { failure, run } = useAction();
  const phase = phaseOf(session, seen, ending, now);
  const finish = async (result: Ending) => {
    setEnding(result);
    if (!(await run(FAILED.end, () => tellBackground({ type: 'end-break' })))) setEnding(null);
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

      {phase === 'running' && (
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
          <button type="button" class="button primary" onClick={() => void run(FAILED.start, () => tellBackground({ type: 'start-break' }))}>
            Start a break now
          </button>
        )}
        {(phase === 'done' || phase === 'ended-early') && (
          <button type="button" class="button primary" onClick={() => window.close()}>
            Close
          </button>
        )}
      </div>
      <FailureStatus message={failure} />
      <LiveAnnouncer message={phase === 'over' || phase === 'done' ? 'Break over.' : phase === 'running' ? 'Break started.' : ''} />
    </main>
  );
}

/** The countdown's refresh: smooth enough for the ring, rare enough to cost nothing. */
const COUNTDOWN_REFRESH_MS = 250;

export function App() {
  return <StoredPage name="break-view" refreshMs={COUNTDOWN_REFRESH_MS} page={BreakView} />;
}
