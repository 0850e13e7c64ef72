// The background wires browser events to the tracker and the tracker's results to the badge
// and notifications. Every listener is registered synchronously in main(), so the event that
// woke a stopped service worker (or Firefox event page) is not missed; all state is in storage,
// and this is its only writer: each event is read, applied and written under one serial queue.

import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { applyInput, customPlanAfter } from '@/utils/tracker/tracker';
import { effectsOf, withTabsMuted, type Effect } from '@/utils/tracker/effects';
import { SYSTEM_IDLE_DETECTION_MS } from '@/utils/typing/system-activity';
import { parseMessage, type Message, type UserAction } from '@/utils/protocol/messages';
import { REFUSED, type Reply } from '@/utils/protocol/reply';
import { mayAsk, senderKind } from '@/utils/protocol/senders';
import { admitReport, EMPTY_BUDGET, type ReportBudget } from '@/utils/protocol/report-budget';
import { badgeFor } from '@/utils/tracker/badge';
import { badgeWords } from '@/utils/words/badge-words';
import { heldText } from '@/utils/words/held-text';
import { statusOf } from '@/utils/tracker/status';
import { answerReport } from '@/utils/tracker/report-cadence';
import type { NudgeKind } from '@/utils/breaks/break-events';
import { hostOf, isListedHost } from '@/utils/settings/host-list';
import { readStoredState, writeStoredState } from '@/utils/browser/storage';
import { mayChangeQuiet, readQuietSignals } from '@/utils/browser/quiet-signals';
import type { Settings } from '@/utils/settings/settings';
import type { TrackerInput, TrackerState } from '@/utils/tracker/tracker-state';
import { isSyncInput, layersAfter, retryAfterFailure, sendDueAt, sendStep, trackerInputOf, type BackgroundInput } from '@/utils/sync/settings-in-force';
import { isSyncedSettingKey } from '@/utils/sync/synced-settings';
import { isBreakViewInFront, openBreakView, openExtensionPage } from '@/utils/browser/extension-pages';
import { createSerialQueue } from '@/utils/helpers/serial-queue';
import { reportFailure } from '@/utils/helpers/failure';
import { i18n } from '@/utils/browser/i18n';
import { earlier, MINUTE, SECOND } from '@/utils/helpers/time';
import { TICK_ALARM, TICK_PERIOD_MIN, wakeTimerDelay } from '@/utils/tracker/wake-schedule';
import { quietReasonAt } from '@/utils/breaks/quiet-time';
import { NOTIFICATION_BUTTONS, NOTIFICATION_IDS, showBadge, showNotification, showOverNotification } from './deliver';
import { injectIntoOpenTabs, injectsOnInstalled } from './open-tabs';
import { muteAudibleTabs, unmuteTabs } from './break-tabs';
import { logIgnoredPolicy, readPolicy, readSyncArea, refusalKind, removeSyncedCopy, sendToSyncArea } from './sync';
import { ownDeviceKeys, readDeviceArea, thisDeviceName, touchesDevices, writeSummary } from './devices';
import { devicesAfter, mayPublish, publishStep, refusedSummary } from '@/utils/sync/device-publishing';
import { othersTypingOn } from '@/utils/sync/other-devices';
import { localDayKey } from '@/utils/helpers/time';

const enqueue = createSerialQueue();
let wakeTimer: ReturnType<typeof setTimeout> | undefined;
/** The reports each tab sent in the last minute: kept in memory only, to refuse a flood. */
let reportBudget: ReportBudget = EMPTY_BUDGET;

const senderHost = (sender: Browser.runtime.MessageSender): string | null => hostOf(sender.tab?.url ?? sender.url);

/**
 * Reads, applies one input, writes what changed in one call, then carries out what happened:
 * tabs muted as a break starts (their ids are stored with it) and unmuted as it ends, the badge,
 * notifications shown and taken down. Returns, for a keystroke report, until when its tab may
 * report slowly (report-cadence.ts), else null.
 */
async function apply(input: BackgroundInput, fromHost: string | null): Promise<number | null> {
  const now = Date.now();
  const before = await readStoredState();
  if (input.type === 'keystrokes' && fromHost !== null && isListedHost(fromHost, before.settings.excludedSites)) return null;
  const layers = layersAfter(input, before, now);
  const { settings, policy } = layers;
  const { sync, devices } = devicesAfter(input, before.devices, layers.sync, now);
  // What the sync area or the policy said may change nothing (an echo of this computer's own write).
  if (isSyncInput(input) && settings === before.settings && sync === before.sync && devices === before.devices && policy === before.policy) return null;
  const elsewhereMs = othersTypingOn(devices.others, localDayKey(now));
  const trackerInput = trackerInputOf(input, settings);
  const customPlan = customPlanAfter(trackerInput, before.customPlan, before.settings, settings);
  const result = applyInput(before.tracker, await withBrowserFacts(trackerInput, settings), settings, now, elsewhereMs);
  const effects = effectsOf(result.events, settings, quietReasonAt(result.state.quiet, settings, now) !== null);
  const muting = effects.some((effect) => effect.type === 'mute-tabs');
  const applied = muting ? withTabsMuted(result.state, await muteAudibleTabs()) : result.state;
  // The state was just brought to `now`: no second look at the clock is needed for the badge.
  const status = statusOf(applied, settings, now, elsewhereMs);
  const answered = input.type === 'keystrokes' ? answerReport(applied, status, settings, now) : { state: applied, slowUntil: null };
  const tracker = answered.state;
  await writeStoredState(before, { settings, customPlan, tracker, sync, policy, devices });
  for (const effect of effects) if (effect.type === 'unmute-tabs') await unmuteTabs(effect.tabIds);
  await showBadge(badgeFor(status, settings, badgeWords()), i18n.t('badge.title', { state: heldText(status) }));
  await Promise.all(effects.map((effect) => showOrClear(effect, tracker, settings)));
  scheduleWake(earlier(result.nextCheckAt, sendDueAt(sync)), now);
  if (sendStep({ settings, customPlan, tracker, sync, policy, devices }, now).type !== 'nothing') void enqueue(sendDueSettings).catch((error: unknown) => reportFailure('sending settings to the sync area', error));
  if (mayPublish(sync, now)) void enqueue(publishDueSummary).catch((error: unknown) => reportFailure('sending this computer\'s totals to the sync area', error));
  return answered.slowUntil;
}

/** Shows a nudge's notification or takes one down; a failure is logged, and the rest go on. */
async function showOrClear(effect: Effect, state: TrackerState, settings: Settings): Promise<void> {
  if (effect.type === 'notify') {
    await showNotification(effect.nudge, state, settings).catch((error: unknown) => reportFailure(`showing the ${effect.nudge.kind} notification`, error));
  } else if (effect.type === 'notify-over') {
    await sayOver(effect.what).catch((error: unknown) => reportFailure(`saying that the ${effect.what === 'break' ? 'break' : 'micro-pause'} is over`, error));
  } else if (effect.type === 'clear-notification') {
    await browser.notifications.clear(NOTIFICATION_IDS[effect.kind]).catch((error: unknown) => reportFailure(`taking down the ${effect.kind} notification`, error));
  }
}

/** "Break over", unless the person is looking at the break view, which says so itself; "Micro-pause done" always. */
async function sayOver(what: 'break' | 'micro'): Promise<void> {
  if (what === 'break' && (await isBreakViewInFront())) return;
  await showOverNotification(what);
}

/**
 * Sends the unsent settings to the sync area, under the queue, once their moment has come and
 * the write limit allows; a refused write keeps them here, says why, and is tried again later.
 */
async function sendDueSettings(): Promise<void> {
  const now = Date.now();
  const step = sendStep(await readStoredState(), now);
  if (step.type === 'nothing') return;
  if (step.type === 'later') {
    await apply({ type: 'sync-refused', kind: 'rate', retryAt: step.at }, null);
    return;
  }
  try {
    await sendToSyncArea(step.outgoing);
  } catch (error) {
    const kind = refusalKind(error);
    reportFailure('writing settings to the sync area', error);
    await apply({ type: 'sync-refused', kind, retryAt: kind === 'rate' ? now + MINUTE : retryAfterFailure(now) }, null);
    return;
  }
  await apply({ type: 'sync-sent', sent: step.outgoing }, null);
}

/**
 * Sends this computer's summary to the sync area, under the queue, when it changed and its moment
 * has come (device-publishing.ts); a refused write waits for the next moment.
 */
async function publishDueSummary(): Promise<void> {
  const now = Date.now();
  const state = await readStoredState();
  const step = publishStep(state, await thisDeviceName(state.sync.deviceName), crypto.randomUUID(), now);
  if (step.type === 'nothing') return;
  try {
    await writeSummary(step.key, step.item);
  } catch (error) {
    reportFailure('writing this computer\'s totals to the sync area', error);
    await apply({ type: 'summary-published', id: step.id, published: refusedSummary(state.sync, step.published) }, null);
    return;
  }
  await apply({ type: 'summary-published', id: step.id, published: step.published }, null);
}

/** Applies one event under the queue. A failure is logged with the event it was handling, then passed on. */
export function handle(input: BackgroundInput, fromHost: string | null = null): Promise<number | null> {
  return enqueue(() => apply(input, fromHost)).catch((error: unknown) => {
    reportFailure(`handling "${input.type}"`, error);
    throw error;
  });
}

/** For events nobody answers (alarms, idle changes, notification clicks): handle() has logged any failure. */
function handleUnanswered(input: BackgroundInput): void {
  handle(input).catch(() => {
    // Already reported by handle(); there is no sender to pass the failure on to.
  });
}

/**
 * A tick looks at the tabs and windows for quiet time (a tab or window event asks for a tick, and
 * the alarm's tick is the safety net) and, when activity in other apps counts, asks the system
 * whether the user is active, so that turning the setting on (or a missed idle event) is caught
 * within one tick. Read here, under the queue, so that an older look is never applied after a newer one.
 */
async function withBrowserFacts(input: TrackerInput, settings: Settings): Promise<TrackerInput> {
  if (input.type !== 'tick') return input;
  const [signals, system] = await Promise.all([
    readQuietSignals(settings.callSites),
    settings.countOtherApps ? browser.idle.queryState(SYSTEM_IDLE_DETECTION_MS / SECOND) : undefined,
  ]);
  return { type: 'tick', signals, system };
}

const tick = () => handleUnanswered({ type: 'tick' });

function scheduleWake(at: number | null, now: number) {
  clearTimeout(wakeTimer);
  const delay = wakeTimerDelay(at, now);
  if (delay !== null) wakeTimer = setTimeout(tick, delay);
}

/**
 * Why a message is refused before it is applied, or null: malformed, from a sender that may not
 * send it (only Handrest's pages may act, only its content scripts may report typing), or one
 * report too many from its tab.
 */
function refusal(message: Message | null, sender: Browser.runtime.MessageSender, now: number): string | null {
  if (message === null) return REFUSED.malformed;
  if (!mayAsk(senderKind(sender, { id: browser.runtime.id, origin: browser.runtime.getURL('/') }), message)) return REFUSED.sender;
  if (message.type !== 'keystrokes') return null;
  const admitted = admitReport(reportBudget, sender.tab?.id ?? -1, now);
  reportBudget = admitted.budget;
  return admitted.admitted ? null : REFUSED.flood;
}

/** The reply to a message; handle() has logged a failure, the sender learns of it from the reply. */
async function answer(raw: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> {
  const now = Date.now();
  const message = parseMessage(raw, now);
  const refused = refusal(message, sender, now);
  if (refused !== null || message === null) return { ok: false, refused: refused ?? REFUSED.malformed };
  try {
    // This computer's id before the input: "delete all data" forgets it, and its item goes too.
    const ownKeys = message.type === 'set-sync' || message.type === 'delete-all' ? ownDeviceKeys((await readStoredState()).sync.deviceId) : [];
    const slowUntil = await handle(message, message.type === 'keystrokes' ? senderHost(sender) : null);
    // New call sites may make (or end) a call: look at the tabs again.
    if (message.type === 'save-settings' || message.type === 'import') tick();
    if (message.type === 'set-sync' || message.type === 'delete-all') followSyncSwitch(message, ownKeys);
    return slowUntil === null ? { ok: true } : { ok: true, slowUntil };
  } catch (error) {
    return { ok: false, failed: error instanceof Error ? error.message : String(error) };
  }
}

/** Sync turned on reads what the other computers have; turned off, or all data deleted, removes Handrest's synced copy (this computer's totals too). */
function followSyncSwitch(action: Extract<UserAction, { type: 'set-sync' | 'delete-all' }>, ownKeys: readonly string[]) {
  const done = action.type === 'set-sync' && action.enabled ? Promise.all([pullSyncedSettings(), pullDevices()]) : removeSyncedCopy(ownKeys);
  done.catch((error: unknown) => reportFailure(action.type === 'set-sync' && action.enabled ? 'reading the sync area' : 'removing the synced copy', error));
}

/** Reads the settings' items of the sync area and applies them (later changes win, field by field, so reads may land in any order). */
async function pullSyncedSettings(): Promise<void> {
  handleUnanswered({ type: 'sync-arrived', area: await readSyncArea() });
}

/** Reads the other computers' summaries and mirrors them here. */
async function pullDevices(): Promise<void> {
  handleUnanswered({ type: 'devices-read', area: await readDeviceArea() });
}

async function refreshPolicy(): Promise<void> {
  const policy = await readPolicy();
  logIgnoredPolicy(policy);
  handleUnanswered({ type: 'policy-read', policy });
}

/** At the browser's start and Handrest's install or update: the policy and the other computers' changes may have moved meanwhile. */
function readOutsideSources() {
  refreshPolicy().catch((error: unknown) => reportFailure('reading the policy', error));
  pullSyncedSettings().catch((error: unknown) => reportFailure('reading the sync area', error));
  pullDevices().catch((error: unknown) => reportFailure('reading the other computers\' totals', error));
}

function actOnNotification(notificationId: string, action: UserAction | null) {
  browser.notifications.clear(notificationId).catch((error: unknown) => reportFailure('clearing a notification', error));
  if (action !== null) handleUnanswered(action);
  if (action?.type === 'start-break') openBreakView().catch((error: unknown) => reportFailure('opening the break view', error));
}

function notificationKind(notificationId: string): NudgeKind | null {
  const found = Object.entries(NOTIFICATION_IDS).find(([, id]) => id === notificationId);
  return found === undefined ? null : (found[0] as NudgeKind);
}

/** Created once: re-creating a periodic alarm on every wake would push it forward for ever. */
async function ensureTickAlarm() {
  if (!(await browser.alarms.get(TICK_ALARM))) {
    await browser.alarms.create(TICK_ALARM, { periodInMinutes: TICK_PERIOD_MIN, delayInMinutes: TICK_PERIOD_MIN });
  }
}

/** Firefox's tabs.onUpdated, which takes a filter of the properties to wake for. */
interface FilteredTabEvent {
  addListener(listener: () => void, filter: { properties: string[] }): void;
}

/**
 * Tab and window events that can start or end quiet time each ask for a tick. Firefox filters tab
 * updates itself, so its event page wakes only for these; Chrome takes no filter and has
 * onBoundsChanged for a window entering or leaving fullscreen (Firefox: the tick finds it).
 */
function listenForQuietSignals() {
  if (import.meta.env.FIREFOX) {
    const onUpdated = browser.tabs.onUpdated as unknown as FilteredTabEvent;
    onUpdated.addListener(tick, { properties: ['audible', 'sharingState'] });
  } else {
    browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
      if (mayChangeQuiet(change, tab)) tick();
    });
    browser.windows.onBoundsChanged.addListener(tick);
  }
  browser.tabs.onRemoved.addListener(tick);
  browser.windows.onRemoved.addListener(tick);
}

export function main() {
  // sendResponse and `return true` rather than a returned promise: every browser (and WXT's fake
  // browser in the tests) delivers a reply that way.
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    void answer(raw, sender).then(sendResponse);
    return true;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM) tick();
  });
  listenForQuietSignals();
  browser.idle.onStateChanged.addListener((state) => handleUnanswered({ type: 'system-state', state }));
  browser.notifications.onButtonClicked.addListener((notificationId, buttonIndex) => {
    const kind = notificationKind(notificationId);
    const type = kind === null ? undefined : NOTIFICATION_BUTTONS[kind][buttonIndex];
    actOnNotification(notificationId, type === undefined ? null : { type });
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    actOnNotification(notificationId, notificationKind(notificationId) === 'break' ? { type: 'start-break' } : null);
  });
  // Each area's own event, not storage.onChanged: the background's own writes to storage.local
  // (one for every report) would otherwise each call a listener for nothing.
  browser.storage.managed.onChanged.addListener(() => {
    refreshPolicy().catch((error: unknown) => reportFailure('reading the policy', error));
  });
  browser.storage.sync.onChanged.addListener((changes) => {
    // A removed item brings nothing to take: only a new value is read.
    if (Object.entries(changes).some(([key, change]) => isSyncedSettingKey(key) && change.newValue !== undefined)) {
      pullSyncedSettings().catch((error: unknown) => reportFailure('reading the sync area', error));
    }
    // A computer's summary removed (sync turned off there) takes it out here too.
    if (touchesDevices(changes)) pullDevices().catch((error: unknown) => reportFailure('reading the other computers\' totals', error));
  });
  browser.runtime.onStartup.addListener(readOutsideSources);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    readOutsideSources();
    if (injectsOnInstalled(reason, import.meta.env.FIREFOX)) {
      injectIntoOpenTabs().catch((error: unknown) => reportFailure('starting the content script in open tabs', error));
    }
    if (reason === 'install') openExtensionPage('/welcome.html').catch((error: unknown) => reportFailure('opening the welcome page', error));
  });
  browser.idle.setDetectionInterval(SYSTEM_IDLE_DETECTION_MS / SECOND);
  ensureTickAlarm().catch((error: unknown) => reportFailure('creating the tick alarm', error));
  tick();
}

export default defineBackground(main);
