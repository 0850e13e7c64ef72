import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { emptyDay } from '@/utils/days/day-totals';
import { localDayKey, MINUTE, SECOND } from '@/utils/helpers/time';
import { KINDS_FOR_MOMENT } from '@/utils/content/tip-choice';
import { tipById, TIPS, type Tip } from '@/utils/content/tips';
import { exercisePicture, exerciseTitle, tipTitle } from '@/utils/words/content-text';
import { REPORT_LATENCY_MS } from '@/utils/typing/activity-timing';
import { INITIAL_QUIET_STATE } from '@/utils/breaks/quiet-time';
import { microPauseExercise } from '@/utils/breaks/guided-break';
import { formatClock } from '@/utils/words/format';
import { renderPage, setClock, installPageTestClock } from '../support/page-harness';
import { seedStorage, setFullscreen, storedTracker } from '../support/background-harness';
import { breakSessionOf, makeNudges, makeSettings, makeTrackerState, streakState } from '../support/fixtures';
import { runningBreak } from '@/utils/breaks/break-session';

const NOW = new Date(2026, 10, 23, 10, 0, 0).getTime();
const today = localDayKey(NOW);

/** A streak of `minutes` (and 34 s) that is still going: its last slice ended a second ago. */
const midStreak = (minutes: number, activeMinutes = minutes) =>
  streakState(minutes * MINUTE + 34 * SECOND, NOW - SECOND, { activeMs: activeMinutes * MINUTE });

const SCENARIOS = {
  'new install': makeTrackerState(),
  'mid-streak': makeTrackerState({
    typing: midStreak(12),
    history: { today: { ...emptyDay(today), typingMs: 95 * MINUTE, breaksNatural: 2, breaksCompleted: 1, glasses: 3 }, past: [] },
  }),
  'nudge due': makeTrackerState({ typing: midStreak(31) }),
  paused: makeTrackerState({ typing: midStreak(10), nudges: makeNudges({ holds: { pausedUntil: NOW + 30 * MINUTE } }) }),
  'water due': makeTrackerState({ typing: midStreak(10, 70) }),
  'on a break from a due nudge': makeTrackerState({ typing: midStreak(31, 70), breakSession: breakSessionOf(NOW - MINUTE, NOW + 4 * MINUTE) }),
};

const shownTipTitle = () => document.getElementById('tip-heading')?.textContent;

async function renderPopup(scenario: keyof typeof SCENARIOS) {
  await renderPage(<App />, SCENARIOS[scenario]);
  await screen.findByRole('progressbar');
}

installPageTestClock(NOW);

describe('popup rendered from stored state', () => {
  it('new install: an empty streak, a full break ahead, no water yet', async () => {
    await renderPopup('new install');
    expect(screen.getByRole('timer', { name: 'Current streak 0 sec' })).toHaveProperty('textContent', '0:00:00');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByText('Next rest break in 30 min of typing')).toBeTruthy();
    expect(screen.getByText('Next glass of water in 1 hr of activity')).toBeTruthy();
    expect(screen.getByText('Tracking')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pause…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
  });

  it("mid-streak: the streak as h:mm:ss named to the second, the time left rounded up, progress, and today's totals", async () => {
    await renderPopup('mid-streak');
    expect(screen.getByRole('timer', { name: 'Current streak 12 min, 34 sec' })).toHaveProperty('textContent', '0:12:34');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('42');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('Next rest break in 18 min of typing');
    const stats = screen.getByText('Typed today').closest('dl') as HTMLElement;
    expect([...stats.querySelectorAll('dd')].map((value) => value.textContent)).toEqual(['1 hr, 35 min', '3', '3 / 8 glasses']);
  });

  it('the streak clock keeps running while the popup is open, and drops to zero when a rest elapses', async () => {
    await renderPopup('mid-streak');
    setClock(NOW + 5 * MINUTE + REPORT_LATENCY_MS);
    await waitFor(() => expect(screen.getByText('0:00:00')).toBeTruthy(), { timeout: 1500 });
  });

  it('nudge due: break due now, a snooze button and break tips', async () => {
    await renderPopup('nudge due');
    expect(screen.getByText('Rest break due now')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Snooze 10 min' })).toBeTruthy();
    await waitFor(async () => expect((await storedTracker()).recentTips).toHaveLength(1));
    const tip = tipById((await storedTracker()).recentTips[0] as string);
    expect(KINDS_FOR_MOMENT.break).toContain(tip?.kind);
    expect(shownTipTitle()).toBe(tipTitle(tip as Tip));
  });

  it('on a break started from a due nudge: the break and its time left, not "due", nothing to snooze, and Back to break', async () => {
    await renderPopup('on a break from a due nudge');
    expect(screen.getByText('On a break: 4 min left')).toBeTruthy();
    expect(screen.queryByText('Rest break due now')).toBeNull();
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Back to my break' })).toBeTruthy();
  });

  it('paused: the chip says until when, and Resume is offered', async () => {
    await renderPopup('paused');
    expect(screen.getByText('Paused until 10:30 AM')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause…' })).toBeNull();
  });

  it('water due: says so and offers water or food tips', async () => {
    await renderPopup('water due');
    expect(screen.getByText('Time for a glass of water')).toBeTruthy();
    await waitFor(async () => expect((await storedTracker()).recentTips).toHaveLength(1));
    const [shown] = (await storedTracker()).recentTips;
    expect(KINDS_FOR_MOMENT.water).toContain(tipById(shown as string)?.kind);
  });
});

describe('popup: break tiers', () => {
  it('shows the next micro-pause and, once due, asks for it', async () => {
    await renderPopup('mid-streak');
    expect(screen.getByText('Next micro-pause in 15 min of typing')).toBeTruthy();
    cleanup();
    await renderPage(<App />, makeTrackerState({ typing: streakState(16 * MINUTE, NOW - SECOND, { microStreakMs: 16 * MINUTE }) }));
    expect(await screen.findByText('Hands off the keys')).toBeTruthy();
  });

  it('a micro-pause due is the one suggestion: its exercise takes the tip’s place, and no tip is noted as seen', async () => {
    const typing = streakState(16 * MINUTE, NOW - SECOND, { microStreakMs: 16 * MINUTE });
    await renderPage(<App />, makeTrackerState({ typing }));
    expect(await screen.findByRole('heading', { name: exerciseTitle(microPauseExercise(typing, makeSettings())) })).toBeTruthy();
    expect(shownTipTitle()).toBeUndefined();
    expect((await storedTracker()).recentTips).toEqual([]);
  });

  it('a micro-pause due shows one short exercise with its picture, counting the micro-pause down from the last keystroke', async () => {
    const askedAt = NOW - 20 * SECOND;
    const typing = streakState(16 * MINUTE, NOW - 10 * SECOND, { microStreakMs: 16 * MINUTE });
    await renderPage(<App />, makeTrackerState({ typing, nudges: makeNudges({ micro: { stage: 'asked', askedAt, streakId: typing.microStreakStartedAt, promptedAtMs: 16 * MINUTE } }) }));
    const exercise = microPauseExercise(typing, makeSettings());
    expect(await screen.findByRole('heading', { name: exerciseTitle(exercise) })).toBeTruthy();
    expect(screen.getByRole('img', { name: exercisePicture(exercise) })).toBeTruthy();
    const timer = screen.getByRole('timer', { name: /^Time left in the micro-pause/ });
    const left = 30 * SECOND - (NOW - (typing.lastActivityAt as number));
    expect(timer.textContent).toContain(formatClock(left, 'en'));
    setClock(NOW + 5 * SECOND);
    await waitFor(() => expect(timer.textContent).toContain(formatClock(left - 5 * SECOND, 'en')));
  });

  it('shows the daily limit only when it is on, and when it is reached', async () => {
    await renderPopup('mid-streak');
    expect(screen.queryByText(/Daily limit/)).toBeNull();
    cleanup();
    const today = { ...emptyDay(localDayKey(NOW)), typingMs: 3 * 60 * MINUTE };
    const settings = makeSettings({ dailyLimitEnabled: true, dailyLimitHours: 4 });
    await renderPage(<App />, makeTrackerState({ history: { today, past: [] } }), settings);
    expect(await screen.findByText('Daily limit: 1 hr of typing left today')).toBeTruthy();
    cleanup();
    await renderPage(<App />, makeTrackerState({ history: { today, past: [] } }), { ...settings, dailyLimitHours: 3 });
    expect(await screen.findByText('Daily limit of 3 hr reached: time to wind down')).toBeTruthy();
  });
});

describe('popup actions write the expected state', () => {
  it('I drank water adds a glass and resets the water clock', async () => {
    await renderPopup('water due');
    fireEvent.click(screen.getByRole('button', { name: 'I drank water' }));
    await waitFor(async () => expect((await storedTracker()).history.today.glasses).toBe(1));
    const { nudges } = await storedTracker();
    expect(nudges.hydration.drankAtMs).toBe(70 * MINUTE);
    await waitFor(() => expect(screen.getByText('1', { selector: 'dd' })).toBeTruthy());
  });

  it('Snooze holds nudges back for the snooze length', async () => {
    await renderPopup('nudge due');
    fireEvent.click(screen.getByRole('button', { name: 'Snooze 10 min' }));
    await waitFor(async () => expect((await storedTracker()).nudges.holds.snoozedUntil).toBe(NOW + 10 * MINUTE));
    await waitFor(() => expect(screen.getByText('Snoozed until 10:10 AM')).toBeTruthy());
  });

  it.each([
    ['30 min', NOW + 30 * MINUTE],
    ['1 hour', NOW + 60 * MINUTE],
    ['Until tomorrow', new Date(2026, 10, 24).getTime()],
  ])('Pause %s pauses tracking until then, and Resume resumes', async (label, until) => {
    await renderPopup('mid-streak');
    fireEvent.click(screen.getByRole('button', { name: 'Pause…' }));
    fireEvent.click(screen.getByRole('button', { name: label }));
    await waitFor(async () => expect((await storedTracker()).nudges.holds.pausedUntil).toBe(until));
    fireEvent.click(await screen.findByRole('button', { name: 'Resume' }));
    await waitFor(async () => expect((await storedTracker()).nudges.holds.pausedUntil).toBeNull());
  });

  it.each([
    ['30 min', NOW + 30 * MINUTE, 'Meeting until 10:30 AM'],
    ['1 hour', NOW + 60 * MINUTE, 'Meeting until 11:00 AM'],
    ['2 hours', NOW + 120 * MINUTE, 'Meeting until 12:00 PM'],
  ])('In a meeting %s makes quiet time until then, says so, and End meeting ends it early', async (label, until, chip) => {
    await renderPopup('nudge due');
    fireEvent.click(screen.getByRole('button', { name: 'In a meeting…' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Quiet for a meeting of' })).getByRole('button', { name: label }));
    await waitFor(async () => expect((await storedTracker()).quiet.meetingUntil).toBe(until));
    expect(await screen.findByText(chip)).toBeTruthy();
    expect(screen.getByRole('heading', { name: `Quiet time: ${chip}` })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'End meeting' }));
    await waitFor(async () => expect((await storedTracker()).quiet.meetingUntil).toBeNull());
    expect(await screen.findByText('Tracking')).toBeTruthy();
  });

  it('in a call, names the call’s site, read live from the tabs', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' });
    await fakeBrowser.tabs.update(tab.id as number, { audible: true } as never);
    await renderPage(<App />, makeTrackerState({ typing: midStreak(31), quiet: { ...INITIAL_QUIET_STATE, inCall: true, since: NOW - MINUTE } }));
    expect(await screen.findByText('In a call on meet.google.com')).toBeTruthy();
    expect(screen.getByText('Nudges wait. A break that falls due comes at your first typing pause afterwards.')).toBeTruthy();
  });

  it('a window in fullscreen: the chip and the note say so, until it leaves fullscreen', async () => {
    await renderPopup('mid-streak');
    await setFullscreen(true);
    expect(await screen.findByText('Fullscreen')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Quiet time: Fullscreen' })).toBeTruthy();
    await setFullscreen(false);
    expect(await screen.findByText('Tracking')).toBeTruthy();
  });

  it('outside working hours: the chip says so and the note says when nudges resume, from the working hours', async () => {
    const afternoonsOnly = makeSettings({ workingHoursEnabled: true, workingHours: [[], [{ start: 13 * 60, end: 18 * 60 }], [], [], [{ start: 9 * 60, end: 12 * 60 }], [], []] });
    await renderPage(<App />, SCENARIOS['mid-streak'], afternoonsOnly);
    expect(await screen.findByText('Outside working hours')).toBeTruthy();
    expect(screen.getByText('Nudges resume Mon 1:00 PM. Typing still counts in your history.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Another tip' }), 'the note takes the tip\u2019s place, so the popup stays within 600 px').toBeNull();
    expect(screen.getByText('All tips', { selector: 'summary, summary *' }), 'every tip is still one click away').toBeTruthy();
    cleanup();
    setClock(new Date(2026, 10, 23, 18, 30).getTime());
    await renderPage(<App />, SCENARIOS['new install'], afternoonsOnly);
    expect(await screen.findByText('Nudges resume Thu 9:00 AM. Typing still counts in your history.')).toBeTruthy();
  });

  it('outside working hours with no working hours set at all: nudges are off, without a time', async () => {
    await renderPage(<App />, SCENARIOS['mid-streak'], makeSettings({ workingHoursEnabled: true, workingHours: [[], [], [], [], [], [], []] }));
    expect(await screen.findByText('Nudges are off until your working hours begin. Typing still counts in your history.')).toBeTruthy();
  });

  it('Start break starts a break and opens the break view', async () => {
    await renderPopup('nudge due');
    fireEvent.click(screen.getByRole('button', { name: 'Start break' }));
    await waitFor(async () => expect(runningBreak((await storedTracker()).breakSession)?.startedAt).toBe(NOW));
    await waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((tab) => tab.url)).toContain('chrome-extension://test-extension-id/break.html');
    });
  });

  it('Another tip shows a different tip and remembers both', async () => {
    await renderPopup('mid-streak');
    await waitFor(async () => expect((await storedTracker()).recentTips).toHaveLength(1));
    const first = shownTipTitle();
    fireEvent.click(screen.getByRole('button', { name: 'Another tip' }));
    await waitFor(async () => expect((await storedTracker()).recentTips).toHaveLength(2));
    expect(shownTipTitle()).not.toBe(first);
    const remembered = (await storedTracker()).recentTips.map((id) => tipTitle(tipById(id) as Tip));
    expect(remembered).toEqual([first, shownTipTitle()]);
  });
});

describe('popup first paint', () => {
  it('shows its header before the stored state is read, busy until then, and keeps the same header after', async () => {
    await renderPage(<App />, SCENARIOS['mid-streak']);
    const main = document.querySelector('main');
    const heading = screen.getByRole('heading', { level: 1, name: 'Handrest' });
    expect(main?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('button', { name: 'History' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();

    await screen.findByRole('progressbar');
    expect(main?.hasAttribute('aria-busy')).toBe(false);
    expect(screen.getByRole('heading', { level: 1, name: 'Handrest' })).toBe(heading);
    expect(screen.getByText('Tracking')).toBeTruthy();
  });
});

describe('popup accessibility', () => {
  it('every control has an accessible name, and the doctor card, every tip and the note are one click away', async () => {
    await renderPopup('nudge due');
    for (const button of screen.getAllByRole('button')) expect(button.textContent?.trim() || button.getAttribute('aria-label')).toBeTruthy();
    expect(screen.getByText('General guidance, not a diagnosis.')).toBeTruthy();
    const doctor = screen.getByText('When to see a doctor').closest('details') as HTMLDetailsElement;
    expect(doctor.open).toBe(false);
    fireEvent.click(screen.getByText('When to see a doctor'));
    expect(doctor.open).toBe(true);
    expect(within(doctor).getAllByRole('listitem')).toHaveLength(4);
    const tips = screen.getByText('All tips').closest('details') as HTMLDetailsElement;
    fireEvent.click(screen.getByText('All tips'));
    expect(tips.open).toBe(true);
    expect(within(tips).getAllByRole('listitem')).toHaveLength(TIPS.length);
  });

  it('the header has History and Settings as named icon buttons, each opening its page', async () => {
    await renderPopup('mid-streak');
    const pages = screen.getByRole('navigation', { name: 'History and settings' });
    fireEvent.click(within(pages).getByRole('button', { name: 'History' }));
    await waitFor(async () => expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain('chrome-extension://test-extension-id/history-page.html'));
    expect(within(pages).getByRole('button', { name: 'Settings' }).getAttribute('title')).toBe('Settings');
  });

  it('Snooze sits on the line of the nudge that is due: the break, or water when only water is due', async () => {
    await renderPopup('nudge due');
    const breakLine = screen.getByText('Rest break due now').parentElement as HTMLElement;
    expect(within(breakLine).getByRole('button', { name: 'Snooze 10 min' })).toBeTruthy();
    cleanup();
    await renderPopup('water due');
    const waterLine = screen.getByText('Time for a glass of water').parentElement as HTMLElement;
    expect(within(waterLine).getByRole('button', { name: 'Snooze 10 min' })).toBeTruthy();
  });

  it('announces status changes politely, not the running clock', async () => {
    await renderPopup('mid-streak');
    const live = document.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(live.textContent).toBe('Tracking. 3 glasses of water today.');
    await seedStorage({ typing: { ...SCENARIOS['mid-streak'].typing, streakMs: 13 * MINUTE + 2 * SECOND } });
    await waitFor(() => expect(screen.getByText('0:13:02')).toBeTruthy());
    expect(live.textContent).toBe('Tracking. 3 glasses of water today.');
    await seedStorage({ typing: { ...SCENARIOS['mid-streak'].typing, streakMs: 31 * MINUTE } });
    await waitFor(() => expect(live.textContent).toBe('Tracking. A break is due. 3 glasses of water today.'));
  });
});
