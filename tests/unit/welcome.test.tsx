import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/welcome/App';
import { presetOf, PRESETS } from '@/utils/settings/presets';
import { renderPage, installPageTestClock } from '../support/page-harness';
import { storedSettings } from '../support/background-harness';
import { makeTrackerState, MONDAY_9AM } from '../support/fixtures';

installPageTestClock(MONDAY_9AM);

async function renderWelcome() {
  await renderPage(<App />, makeTrackerState());
  await screen.findByRole('heading', { name: 'Welcome to Handrest' });
}

describe('welcome page', () => {
  it('is a short first screen of four steps, then the one action; the badge marks are folded away below it', async () => {
    await renderWelcome();
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(steps.map((step) => within(step).getAllByRole('heading')[0]?.textContent)).toEqual([
      'Handrest is counting now',
      'Keep the button in sight',
      'Choose your break plan',
      'All set',
    ]);
    expect(within(steps[0] as HTMLElement).getByText(/It never reads/)).toBeTruthy();
    expect(within(steps[1] as HTMLElement).getByText(/the pin next to Handrest/)).toBeTruthy();
    expect(within(steps[2] as HTMLElement).getAllByRole('button', { pressed: false }).length + within(steps[2] as HTMLElement).getAllByRole('button', { pressed: true }).length).toBe(3);
    const start = screen.getByRole('button', { name: 'Start typing' });
    expect(start.closest('ol'), 'the action is not inside a step: it stays in sight').toBeNull();
    const legend = document.querySelector('details') as HTMLDetailsElement;
    expect(legend.open).toBe(false);
    expect(legend.querySelector('summary')?.textContent).toBe('The toolbar badge');
    for (const mark of ['12', '12~', '31!', '12!', '4h', 'II', 'zz', 'off']) expect(within(legend).getByText(mark, { selector: '.badge-sample' })).toBeTruthy();
    const order = [...document.querySelectorAll('ol, .welcome-actions, details')];
    expect(order.map((element) => element.tagName)).toEqual(['OL', 'DIV', 'DETAILS']);
  });

  it('stores the break plan chosen, and shows the one in force', async () => {
    await renderWelcome();
    const plan = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name} `) });
    expect(plan('Recommended').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(plan('Gentle'));
    await waitFor(async () => expect(presetOf(await storedSettings())).toBe('gentle'));
    expect((await storedSettings()).breakAfterMin).toBe(PRESETS.gentle.breakAfterMin);
    expect(await screen.findByText('Saved. You can change it any time in the settings.')).toBeTruthy();
    await waitFor(() => expect(plan('Gentle').getAttribute('aria-pressed')).toBe('true'));
  });

  it('says whether notifications are allowed or blocked', async () => {
    fakeBrowser.notifications.getPermissionLevel = (() => Promise.resolve('denied')) as never;
    await renderWelcome();
    expect(await screen.findByText(/Notifications are blocked for Handrest/)).toBeTruthy();
  });
});
