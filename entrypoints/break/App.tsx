// The break view: a countdown of the break, filled with exercises one after another, each with its
// picture, what to do and its own countdown. The exercises move on by themselves ("Next" and "Skip
// this one" are there, quietly, for whoever wants them); the glass of water logs a glass when the
// person says they drank it. "End early" while it runs and "Break done" when it is over. Typing
// elsewhere holds the countdown, shown as paused, and typing through most of the break ends it as
// typed through (utils/breaks/break-session.ts); the words say how a break ended, kindly.

import { useEffect, useRef, useState } from 'preact/hooks';
import { StoredPage, type PageProps } from '@/components/StoredPage';
import { useAction, type ActionRunner } from '@/components/use-action';
import { BreakCountdown } from '@/components/BreakCountdown';
import { LiveAnnouncer } from '@/components/LiveAnnouncer';
import { FailureStatus } from '@/components/FailureStatus';
import { ExerciseCard } from '@/components/ExerciseCard';
import { StepTimer } from '@/components/StepTimer';
import { tellBackground } from '@/utils/browser/background-client';
import { exerciseById } from '@/utils/content/exercises';
import { stepAt } from '@/utils/breaks/guided-break';
import { formatDuration } from '@/utils/words/format';
import { pluralText } from '@/utils/words/plural';
import { uiLanguage } from '@/utils/browser/ui-language';
import { MINUTE } from '@/utils/helpers/time';
import { breakClockAt, runningBreak, type BreakState, type RunningBreak } from '@/utils/breaks/break-session';
import { i18n } from '@/utils/browser/i18n';

type Phase = 'idle' | 'running' | 'over' | 'done' | 'ended-early' | 'typed-through';

const HEADINGS = {
  idle: 'breakView.restYourHands',
  running: 'breakView.restYourHands',
  over: 'breakView.over',
  done: 'breakView.over',
  'ended-early': 'breakView.endedEarly',
  'typed-through': 'breakView.typedThrough',
} as const satisfies Record<Phase, string>;

/** What a screen reader hears as the break starts and ends by itself. */
const ANNOUNCED = {
  idle: null,
  running: 'breakView.announceStarted',
  over: 'breakView.announceOver',
  done: 'breakView.announceOver',
  'ended-early': null,
  'typed-through': 'breakView.typedThrough',
} as const satisfies Record<Phase, string | null>;

/** What the break view says when an action fails. */
const FAILED = {
  start: 'breakView.failedStart',
  end: 'breakView.failedEnd',
  next: 'breakView.failedNext',
  skip: 'breakView.failedSkip',
  drink: 'breakView.failedDrink',
} as const;

const failed = (action: keyof typeof FAILED) => i18n.t(FAILED[action]);

/** Where each exercise of the break stands, by shape as well as colour: done (filled), on now (a wider bar), to come (a ring). */
function StepDots({ count, current }: { count: number; current: number }) {
  return (
    <ol class="step-dots" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <li key={index} class={index < current ? 'done' : index === current ? 'current' : 'upcoming'} />
      ))}
    </ol>
  );
}

/** "I drank a glass": logs it through the background, then says so, with the day's count, where the button was. */
function GlassLog({ glasses, run }: { glasses: number; run: ActionRunner['run'] }) {
  const [logged, setLogged] = useState(false);
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (logged) said.current?.focus();
  }, [logged]);
  const drink = async () => setLogged(await run(failed('drink'), () => tellBackground({ type: 'drink' })));
  if (logged) {
    return (
      <p class="glass-logged" role="status" tabIndex={-1} ref={said}>
        {i18n.t('breakView.glassLogged')} {pluralText('breakView.glassesToday', glasses)}
      </p>
    );
  }
  return (
    <button type="button" class="button" onClick={() => void drink()}>
      {i18n.t('breakView.drank')}
    </button>
  );
}

interface StepProps {
  session: RunningBreak;
  /** Where the break's clock stands (held while typing). */
  at: number;
  glasses: number;
  run: ActionRunner['run'];
}

/** The exercise on now, with its countdown and where it stands in the break, or plain rest once the exercises are done; Next and Skip. */
function GuidedStep({ session, at, glasses, run }: StepProps) {
  const count = session.guide.steps.length;
  const current = stepAt(session.guide, at);
  const exercise = current === null ? undefined : exerciseById(current.step.id);
  const move = (which: 'next' | 'skip') => void run(failed(which), () => tellBackground({ type: which === 'next' ? 'next-exercise' : 'skip-exercise' }));
  if (current === null || exercise === undefined) {
    return (
      <>
        <section class="card rest-card">
          <p>{i18n.t('breakView.allDone')}</p>
        </section>
        <StepDots count={count} current={count} />
      </>
    );
  }
  const endsAt = Math.min(current.endsAt, session.endsAt);
  return (
    <>
      <ExerciseCard exercise={exercise} kicker={i18n.t('breakView.exerciseOf', { number: current.index + 1, count })}>
        <StepTimer remainingMs={endsAt - at} totalMs={endsAt - current.startedAt} label={i18n.t('breakView.exerciseTimer')} />
        {exercise.logsGlass === true && <GlassLog key={`${session.startedAt}:${current.index}`} glasses={glasses} run={run} />}
      </ExerciseCard>
      <StepDots count={count} current={current.index} />
      <div class="break-actions">
        {current.index + 1 < count && (
          <button type="button" class="button" onClick={() => move('next')}>
            {i18n.t('breakView.next')}
          </button>
        )}
        <button type="button" class="button" onClick={() => move('skip')}>
          {i18n.t('breakView.skip')}
        </button>
      </div>
    </>
  );
}

/** Where the break stands for this view: running, or over (its time is up, not yet closed); how the break it showed ended; or none. */
function phaseOf(state: BreakState, seenStartedAt: number | null, now: number): Phase {
  if (state.stage === 'running') return now >= state.endsAt ? 'over' : 'running';
  if (state.stage === 'ended' && state.startedAt === seenStartedAt) return state.how === 'completed' ? 'done' : state.how;
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

/** What the view says once the break it showed has ended: how it counts, without blame. */
function endedNote(state: BreakState, phase: Phase): string | null {
  if (phase === 'done') return i18n.t('breakView.wellDone');
  if (phase === 'typed-through') return i18n.t('breakView.typedThroughNote');
  if (phase !== 'ended-early' || state.stage !== 'ended') return null;
  return i18n.t('breakView.notedEarly', { duration: formatDuration(state.endedAt - state.startedAt, uiLanguage()) });
}

function BreakView({ stored, now }: PageProps) {
  const { breakSession, typing, history } = stored.tracker;
  const session = runningBreak(breakSession);
  const phase = phaseOf(breakSession, useSeenBreak(breakSession), now);
  const clock = session === null ? { at: now, held: false } : breakClockAt(session, typing, now);
  const { failure, run } = useAction();
  const finish = () => void run(failed('end'), () => tellBackground({ type: 'end-break' }));
  const start = () => void run(failed('start'), () => tellBackground({ type: 'start-break' }));
  const breakLengthMs = stored.settings.breakLengthMin * MINUTE;
  const note = endedNote(breakSession, phase);

  return (
    <main class="break-view">
      <header class="break-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{i18n.t(HEADINGS[phase])}</h1>
      </header>

      {(phase === 'running' || phase === 'over') && session !== null && (
        <BreakCountdown remainingMs={Math.max(0, session.endsAt - clock.at)} totalMs={session.endsAt - session.startedAt - session.typedMs} held={clock.held} />
      )}

      {phase === 'running' && session !== null && <GuidedStep session={session} at={clock.at} glasses={history.today.glasses} run={run} />}

      {phase === 'idle' && (
        <section class="card">
          <p>{i18n.t('breakView.noBreak', { duration: formatDuration(breakLengthMs, uiLanguage()) })}</p>
        </section>
      )}
      {note !== null && (
        <section class="card ended-card">
          <p>{note}</p>
        </section>
      )}

      <div class="break-actions">
        {phase === 'running' && (
          <button type="button" class="button quiet" onClick={finish}>
            {i18n.t('breakView.endEarly')}
          </button>
        )}
        {phase === 'over' && (
          <button type="button" class="button primary" onClick={finish}>
            {i18n.t('breakView.done')}
          </button>
        )}
        {phase === 'idle' && (
          <button type="button" class="button primary" onClick={start}>
            {i18n.t('breakView.startNow')}
          </button>
        )}
        {phase === 'typed-through' && (
          <button type="button" class="button primary" onClick={start}>
            {i18n.t('breakView.startFresh')}
          </button>
        )}
        {(phase === 'done' || phase === 'ended-early' || phase === 'typed-through') && (
          <button type="button" class={phase === 'typed-through' ? 'button' : 'button primary'} onClick={() => window.close()}>
            {i18n.t('breakView.close')}
          </button>
        )}
      </div>
      {/* Below the actions, so that a small window keeps them in view: the ring already says it is paused. */}
      {phase === 'running' && session !== null && (clock.held || session.typedMs > 0) && <p class="note">{i18n.t('breakView.typedDuring')}</p>}
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
