import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { App } from '@/entrypoints/break/App';
import { exerciseById, type Exercise } from '@/utils/content/exercises';
import { exercisePicture, exerciseSteps, exerciseTitle } from '@/utils/words/content-text';
import type { GuidedStep } from '@/utils/breaks/guided-break';
import { formatClock } from '@/utils/words/format';
import { MINUTE, SECOND } from '@/utils/helpers/time';
import { renderPage, setClock, installPageTestClock } from '../support/page-harness';
import { storedTracker } from '../support/background-harness';
import { breakSessionOf, makeTrackerState, streakState } from '../support/fixtures';
import { NO_BREAK, runningBreak, type BreakState } from '@/utils/breaks/break-session';

const NOW = new Date(2026, 10, 23, 10, 0, 0).getTime();
const typing = streakState(35 * MINUTE, NOW - 9 * SECOND, { activeMs: 35 * MINUTE });

async function renderBreak(breakSession: BreakState) {
  await renderPage(<App />, makeTrackerState({ typing, breakSession }));
  await screen.findByRole('heading', { level: 1 });
}

installPageTestClock(NOW);

describe('break view', () => {
  const session = breakSessionOf(NOW, NOW + 5 * MINUTE);
  const [first, second] = session.guide.steps.map((step) => exerciseById(step.id) as Exercise);
  const firstMs = (session.guide.steps[0] as GuidedStep).durationMs;
  const breakTimer = () => screen.getByRole('timer', { name: /^Time left in the break/ });
  const stepTimer = () => screen.getByRole('timer', { name: /^Time left for this exercise/ });
  const exerciseHeading = () => screen.getByRole('heading', { level: 2 }).textContent;

  it('counts the break down and shows the first exercise: its picture, what to do, its own countdown', async () => {
    await renderBreak(session);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Rest your hands');
    expect(breakTimer().textContent).toContain('5:00');
    expect(exerciseHeading()).toBe(exerciseTitle(first as Exercise));
    expect(screen.getByRole('img', { name: exercisePicture(first as Exercise) })).toBeTruthy();
    for (const step of exerciseSteps(first as Exercise)) expect(screen.getByText(step)).toBeTruthy();
    expect(screen.getByText(`Exercise 1 of ${session.guide.steps.length}`)).toBeTruthy();
    expect(stepTimer().textContent).toContain(formatClock(firstMs, 'en'));
    expect(screen.getByRole('button', { name: 'End early' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Break done' })).toBeNull();
  });

  it('moves on to the next exercise by itself when its time is up', async () => {
    await renderBreak(session);
    setClock(NOW + firstMs - 5 * SECOND);
    await waitFor(() => expect(stepTimer().textContent).toContain('0:05'));
    setClock(NOW + firstMs);
    await waitFor(() => expect(exerciseHeading()).toBe(exerciseTitle(second as Exercise)));
    expect(screen.getByText(`Exercise 2 of ${session.guide.steps.length}`)).toBeTruthy();
  });

  it('Next moves on now; Skip this one swaps the exercise for one not yet in the break', async () => {
    await renderBreak(session);
    setClock(NOW + 10 * SECOND);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(exerciseHeading()).toBe(exerciseTitle(second as Exercise)));
    expect(runningBreak((await storedTracker()).breakSession)?.guide).toMatchObject({ stepIndex: 1, stepStartedAt: NOW + 10 * SECOND });
    setClock(NOW + 20 * SECOND);
    fireEvent.click(screen.getByRole('button', { name: 'Skip this one' }));
    await waitFor(() => expect(exerciseHeading()).not.toBe(exerciseTitle(second as Exercise)));
    const planned = session.guide.steps.map((step) => exerciseTitle(exerciseById(step.id) as Exercise));
    expect(planned).not.toContain(exerciseHeading());
    expect(breakTimer().textContent).toContain('4:40');
  });

  it('ends the break at the right time: Break done resets the streak and counts a completed break', async () => {
    await renderBreak(breakSessionOf(NOW, NOW + 5 * MINUTE));
    setClock(NOW + 5 * MINUTE - SECOND);
    await waitFor(() => expect(breakTimer().textContent).toContain('0:01'));
    expect(screen.queryByRole('button', { name: 'Break done' })).toBeNull();
    setClock(NOW + 5 * MINUTE);
    fireEvent.click(await screen.findByRole('button', { name: 'Break done' }));
    await waitFor(async () => expect((await storedTracker()).breakSession).toMatchObject({ stage: 'ended', how: 'completed' }));
    const state = await storedTracker();
    expect(state.typing.streakMs).toBe(0);
    expect(state.history.today.breaksCompleted).toBe(1);
    expect(await screen.findByText('Well done. Your typing streak starts fresh.')).toBeTruthy();
  });

  it('End early records an early end and keeps the streak', async () => {
    await renderBreak(breakSessionOf(NOW, NOW + 5 * MINUTE));
    setClock(NOW + 2 * MINUTE);
    fireEvent.click(screen.getByRole('button', { name: 'End early' }));
    await waitFor(async () => expect((await storedTracker()).breakSession).toMatchObject({ stage: 'ended', how: 'ended-early' }));
    const state = await storedTracker();
    expect(state.history.today.breaksEndedEarly).toBe(1);
    expect(state.typing.streakMs).toBe(35 * MINUTE);
    expect((await screen.findByRole('heading', { level: 1, name: 'Break ended early' })).textContent).toBe('Break ended early');
  });

  it('notes typing during the break without punishing it', async () => {
    await renderBreak(breakSessionOf(NOW, NOW + 5 * MINUTE, { typedDuring: true }));
    expect(screen.getByText('Some typing happened during this break. That is fine: the break still counts.')).toBeTruthy();
  });

  it('with no break running, offers to start one', async () => {
    await renderBreak(NO_BREAK);
    expect(screen.getByText('No break is running. A break lasts 5 min.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start a break now' }));
    await waitFor(async () => expect(runningBreak((await storedTracker()).breakSession)?.endsAt).toBe(NOW + 5 * MINUTE));
    expect(await screen.findByRole('timer', { name: /^Time left in the break/ })).toBeTruthy();
  });
});
