// The break view: a countdown of the break, filled with exercises one after another, each with its
// picture, what to do and its own countdown ("Next" moves on, "Skip this one" swaps it for
// another); "End early" while it runs and "Break done" when it is over. Typing elsewhere during
// the break is noted, not punished.

import { useEffect, useState } from 'preact/hooks';
import { StoredPage, type PageProps } from '@/components/StoredPage';
import { useAction } from '@/components/use-action';
import { BreakCountdown } from '@/components/BreakCountdown';
import { LiveAnnouncer } from '@/components/LiveAnnouncer';
import { FailureStatus } from '@/components/FailureStatus';
import { ExerciseCard } from '@/components/ExerciseCard';
import { StepTimer } from '@/components/StepTimer';
import { tellBackground } from '@/utils/browser/background-client';
import { exerciseById } from '@/utils/content/exercises';
import { stepAt, stepsInBreak } from '@/utils/breaks/guided-break';
import { formatDuration } from '@/utils/words/format';
import { uiLanguage } from '@/utils/browser/ui-language';
import { MINUTE } from '@/utils/helpers/time';
import { runningBreak, type BreakState, type RunningBreak } from '@/utils/breaks/break-session';
import { i18n } from '@/utils/browser/i18n';

type Phase = 'idle' | 'running' | 'over' | 'done' | 'ended-early';

const HEADINGS = {
  idle: 'breakView.restYourHands',
  running: 'breakView.restYourHands',
  over: 'breakView.over',
  done: 'breakView.over',
  'ended-early': 'breakView.endedEarly',
} as const satisfies Record<Phase, string>;

/** What a screen reader hears as the break starts and ends. */
const ANNOUNCED = {
  idle: null,
  running: 'breakView.announceStarted',
  over: 'breakView.announceOver',
  done: 'breakView.announceOver',
  'ended-early': null,
} as const satisfies Record<Phase, string | null>;

/** What the break view says when an action fails. */
const FAILED = {
  start: 'breakView.failedStart',
  end: 'breakView.failedEnd',
  next: 'breakView.failedNext',
  skip: 'breakView.failedSkip',
} as const;

const failed = (action: keyof typeof FAILED) => i18n.t(FAILED[action]);

/** The exercise on now, with its countdown, where it stands in the break, and Next and Skip. */
function GuidedStep({ session, now, onMove }: { session: RunningBreak; now: number; onMove: (move: 'next' | 'skip') => void }) {
  const current = stepAt(session.guide, now);
  const exercise = current === null ? undefined : exerciseById(current.step.id);
  if (current === null || exercise === undefined) return null;
  const count = stepsInBreak(session.guide, now, session.endsAt);
  const remainingMs = Math.min(current.endsAt, session.endsAt) - now;
  return (
    <>
      <ExerciseCard exercise={exercise} kicker={i18n.t('breakView.exerciseOf', { number: current.index + 1, count })}>
        <StepTimer remainingMs={remainingMs} totalMs={current.step.durationMs} label={i18n.t('breakView.exerciseTimer')} />
      </ExerciseCard>
      <div class="step-dots" aria-hidden="true">
        {session.guide.steps.slice(0, count).map((step, index) => (
          <span key={`${index}-${step.id}`} class={index < current.index ? 'done' : index === current.index ? 'current' : ''} />
        ))}
      </div>
      <div class="break-actions">
        <button type="button" class="button primary" onClick={() => onMove('next')}>
          {i18n.t('breakView.next')}
        </button>
        <button type="button" class="button" onClick={() => onMove('skip')}>
          {i18n.t('breakView.skip')}
        </button>
      </div>
    </>
  );
}

/** Where the break stands for this view: running, or over (its time is up, not yet closed); how the break it showed ended; or none. */
function phaseOf(state: BreakState, seenStartedAt: number | null, now: number): Phase {
  if (state.stage === 'running') return now >= state.endsAt ? 'over' : 'running';
  if (state.stage === 'ended' && state.startedAt === seenStartedAt) return state.how === 'completed' ? 'done' : 'ended-early';
  return 'idle';
}

/** The start of the latest break this view has shown running: it tells how that one ended, never one it did not show. */
function useSeenBreak(state: BreakState): number | null {
  const running = state.stage === 'running' ? state.startedAt : null;
  const [seen, setSeen] = useState(running);
  useEffect(() => {
    if (running !== null) setSeen(running);
  }, [running]);
  return running ?? seen;
}

function BreakView({ stored, now }: PageProps) {
  const session = runningBreak(stored.tracker.breakSession);
  const phase = phaseOf(stored.tracker.breakSession, useSeenBreak(stored.tracker.breakSession), now);
  const { failure, run } = useAction();
  const finish = () => void run(failed('end'), () => tellBackground({ type: 'end-break' }));
  const breakLengthMs = stored.settings.breakLengthMin * MINUTE;
  const move = (which: 'next' | 'skip') =>
    void run(failed(which), () => tellBackground({ type: which === 'next' ? 'next-exercise' : 'skip-exercise' }));

  return (
    <main class="break-view">
      <header class="break-header">
        <img src="/icon/48.png" alt="" width={40} height={40} />
        <h1>{i18n.t(HEADINGS[phase])}</h1>
      </header>

      {(phase === 'running' || phase === 'over') && session !== null && (
        <BreakCountdown remainingMs={Math.max(0, session.endsAt - now)} totalMs={session.endsAt - session.startedAt} />
      )}

      {phase === 'running' && session !== null && <GuidedStep session={session} now={now} onMove={move} />}

      {session?.typedDuring && phase === 'running' && (
        <p class="note">{i18n.t('breakView.typedDuring')}</p>
      )}

      {phase === 'idle' && (
        <section class="card">
          <p>{i18n.t('breakView.noBreak', { duration: formatDuration(breakLengthMs, uiLanguage()) })}</p>
        </section>
      )}
      {phase === 'done' && <p class="note">{i18n.t('breakView.wellDone')}</p>}
      {phase === 'ended-early' && <p class="note">{i18n.t('breakView.notedEarly')}</p>}

      <div class="break-actions">
        {phase === 'running' && (
          <button type="button" class="button" onClick={finish}>
            {i18n.t('breakView.endEarly')}
          </button>
        )}
        {phase === 'over' && (
          <button type="button" class="button primary" onClick={finish}>
            {i18n.t('breakView.done')}
          </button>
        )}
        {phase === 'idle' && (
          <button type="button" class="button primary" onClick={() => void run(failed('start'), () => tellBackground({ type: 'start-break' }))}>
            {i18n.t('breakView.startNow')}
          </button>
        )}
        {(phase === 'done' || phase === 'ended-early') && (
          <button type="button" class="button primary" onClick={() => window.close()}>
            {i18n.t('breakView.close')}
          </button>
        )}
      </div>
      <FailureStatus message={failure} />
      <LiveAnnouncer message={ANNOUNCED[phase] === null ? '' : i18n.t(ANNOUNCED[phase])} />
    </main>
  );
}

/** The countdown's refresh: smooth enough for the ring, rare enough to cost nothing. */
const COUNTDOWN_REFRESH_MS = 250;

export function App() {
  return <StoredPage name="break-view" refreshMs={COUNTDOWN_REFRESH_MS} page={BreakView} />;
}
