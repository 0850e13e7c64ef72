import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
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
  it('says what is counted and never read, what each badge mark means, and how to pin the button', async () => {
    await renderWelcome();
    expect(screen.getByText(/It never reads/)).toBeTruthy();
    for (const mark of ['12', '12~', '31!', '12!', '4h', 'II', 'zz', 'off']) expect(screen.getByText(mark, { selector: '.badge-sample' })).toBeTruthy();
    expect(screen.getByText(/the pin next to Handrest/)).toBeTruthy();
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
