// Trust by sender, through the real background on the fake browser: only Handrest's own pages may
// act, only its content scripts may report typing, and no one else may say anything; a report
// holds no more than a content script keeps, no hole, and a tab sends no more of them than typing
// does. Whatever is refused is refused whole: the reply says so and storage is as it was.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { senderKind, type Sender } from '@/utils/protocol/senders';
import { REFUSED } from '@/utils/protocol/reply';
import { REPORTS_PER_MINUTE } from '@/utils/protocol/report-budget';
import { MAX_BUFFERED_KEYSTROKES } from '@/utils/typing/activity-timing';
import { MINUTE, SECOND } from '@/utils/helpers/time';
import type { UserAction } from '@/utils/protocol/messages';
import { runOnFakeClock, seedTracker, settle, startBackground } from '../support/background-harness';
import { sendAs, senders } from '../support/senders';
import { burst, makeSettings, makeTrackerState, MONDAY_9AM, storedWeek, streakState } from '../support/fixtures';
import { localDayKey } from '@/utils/helpers/time';

const SELF = { id: 'handrest-id', origin: 'chrome-extension://handrest-id/' };

describe('who a sender is', () => {
  it.each<[string, ReturnType<typeof senderKind>, Sender]>([
    ['the popup', 'page', { id: SELF.id, url: `${SELF.origin}popup.html` }],
    ['the break view in a tab', 'page', { id: SELF.id, url: `${SELF.origin}break.html`, tab: { id: 3 } }],
    ['our script in a web page', 'content-script', { id: SELF.id, url: 'https://mail.example.com/inbox', tab: { id: 3 } }],
    ['our script in an about:blank frame', 'content-script', { id: SELF.id, url: 'about:blank', tab: { id: 3 } }],
    ['a page under a look-alike address', 'content-script', { id: SELF.id, url: 'chrome-extension://handrest-id.evil/popup.html', tab: { id: 3 } }],
    ['another extension', 'stranger', { id: 'other', url: 'chrome-extension://other/page.html' }],
    ['another extension in a tab', 'stranger', { id: 'other', url: 'https://mail.example.com/', tab: { id: 3 } }],
    ['a sender with no id', 'stranger', { url: `${SELF.origin}popup.html` }],
    ['our id, no tab, not our page', 'stranger', { id: SELF.id, url: 'https://mail.example.com/' }],
  ])('%s is a %s', (_name, kind, sender) => {
    expect(senderKind(sender, SELF)).toBe(kind);
  });
});

describe('the background by sender', () => {
  runOnFakeClock();

  const rawStorage = () => fakeBrowser.storage.local.get(null);

  /** A background with a week of history and a streak going, as a person's would be. */
  async function backgroundWithData() {
    await seedTracker(makeTrackerState({ typing: streakState(12 * MINUTE, MONDAY_9AM - SECOND) }), makeSettings());
    await fakeBrowser.storage.local.set(storedWeek(localDayKey(MONDAY_9AM)));
    await startBackground();
    return rawStorage();
  }

  const ACTIONS: UserAction[] = [
    { type: 'delete-all' },
    { type: 'save-settings', settings: makeSettings({ excludedSites: ['example.test'] }) },
    { type: 'import', mode: 'merge', days: [], settings: makeSettings() },
    { type: 'pause', until: MONDAY_9AM + 24 * 60 * MINUTE },
    { type: 'tip-seen', id: 'micro-pause' },
    { type: 'start-break' },
    { type: 'snooze' },
  ];

  it.each(ACTIONS.map((action) => [action.type, action] as const))('a content script may not ask for "%s": refused, nothing changes', async (_type, action) => {
    const before = await backgroundWithData();
    expect(await sendAs(action, senders.contentScript())).toEqual({ ok: false, refused: REFUSED.sender });
    await settle();
    expect(await rawStorage()).toEqual(before);
  });

  it.each(ACTIONS.map((action) => [action.type, action] as const))('another extension may not ask for "%s" either', async (_type, action) => {
    const before = await backgroundWithData();
    expect(await sendAs(action, senders.stranger())).toEqual({ ok: false, refused: REFUSED.sender });
    await settle();
    expect(await rawStorage()).toEqual(before);
  });

  it('a page of Handrest may act, from the popup or from a tab', async () => {
    await backgroundWithData();
    expect(await sendAs({ type: 'snooze' }, senders.page())).toEqual({ ok: true });
    expect(await sendAs({ type: 'drink' }, senders.page('/history-page.html', true))).toEqual({ ok: true });
  });

  it('keystroke reports come only from content scripts: a page or a stranger reporting typing is refused', async () => {
    const before = await backgroundWithData();
    const report = { type: 'keystrokes', times: burst(MONDAY_9AM - 3 * SECOND, 10) };
    expect(await sendAs(report, senders.page())).toEqual({ ok: false, refused: REFUSED.sender });
    expect(await sendAs(report, senders.stranger())).toEqual({ ok: false, refused: REFUSED.sender });
    await settle();
    expect(await rawStorage()).toEqual(before);
    expect(await sendAs(report, senders.contentScript())).toMatchObject({ ok: true });
  });

  it('a report holds no more keystrokes than a content script keeps, and no hole', async () => {
    const before = await backgroundWithData();
    const tooMany = Array.from({ length: MAX_BUFFERED_KEYSTROKES + 1 }, (_, index) => MONDAY_9AM - 4 * MINUTE + index * 200);
    expect(await sendAs({ type: 'keystrokes', times: tooMany }, senders.contentScript())).toEqual({ ok: false, refused: REFUSED.malformed });
    const holed = [MONDAY_9AM - 2 * SECOND, MONDAY_9AM - SECOND];
    holed[5] = MONDAY_9AM;
    expect(await sendAs({ type: 'keystrokes', times: holed }, senders.contentScript())).toEqual({ ok: false, refused: REFUSED.malformed });
    expect(await sendAs({ type: 'keystrokes', times: [] }, senders.contentScript())).toEqual({ ok: false, refused: REFUSED.malformed });
    await settle();
    expect(await rawStorage()).toEqual(before);
    const most = tooMany.slice(1);
    expect(await sendAs({ type: 'keystrokes', times: most }, senders.contentScript())).toMatchObject({ ok: true });
  });

  it(`a tab sends no more than ${REPORTS_PER_MINUTE} reports a minute: the rest are refused whole, other tabs go on, and a minute later so does it`, async () => {
    await backgroundWithData();
    const report = (at: number) => ({ type: 'keystrokes', times: [at] });
    for (let index = 0; index < REPORTS_PER_MINUTE; index += 1) {
      vi.setSystemTime(MONDAY_9AM + index * 100);
      expect(await sendAs(report(MONDAY_9AM + index * 100), senders.contentScript(undefined, 5))).toMatchObject({ ok: true });
    }
    const before = await rawStorage();
    expect(await sendAs(report(Date.now()), senders.contentScript(undefined, 5))).toEqual({ ok: false, refused: REFUSED.flood });
    await settle();
    expect(await rawStorage()).toEqual(before);
    expect(await sendAs(report(Date.now()), senders.contentScript(undefined, 6))).toMatchObject({ ok: true });
    vi.setSystemTime(MONDAY_9AM + MINUTE + SECOND);
    expect(await sendAs(report(Date.now()), senders.contentScript(undefined, 5))).toMatchObject({ ok: true });
  });

  it('a tip seen is one of Handrest\'s: any other string is refused, whatever its size', async () => {
    const before = await backgroundWithData();
    for (const id of ['not-a-tip', 'x'.repeat(1_000_000), '__proto__']) {
      expect(await sendAs({ type: 'tip-seen', id }, senders.page())).toEqual({ ok: false, refused: REFUSED.malformed });
    }
    await settle();
    expect(await rawStorage()).toEqual(before);
  });
});
