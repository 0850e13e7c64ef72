import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { App } from '@/entrypoints/break/App';
import { exerciseById, type Exercise } from '@/utils/content/exercises';
import { exercisePicture, exerciseSteps, exerciseTitle } from '@/utils/words/content-text';
import type { GuidedStep } from '@/utils/breaks/guided-break';
import { formatClock } from '@/utils/words/format';
import { MINUTE, SECOND } from '@/utils/helpers/time';
import { advanceTimers, renderPage, setClock, installPageTestClock } from '../support/page-harness';
import { seedTracker, storedTracker } from '../support/background-harness';
import { breakSessionOf, makeTrackerState, streakState } from '../support/fixtures';
import { NO_BREAK, runningBreak, type BreakState, type RunningBreak } from '@/utils/breaks/break-session';
import { planGuide } from '@/utils/breaks/guided-break';
import { emptyDay } from '@/utils/days/day-totals';
import { localDayKey } from '@/utils/helpers/time';

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

  it('the count of exercises stays as the break planned it, however Next and Skip are pressed', async () => {
    await renderBreak(session);
    const planned = session.guide.steps.length;
    const kicker = () => screen.getByText(/^Exercise \d+ of \d+$/).textContent as string;
    const counts = [kicker()];
    for (let press = 0; press < 6; press += 1) {
      setClock(NOW + (press + 1) * 5 * SECOND);
      const heading = exerciseHeading();
      fireEvent.click(screen.getByRole('button', { name: press % 2 === 0 ? 'Next' : 'Skip this one' }));
      await waitFor(() => expect(exerciseHeading()).not.toBe(heading));
      counts.push(kicker());
    }
    expect(counts.map((count) => count.replace(/^Exercise \d+ /, ''))).toEqual(Array(7).fill(`of ${planned}`));
  });

  it('marks the exercises done, on now and to come by shape, not by colour alone', async () => {
    await renderBreak(session);
    setClock(NOW + firstMs + 5 * SECOND);
    await waitFor(() => expect(exerciseHeading()).toBe(exerciseTitle(second as Exercise)));
    const dots = [...document.querySelectorAll('.step-dots > li')].map((dot) => dot.className);
    expect(dots).toEqual(['done', 'current', ...Array(session.guide.steps.length - 2).fill('upcoming')]);
  });

  it('keeps the calm path first: no action is primary while the break runs, and Next goes once the last exercise is on', async () => {
    const oneStep: RunningBreak = { ...session, guide: { ...session.guide, stepIndex: session.guide.steps.length - 1 } };
    await renderBreak(oneStep);
    expect(document.querySelector('.button.primary')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Skip this one' })).toBeTruthy();
  });

  it('after the last exercise, the rest of the break is plain rest, every exercise marked done', async () => {
    await renderBreak({ ...session, guide: { ...session.guide, stepIndex: session.guide.steps.length, stepStartedAt: NOW } });
    expect(screen.getByText('That was the last exercise. Let your hands rest until the break is over.')).toBeTruthy();
    expect([...document.querySelectorAll('.step-dots > li')].every((dot) => dot.className === 'done')).toBe(true);
    expect(breakTimer().textContent).toContain('5:00');
  });

  it('"A glass of water" logs a glass through the background when the person drank it, and says so', async () => {
    const water = { ...session, guide: { steps: [{ id: 'drink-water', durationMs: 60 * SECOND }, ...planGuide(4 * MINUTE, NOW, ['drink-water']).steps], stepIndex: 0, stepStartedAt: NOW } };
    await renderPage(<App />, makeTrackerState({ typing, breakSession: water, history: { today: { ...emptyDay(localDayKey(NOW)), glasses: 2 }, past: [] } }));
    fireEvent.click(await screen.findByRole('button', { name: 'I drank a glass' }));
    expect((await screen.findByRole('status')).textContent).toBe('Glass logged. 3 glasses of water today.');
    expect((await storedTracker()).history.today.glasses).toBe(3);
    expect(screen.queryByRole('button', { name: 'I drank a glass' })).toBeNull();
  });

  it('while typing holds the break, the countdown stands still and says it is paused', async () => {
    const heldSession = breakSessionOf(NOW - MINUTE, NOW + 4 * MINUTE + 10 * SECOND, { typedMs: 10 * SECOND });
    const typingNow = { ...typing, lastActivityAt: NOW - SECOND, coveredUntil: NOW };
    await renderPage(<App />, makeTrackerState({ typing: typingNow, breakSession: heldSession }));
    await screen.findByRole('heading', { level: 1 });
    expect(breakTimer().getAttribute('aria-label')).toContain('Paused while you type');
    expect(breakTimer().textContent).toContain('4:10');
    setClock(NOW + 2 * SECOND);
    await advanceTimers(300);
    expect(breakTimer().textContent, 'still held while a report may be on its way').toContain('4:10');
    setClock(NOW + 5 * SECOND);
    await waitFor(() => expect(breakTimer().textContent).toContain('4:05'));
    expect(breakTimer().getAttribute('aria-label')).not.toContain('Paused');
  });

  it('a break typed through says so, kindly, and offers a fresh one', async () => {
    await renderBreak(breakSessionOf(NOW, NOW + 5 * MINUTE));
    await seedTracker(makeTrackerState({ typing, breakSession: { stage: 'ended', how: 'typed-through', startedAt: NOW, endedAt: NOW + 3 * MINUTE } }));
    expect((await screen.findByRole('heading', { level: 1, name: 'Break typed through' })).textContent).toBe('Break typed through');
    expect(screen.getByText(/^Typing filled more than half of this break, so it counts as typed through rather than as a rest/)).toBeTruthy();
    expect(screen.queryByText(/Well done/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Start a fresh break' }).className).toContain('primary');
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
    expect(screen.getByText('You rested for 2 min, and every rest helps. It counts as a break ended early, so your typing streak carries on.')).toBeTruthy();
  });

  it('says that the countdown waits while typing, once typing held it', async () => {
    await renderBreak(breakSessionOf(NOW, NOW + 5 * MINUTE + 20 * SECOND, { typedMs: 20 * SECOND }));
    expect(screen.getByText(/^The countdown waits while you type and goes on when you stop/)).toBeTruthy();
  });

  it('with no break running, offers to start one', async () => {
    await renderBreak(NO_BREAK);
    expect(screen.getByText('No break is running. A break lasts 5 min.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start a break now' }));
    await waitFor(async () => expect(runningBreak((await storedTracker()).breakSession)?.endsAt).toBe(NOW + 5 * MINUTE));
    expect(await screen.findByRole('timer', { name: /^Time left in the break/ })).toBeTruthy();
  });
});
