// The history page with the person's other computers: no choice and no list while there is only
// this one; with two more, "This computer" or "All your computers" (remembered through the
// background), the sums per day with only the columns a summary carries, and the list of
// computers with when each was last seen; the popup follows the choice, and its daily limit's time
// left counts the other computers when the setting says so.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/history-page/App';
import { App as Popup } from '@/entrypoints/popup/App';
import { readStoredState } from '@/utils/browser/storage';
import { deviceItemKey, type DeviceSummary } from '@/utils/sync/device-summary';
import { renderPage, installPageTestClock } from '../support/page-harness';
import { seedStorage } from '../support/background-harness';
import { computersOf, dayWith, deviceDay, deviceItemOf, makeSettings, makeTrackerState, otherDevice } from '../support/fixtures';

const NOW = new Date(2026, 10, 25, 15, 0).getTime();
const TODAY_KEY = '2026-11-25';
const TRACKER = makeTrackerState({ history: { today: dayWith(TODAY_KEY, 60), past: [dayWith('2026-11-24', 120)] } });
const LAPTOP = otherDevice(2, 'Laptop', new Date(2026, 10, 25, 13, 30).getTime(), [deviceDay('2026-11-24', 30), deviceDay(TODAY_KEY, 90)]);
const DESK = otherDevice(3, 'Office desk', new Date(2026, 10, 20, 17, 0).getTime(), [deviceDay('2026-11-20', 240)]);

/** The other computers, in the sync area and as this computer mirrored them, shown as `shown`. */
async function seedComputers(others: DeviceSummary[], shown: 'this' | 'all' = 'this'): Promise<void> {
  await fakeBrowser.storage.sync.set(Object.fromEntries(others.map((device) => [deviceItemKey(device.id), deviceItemOf(device)])));
  await seedStorage({ devices: computersOf(others, shown) });
}

/** The typing time the page's summary shows (the column help has a "Typing" too). */
const typingFigure = () => within(document.querySelector('dl.summary') as HTMLElement).getAllByRole('definition')[0]?.textContent;

describe('the history page with other computers', () => {
  installPageTestClock(NOW);

  it('with only this computer: no choice of computers and no list', async () => {
    await renderPage(<App />, TRACKER, makeSettings());
    await screen.findByRole('heading', { name: 'Last 7 days' });
    expect(screen.queryByRole('group', { name: 'Computers shown' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Your computers' })).toBeNull();
  });

  it('lists the computers, this one first under its default name, each other with when it was last seen', async () => {
    await seedComputers([LAPTOP, DESK]);
    await renderPage(<App />, TRACKER, makeSettings());
    const list = within((await screen.findByRole('heading', { name: 'Your computers' })).parentElement as HTMLElement).getAllByRole('listitem');
    await waitFor(() => expect(list[0]?.textContent).toBe('Chrome on Linuxthis computer'));
    expect(list[1]?.textContent).toMatch(/^Laptoplast seen .*Nov.*25/);
    expect(list[2]?.textContent).toMatch(/^Office desklast seen .*Nov.*20/);
  });

  it('“All your computers” sums each day over every computer, shows only the columns a summary carries, and is remembered', async () => {
    await seedComputers([LAPTOP, DESK]);
    await renderPage(<App />, TRACKER, makeSettings());
    await screen.findByRole('group', { name: 'Computers shown' });
    expect(typingFigure()).toBe('3 hr');
    expect(screen.getByRole('button', { name: 'More details' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'All your computers' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'All your computers' }).getAttribute('aria-pressed')).toBe('true'));
    expect((await readStoredState()).devices.shown).toBe('all');
    // 1 h + 2 h here, 2 h on the laptop, 4 h on the desk (within the last 7 days).
    expect(typingFigure()).toBe('9 hr');
    expect(screen.queryByRole('button', { name: 'More details' })).toBeNull();
    const headings = screen.getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headings).toEqual(['Day', 'Typing', 'Breaks', 'Water', 'Taken when asked']);
    const todayRow = screen.getAllByRole('row')[1] as HTMLElement;
    expect(within(todayRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2 hr, 30 min', '5', '8', '2']);
  });

  it('opens with all computers when that was the choice, and shows this computer alone again on request', async () => {
    await seedComputers([LAPTOP], 'all');
    await renderPage(<App />, TRACKER, makeSettings());
    await screen.findByRole('group', { name: 'Computers shown' });
    expect(typingFigure()).toBe('5 hr');
    fireEvent.click(screen.getByRole('button', { name: 'This computer' }));
    await waitFor(() => expect(typingFigure()).toBe('3 hr'));
  });
});

describe('the popup with other computers', () => {
  installPageTestClock(NOW);

  it('shows today on all computers only when that is the history page’s choice', async () => {
    await seedComputers([LAPTOP, DESK], 'all');
    await renderPage(<Popup />, TRACKER, makeSettings());
    expect(await screen.findByText('All your computers today: 2 hr, 30 min')).toBeTruthy();
  });

  it('shows nothing of them with this computer chosen', async () => {
    await seedComputers([LAPTOP, DESK]);
    await renderPage(<Popup />, TRACKER, makeSettings());
    await screen.findByRole('heading', { name: 'Handrest' });
    await waitFor(() => expect(document.querySelector('main')?.getAttribute('aria-busy')).toBeNull());
    expect(screen.queryByText(/All your computers today/)).toBeNull();
  });
});
