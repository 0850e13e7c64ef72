// The settings in force after one input, from their three sources: what the person set on this
// computer (a save, an import, "delete all data"), what came in from their other computers
// through the browser's sync, and the organisation's policy, which gives the defaults and holds
// the locked settings whatever the other two say. Also what the sync state becomes as writes go
// out and the person turns sync on or off or names this computer. Pure: the background reads and
// writes the browser's sync and managed storage (entrypoints/background/sync.ts).

import { defaultSettings, type Settings } from '../settings/settings';
import { sameValue } from '../helpers/same-value';
import { isLocked, withPolicy, type Policy } from '../settings/policy';
import type { StoredState } from '../store/stored-state';
import type { TrackerInput } from '../tracker/tracker-state';
import { changedAtOf, changedSettings, countWrite, INITIAL_SYNC_STATE, noteLocalChanges, RETRY_AFTER_MS, writeAllowedAt, type SyncProblem, type SyncState } from './sync-state';
import { incomingSettings, newerHere, outgoingSettings, type Outgoing } from './synced-settings';
import { SETTING_KEYS } from '../settings/setting-fields';
import type { DeviceInput } from './device-publishing';

/** What the background learns from the browser about sync and policy, applied like any input. */
export type SyncInput =
  /** The settings' items of the sync area, as read after a change there or at start. */
  | { type: 'sync-arrived'; area: Record<string, unknown> }
  /** The organisation's policy, as read from managed storage at start or after a change. */
  | { type: 'policy-read'; policy: Policy }
  /** A write of the unsent settings went out (`sent`, with what was too large), or was refused. */
  | { type: 'sync-sent'; sent: Outgoing }
  | { type: 'sync-refused'; kind: Exclude<SyncProblem['kind'], 'too-large'>; retryAt: number }
  | DeviceInput;

export type BackgroundInput = TrackerInput | SyncInput;

export interface SettingsLayers {
  settings: Settings;
  sync: SyncState;
  policy: Policy;
}

const layersOf = ({ settings, sync, policy }: StoredState): SettingsLayers => ({ settings, sync, policy });

/** The person's settings here: each changed one dated `now` and due to go out, locked ones held. */
function changedHere(before: SettingsLayers, wanted: Settings, now: number): SettingsLayers {
  const keys = changedSettings(before.settings, wanted).filter((key) => !isLocked(before.policy, key));
  const sync = noteLocalChanges(before.sync, before.settings, keys, now);
  return { ...before, settings: withPolicy(wanted, changedAtOf(sync, wanted), before.policy), sync };
}

/** What came from the sync area: each later, valid, unlocked setting taken; what this computer changed later goes back out. */
function arrived(before: SettingsLayers, area: Record<string, unknown>, now: number): SettingsLayers {
  const incoming = incomingSettings(before.settings, before.sync, area, before.policy, now);
  const newer = newerHere(incoming.settings, incoming.sync, area, now).filter((key) => !incoming.sync.unsent.includes(key));
  const unsent = newer.length === 0 ? incoming.sync.unsent : SETTING_KEYS.filter((key) => newer.includes(key) || incoming.sync.unsent.includes(key));
  const sync = unsent === incoming.sync.unsent ? incoming.sync : { ...incoming.sync, unsent, sendAt: incoming.sync.sendAt ?? now };
  return { ...before, settings: withPolicy(incoming.settings, changedAtOf(sync, incoming.settings), before.policy), sync };
}

/** The sync state after a write of the unsent settings: those too large stay here, and say so. */
function sent(sync: SyncState, { tooLarge }: Outgoing, now: number): SyncState {
  const problem: SyncProblem | null = tooLarge[0] === undefined ? null : { kind: 'too-large', key: tooLarge[0], at: now };
  return { ...sync, unsent: [], sendAt: null, writes: countWrite(sync.writes, now), problem, syncedAt: now };
}

/**
 * Turning sync off keeps the settings and forgets what was due to go out (the background removes
 * the synced copy); turning it on sends every setting changed here, and reads what the other
 * computers have (the background does that read).
 */
function switched(sync: SyncState, settings: Settings, enabled: boolean, now: number): SyncState {
  if (enabled === sync.enabled) return sync;
  if (!enabled) return { ...sync, enabled, unsent: [], sendAt: null, problem: null };
  const changedAt = changedAtOf(sync, settings);
  const unsent = SETTING_KEYS.filter((key) => key in changedAt);
  return { ...sync, enabled, unsent, sendAt: unsent.length > 0 ? now : null };
}

/** The settings, the sync state and the policy after one input at `now`. */
export function layersAfter(input: BackgroundInput, state: StoredState, now: number): SettingsLayers {
  const before = layersOf(state);
  switch (input.type) {
    case 'save-settings':
      return changedHere(before, input.settings, now);
    case 'import':
      return input.settings === null ? before : changedHere(before, input.settings, now);
    case 'delete-all':
      // Sync stays as the person set it; everything else about it is forgotten, this computer's id
      // too; no setting was changed (so none is taken for the person's, whatever the policy gives).
      return { ...before, settings: withPolicy(defaultSettings(), {}, before.policy), sync: { ...INITIAL_SYNC_STATE, enabled: before.sync.enabled, changedAt: {} } };
    case 'sync-arrived':
      return before.sync.enabled ? arrived(before, input.area, now) : before;
    case 'policy-read': {
      // The browser says the managed area changed with the same policy (Chromium does, once, a few seconds after it starts).
      if (sameValue(input.policy, before.policy)) return before;
      // Worked out before the policy's values come in, which would be taken for the person's.
      const changedAt = changedAtOf(before.sync, before.settings);
      const sync = before.sync.changedAt === null ? { ...before.sync, changedAt } : before.sync;
      return { settings: withPolicy(before.settings, changedAt, input.policy, before.policy), sync, policy: input.policy };
    }
    case 'sync-sent':
      return { ...before, sync: sent(before.sync, input.sent, now) };
    case 'sync-refused': {
      const problem = { kind: input.kind, at: now };
      return { ...before, sync: { ...before.sync, sendAt: input.retryAt, problem } };
    }
    case 'set-sync':
      return { ...before, sync: switched(before.sync, before.settings, input.enabled, now) };
    case 'name-device':
      return { ...before, sync: { ...before.sync, deviceName: input.name } };
    default:
      return before;
  }
}

const SYNC_INPUT_TYPES: ReadonlySet<string> = new Set<SyncInput['type']>(['sync-arrived', 'policy-read', 'sync-sent', 'sync-refused', 'devices-read', 'summary-published']);

export const isSyncInput = (input: BackgroundInput): input is SyncInput => SYNC_INPUT_TYPES.has(input.type);

/** The input the tracker sees: a sync or policy input is a change of settings, whatever changed. */
export const trackerInputOf = (input: BackgroundInput, settings: Settings): TrackerInput => (isSyncInput(input) ? { type: 'save-settings', settings } : input);

/** When a write refused for room or any other failure is tried again. */
export const retryAfterFailure = (now: number): number => now + RETRY_AFTER_MS;

/** What the background does about the unsent settings at `now`: nothing, wait for the write limit, or send these. */
export type SendStep = { type: 'nothing' } | { type: 'later'; at: number } | { type: 'send'; outgoing: Outgoing };

export function sendStep({ settings, sync }: StoredState, now: number): SendStep {
  if (!sync.enabled || sync.unsent.length === 0 || sync.sendAt === null || sync.sendAt > now) return { type: 'nothing' };
  const allowedAt = writeAllowedAt(sync.writes, now);
  return allowedAt > now ? { type: 'later', at: allowedAt } : { type: 'send', outgoing: outgoingSettings(settings, sync) };
}

/** When the background must wake to send, or null. */
export const sendDueAt = (sync: SyncState): number | null => (sync.enabled && sync.unsent.length > 0 ? sync.sendAt : null);
