// The settings across computers and under a policy, in the pure core: two computers changing
// different settings keep both, the same setting goes to the later change, a computer back after
// weeks offline, the debounce and the write limits on a simulated clock, refusals keeping the
// local value, and locked settings through saves, imports and sync.
import { describe, expect, it } from 'vitest';
import { layersAfter, sendStep, type BackgroundInput } from '@/utils/sync/settings-in-force';
import { INITIAL_SYNC_STATE, MAX_WRITES_PER_HOUR, MAX_WRITES_PER_MINUTE, SEND_DELAY_MS } from '@/utils/sync/sync-state';
import { MAX_SYNC_ITEM_BYTES, syncedSettingKey, syncItemBytes } from '@/utils/sync/synced-settings';
import { policyFrom } from '@/utils/settings/policy';
import { initialStoredState, type StoredState } from '@/utils/store/stored-state';
import { defaultSettings, type Settings } from '@/utils/settings/settings';
import { DAY, HOUR, MINUTE, SECOND } from '@/utils/helpers/time';
import { driveTracker, longestHosts, makeSettings, MONDAY_9AM, typeFor } from '../support/fixtures';

/** One computer: its stored state, stepped through inputs the way the background applies them. */
class Computer {
  state: StoredState;
  constructor(state: Partial<StoredState> = {}) {
    this.state = { ...initialStoredState(), ...state };
  }

  apply(input: BackgroundInput, now: number): this {
    this.state = { ...this.state, ...layersAfter(input, this.state, now) };
    return this;
  }

  save(changes: Partial<Settings>, now: number): this {
    return this.apply({ type: 'save-settings', settings: { ...this.state.settings, ...changes } }, now);
  }

  /** Sends what is due into `area` (a shared sync area) when its moment has come; returns whether it wrote. */
  sendInto(area: Record<string, unknown>, now: number): boolean {
    const step = sendStep(this.state, now);
    if (step.type !== 'send') return false;
    Object.assign(area, step.outgoing.items);
    this.apply({ type: 'sync-sent', sent: step.outgoing }, now);
    return true;
  }

  receive(area: Record<string, unknown>, now: number): this {
    return this.apply({ type: 'sync-arrived', area: { ...area } }, now);
  }
}

const T0 = MONDAY_9AM;

describe('settings across computers', () => {
  it('two computers changing different settings keep both', () => {
    const area: Record<string, unknown> = {};
    const laptop = new Computer().save({ breakAfterMin: 45 }, T0);
    const desk = new Computer().save({ snoozeMin: 20 }, T0 + MINUTE);
    expect(laptop.sendInto(area, T0 + SEND_DELAY_MS)).toBe(true);
    expect(desk.sendInto(area, T0 + MINUTE + SEND_DELAY_MS)).toBe(true);
    laptop.receive(area, T0 + 2 * MINUTE);
    desk.receive(area, T0 + 2 * MINUTE);
    for (const computer of [laptop, desk]) {
      expect(computer.state.settings).toEqual(makeSettings({ breakAfterMin: 45, snoozeMin: 20 }));
    }
  });

  it('the same setting goes to the later change, whatever order the writes arrive in', () => {
    const area: Record<string, unknown> = {};
    const laptop = new Computer().save({ breakAfterMin: 45 }, T0 + MINUTE);
    const desk = new Computer().save({ breakAfterMin: 60 }, T0);
    laptop.sendInto(area, T0 + MINUTE + SEND_DELAY_MS);
    const laptopsWrite = { ...area };
    desk.sendInto(area, T0 + HOUR);
    // The desk's older change overwrote the item; the laptop, reading it, keeps its own later one and sends it again.
    laptop.receive(area, T0 + HOUR);
    expect(laptop.state.settings.breakAfterMin).toBe(45);
    expect(laptop.state.sync.unsent).toEqual(['breakAfterMin']);
    desk.receive(laptopsWrite, T0 + HOUR);
    expect(desk.state.settings.breakAfterMin).toBe(45);
  });

  it('a computer back after weeks offline takes what changed since and sends what it changed later', () => {
    const area: Record<string, unknown> = {};
    const away = new Computer().save({ breakAfterMin: 40 }, T0);
    const home = new Computer();
    home.save({ breakAfterMin: 50, snoozeMin: 15 }, T0 + DAY).sendInto(area, T0 + DAY + SEND_DELAY_MS);
    // Offline for three weeks, the away computer changed the snooze after the home one did.
    away.save({ snoozeMin: 25 }, T0 + 10 * DAY);
    away.receive(area, T0 + 21 * DAY);
    expect(away.state.settings).toEqual(makeSettings({ breakAfterMin: 50, snoozeMin: 25 }));
    expect(away.state.sync.unsent).toEqual(['snoozeMin']);
    away.sendInto(area, T0 + 21 * DAY);
    home.receive(area, T0 + 21 * DAY + SECOND);
    expect(home.state.settings).toEqual(makeSettings({ breakAfterMin: 50, snoozeMin: 25 }));
  });

  it('a change waits for the next one: a burst of saves is one write, SEND_DELAY_MS after the last', () => {
    const area: Record<string, unknown> = {};
    const computer = new Computer();
    for (let second = 0; second < 5; second += 1) computer.save({ breakAfterMin: 40 + second }, T0 + second * SECOND);
    const last = T0 + 4 * SECOND;
    expect(computer.sendInto(area, last + SEND_DELAY_MS - 1)).toBe(false);
    expect(computer.sendInto(area, last + SEND_DELAY_MS)).toBe(true);
    expect(area).toEqual({ [syncedSettingKey('breakAfterMin')]: { v: 44, at: last } });
    expect(computer.state.sync.writes.inMinute).toBe(1);
  });

  it('keeps within its write limits a minute and an hour: past them, the write waits for the window to end', () => {
    const area: Record<string, unknown> = {};
    const computer = new Computer();
    let now = T0;
    let writes = 0;
    const saveAndSend = () => {
      computer.save({ snoozeMin: (writes % 50) + 1 }, now);
      now += SEND_DELAY_MS;
      if (computer.sendInto(area, now)) writes += 1;
    };
    for (let round = 0; round < MAX_WRITES_PER_MINUTE; round += 1) saveAndSend();
    expect(writes).toBe(MAX_WRITES_PER_MINUTE);
    computer.save({ snoozeMin: 60 }, now);
    const waiting = sendStep(computer.state, now + SEND_DELAY_MS);
    expect(waiting).toEqual({ type: 'later', at: T0 + SEND_DELAY_MS + MINUTE });
    // Hour after hour of saves every two seconds never pass the hour's limit.
    for (let round = 0; round < 3 * MAX_WRITES_PER_HOUR; round += 1) {
      const step = sendStep(computer.state, now);
      if (step.type === 'later') {
        computer.apply({ type: 'sync-refused', kind: 'rate', retryAt: step.at }, now);
        now = step.at;
      }
      saveAndSend();
    }
    const { hourFrom, inHour } = computer.state.sync.writes;
    expect(inHour).toBeLessThanOrEqual(MAX_WRITES_PER_HOUR);
    expect(now - hourFrom).toBeLessThan(HOUR);
  });

  it('a write refused for room keeps the local value and what is unsent, says why, and tries again later', () => {
    const computer = new Computer().save({ breakAfterMin: 45 }, T0);
    computer.apply({ type: 'sync-refused', kind: 'quota', retryAt: T0 + 10 * MINUTE }, T0 + SEND_DELAY_MS);
    expect(computer.state.settings.breakAfterMin).toBe(45);
    expect(computer.state.sync).toMatchObject({ unsent: ['breakAfterMin'], sendAt: T0 + 10 * MINUTE, problem: { kind: 'quota', at: T0 + SEND_DELAY_MS } });
    expect(sendStep(computer.state, T0 + 10 * MINUTE - 1)).toEqual({ type: 'nothing' });
    const area: Record<string, unknown> = {};
    expect(computer.sendInto(area, T0 + 10 * MINUTE)).toBe(true);
    expect(computer.state.sync.problem).toBeNull();
  });

  it('a setting too large for one item of the sync area stays on this computer, and says which', () => {
    const hosts = longestHosts(200);
    expect(syncItemBytes(syncedSettingKey('excludedSites'), { v: hosts, at: T0 })).toBeGreaterThan(MAX_SYNC_ITEM_BYTES);
    const area: Record<string, unknown> = {};
    const computer = new Computer().save({ excludedSites: hosts, snoozeMin: 20 }, T0);
    computer.sendInto(area, T0 + SEND_DELAY_MS);
    expect(Object.keys(area)).toEqual([syncedSettingKey('snoozeMin')]);
    expect(computer.state.settings.excludedSites).toEqual(hosts);
    expect(computer.state.sync.problem).toEqual({ kind: 'too-large', key: 'excludedSites', at: T0 + SEND_DELAY_MS });
  });

  it('reads only the settings\' items, each checked as the form would: a bad or foreign value is never taken', () => {
    const computer = new Computer();
    const area = {
      [syncedSettingKey('breakAfterMin')]: { v: 1, at: T0 },
      [syncedSettingKey('snoozeMin')]: 'twenty',
      [syncedSettingKey('excludedSites')]: { v: ['not a host!'], at: T0 },
      [syncedSettingKey('renudgeMin')]: { v: 10, at: -5 },
      [syncedSettingKey('typingGapSec')]: { v: 7, at: T0 },
      'setting.__proto__': { v: 1, at: T0 },
      elsewhere: { v: 2, at: T0 },
    };
    computer.receive(area, T0 + MINUTE);
    expect(computer.state.settings).toEqual(makeSettings({ typingGapSec: 7 }));
  });

  it('a change dated far past this computer\'s clock is taken as dated a day ahead, so a clock set wrong cannot win every later change', () => {
    const computer = new Computer().receive({ [syncedSettingKey('snoozeMin')]: { v: 20, at: T0 + 365 * DAY } }, T0);
    expect(computer.state.sync.changedAt?.snoozeMin).toBe(T0 + DAY);
    computer.save({ snoozeMin: 30 }, T0 + 2 * DAY);
    expect(computer.state.settings.snoozeMin).toBe(30);
  });

  it('turned off, nothing goes out; turned on again, every setting changed here goes out at once', () => {
    const computer = new Computer().save({ breakAfterMin: 45 }, T0);
    computer.apply({ type: 'set-sync', enabled: false }, T0 + SECOND);
    expect(sendStep(computer.state, T0 + HOUR)).toEqual({ type: 'nothing' });
    computer.save({ snoozeMin: 20 }, T0 + HOUR);
    expect(sendStep(computer.state, T0 + 2 * HOUR)).toEqual({ type: 'nothing' });
    expect(computer.receive({ [syncedSettingKey('snoozeMin')]: { v: 30, at: T0 + 3 * HOUR } }, T0 + 3 * HOUR).state.settings.snoozeMin).toBe(20);
    computer.apply({ type: 'set-sync', enabled: true }, T0 + 4 * HOUR);
    const area: Record<string, unknown> = {};
    expect(computer.sendInto(area, T0 + 4 * HOUR)).toBe(true);
    expect(Object.keys(area).sort()).toEqual([syncedSettingKey('breakAfterMin'), syncedSettingKey('snoozeMin')]);
  });

  it('an install from before sync sends the settings it had changed, dated so that any change elsewhere wins', () => {
    const computer = new Computer({ settings: makeSettings({ breakAfterMin: 45 }) });
    const area: Record<string, unknown> = { [syncedSettingKey('snoozeMin')]: { v: 20, at: T0 - DAY } };
    computer.receive(area, T0);
    expect(computer.state.settings).toEqual(makeSettings({ breakAfterMin: 45, snoozeMin: 20 }));
    computer.sendInto(area, T0);
    expect(area[syncedSettingKey('breakAfterMin')]).toEqual({ v: 45, at: 0 });
    expect(new Computer().save({ breakAfterMin: 30, snoozeMin: 25 }, T0).state.settings.breakAfterMin).toBe(30);
  });
});

describe('settings under a policy', () => {
  const policy = policyFrom({ breakAfterMin: 45, lockedSettings: ['breakAfterMin'], snoozeMin: 20, hydrationIntervalMin: 999 });

  it('a managed value is the default, a locked one the value, and neither a save, an import nor sync changes a locked one', () => {
    const computer = new Computer().apply({ type: 'policy-read', policy }, T0);
    expect(computer.state.settings).toEqual(makeSettings({ breakAfterMin: 45, snoozeMin: 20 }));
    computer.save({ breakAfterMin: 90, snoozeMin: 5 }, T0 + MINUTE);
    expect(computer.state.settings).toEqual(makeSettings({ breakAfterMin: 45, snoozeMin: 5 }));
    expect(computer.state.sync.unsent).toEqual(['snoozeMin']);
    computer.apply({ type: 'import', mode: 'merge', days: [], settings: makeSettings({ breakAfterMin: 120 }) }, T0 + 2 * MINUTE);
    expect(computer.state.settings.breakAfterMin).toBe(45);
    computer.receive({ [syncedSettingKey('breakAfterMin')]: { v: 150, at: T0 + HOUR } }, T0 + HOUR);
    expect(computer.state.settings.breakAfterMin).toBe(45);
  });

  it('a locked "break after" of 45 minutes is when the break nudge comes, however the person saved it', () => {
    const computer = new Computer().apply({ type: 'policy-read', policy }, T0).save({ breakAfterMin: 30 }, T0);
    const firstBreakAt = (settings: Settings) =>
      driveTracker(typeFor(T0, 50 * MINUTE), T0 + 50 * MINUTE, { ...settings, microPauseAfterMin: 'off' }).shown.find(({ kind }) => kind === 'break')?.at;
    const underPolicy = firstBreakAt(computer.state.settings);
    expect(underPolicy).toBe(firstBreakAt(makeSettings({ breakAfterMin: 45 })));
    expect(underPolicy).toBeGreaterThan(T0 + 45 * MINUTE - 1);
    expect(firstBreakAt(makeSettings({ breakAfterMin: 30 }))).toBeLessThan(T0 + 45 * MINUTE);
  });

  it('the person\'s own change wins over a managed default; a value the policy stops giving goes back to the default', () => {
    const computer = new Computer().apply({ type: 'policy-read', policy }, T0).save({ snoozeMin: 5 }, T0 + MINUTE);
    computer.apply({ type: 'policy-read', policy: policyFrom({ snoozeMin: 30, hydrationIntervalMin: 90 }) }, T0 + HOUR);
    expect(computer.state.settings).toEqual(makeSettings({ snoozeMin: 5, hydrationIntervalMin: 90 }));
    computer.apply({ type: 'policy-read', policy: policyFrom({}) }, T0 + 2 * HOUR);
    expect(computer.state.settings).toEqual(makeSettings({ snoozeMin: 5 }));
  });

  it('leaves alone a setting the policy never gave, even one the sync state does not know was changed', () => {
    const computer = new Computer({ settings: makeSettings({ workingHoursEnabled: true }), sync: { ...INITIAL_SYNC_STATE, changedAt: {} } });
    computer.apply({ type: 'policy-read', policy }, T0).save({ snoozeMin: 5 }, T0 + MINUTE);
    expect(computer.state.settings).toEqual(makeSettings({ workingHoursEnabled: true, breakAfterMin: 45, snoozeMin: 5 }));
  });

  it('on an install from before the policy, the person\'s earlier changes stay theirs', () => {
    const computer = new Computer({ settings: makeSettings({ snoozeMin: 5 }) });
    computer.apply({ type: 'policy-read', policy }, T0);
    computer.apply({ type: 'policy-read', policy: policyFrom({ breakAfterMin: 50, snoozeMin: 25 }) }, T0 + HOUR);
    expect(computer.state.settings).toEqual(makeSettings({ breakAfterMin: 50, snoozeMin: 5 }));
  });

  it('"delete all data" leaves the organisation\'s values, and nothing taken for the person\'s', () => {
    const computer = new Computer().apply({ type: 'policy-read', policy }, T0).save({ snoozeMin: 5 }, T0);
    computer.apply({ type: 'delete-all' }, T0 + MINUTE);
    expect(computer.state.settings).toEqual(makeSettings({ breakAfterMin: 45, snoozeMin: 20 }));
    computer.apply({ type: 'policy-read', policy: policyFrom({}) }, T0 + HOUR);
    expect(computer.state.settings).toEqual(defaultSettings());
    expect(computer.state.sync).toEqual({ ...INITIAL_SYNC_STATE, changedAt: {} });
  });
});
