import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { App } from '@/entrypoints/break/App';
import { KINDS_FOR_MOMENT } from '@/utils/tip-choice';
import { TIPS } from '@/utils/tips';
import { MINUTE, SECOND } from '@/utils/time';
import { renderPage, setClock, installPageTestClock } from '../support/page-harness';
import { storedTracker } from '../support/background-harness';
import { makeTrackerState, streakState } from '../support/fixtures';

const NOW = new Date(2026, 10, 23, 10, 0, 0).getTime();
const typing = streakState(35 * MINUTE, NOW - 9 * SECOND, { activeMs: 35 * MINUTE });

async function renderBreak(breakSession: { startedAt: number; endsAt: number; typedDuring: boolean } | null) {
  await renderPage(<App />, makeTrackerState({ typing, breakSession }));
  await screen.findByRole('heading', { level: 1 });
}

installPageTestClock(NOW);

describe('break view', () => {
  it('counts the break down and offers one hand-care suggestion and End early', async () => {
    await renderBreak({ startedAt: NOW, endsAt: NOW + 5 * MINUTE, typedDuring: false });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Rest your hands');
    expect(screen.getByRole('timer').textContent).toContain('5:00');
    const suggestion = (await screen.findByRole('heading', { level: 2 })).textContent;
    const tip = TIPS.find((candidate) => candidate.title === suggestion);
    expect(KINDS_FOR_MOMENT.rest).toContain(tip?.kind);
    expect(screen.getByRole('button', { name: 'End early' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Break done' })).toBeNull();
  });

  it('ends the break at the right time: Break done resets the streak and counts a completed break', async () => {
    await renderBreak({ startedAt: NOW, endsAt: NOW + 5 * MINUTE, typedDuring: false });
    setClock(NOW + 5 * MINUTE - SECOND);
    await waitFor(() => expect(screen.getByRole('timer').textContent).toContain('0:01'));
    expect(screen.queryByRole('button', { name: 'Break done' })).toBeNull();
    setClock(NOW + 5 * MINUTE);
    fireEvent.click(await screen.findByRole('button', { name: 'Break done' }));
    await waitFor(async () => expect((await storedTracker()).breakSession).toBeNull());
    const state = await storedTracker();
    expect(state.typing.streakMs).toBe(0);
    expect(state.history.today.breaksCompleted).toBe(1);
    expect(await screen.findByText('Well done. Your typing streak starts fresh.')).toBeTruthy();
  });

  it('End early records an early end and keeps the streak', async () => {
    await renderBreak({ startedAt: NOW, endsAt: NOW + 5 * MINUTE, typedDuring: false });
    setClock(NOW + 2 * MINUTE);
    fireEvent.click(screen.getByRole('button', { name: 'End early' }));
    await waitFor(async () => expect((await storedTracker()).breakSession).toBeNull());
    const state = await storedTracker();
    expect(state.history.today.breaksEndedEarly).toBe(1);
    expect(state.typing.streakMs).toBe(35 * MINUTE);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Break ended early');
  });

  it('notes typing during the break without punishing it', async () => {
    await renderBreak({ startedAt: NOW, endsAt: NOW + 5 * MINUTE, typedDuring: true });
    expect(screen.getByText('Some typing happened during this break. That is fine: the break still counts.')).toBeTruthy();
  });

  it('with no break running, offers to start one', async () => {
    await renderBreak(null);
    expect(screen.getByText('No break is running. A break lasts 5 min.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start a break now' }));
    await waitFor(async () => expect((await storedTracker()).breakSession?.endsAt).toBe(NOW + 5 * MINUTE));
    expect(await screen.findByRole('timer')).toBeTruthy();
  });
});
