// The background wires browser events to the tracker and the tracker's results to the badge
// and notifications. Every listener is registered synchronously in main(), so the event that
// woke a stopped service worker (or Firefox event page) is not missed; all state is in storage.

import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { applyEvent, type TrackerEvent } from '@/utils/tracker';
import { SYSTEM_IDLE_DETECTION_MS } from '@/utils/typing-model';
import { parseMessage, type UserAction } from '@/utils/messages';
import { badgeFor } from '@/utils/badge';
import { isExcludedHost } from '@/utils/settings';
import { deleteAllData, readSettings, readTrackerState, settingsItem, writeTrackerState } from '@/utils/storage';
import { createSerialQueue } from '@/utils/serial-queue';
import { SECOND } from '@/utils/time';
import { NOTIFICATION_BUTTONS, NOTIFICATION_IDS, showBadge, showNotification } from './deliver';
import { injectIntoOpenTabs } from './open-tabs';
import { openBreakView } from '@/utils/extension-pages';

const TICK_ALARM = 'handrest-tick';
const TICK_PERIOD_MIN = 0.5;
/** A wake-up timer is only worth setting while the worker is likely to stay alive. */
const MAX_TIMER_DELAY_MS = 25 * SECOND;

const enqueue = createSerialQueue();
let wakeTimer: ReturnType<typeof setTimeout> | undefined;

function senderHost(sender: Browser.runtime.MessageSender): string | null {
  const url = sender.tab?.url ?? sender.url;
  if (url === undefined) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** Applies one event under the queue: read, apply, write, then deliver. */
export function handle(event: TrackerEvent, fromHost: string | null = null): Promise<void> {
  return enqueue(async () => {
    const now = Date.now();
    if (event.type === 'delete-all') await deleteAllData();
    const settings = await readSettings();
    if (event.type === 'keystrokes' && fromHost !== null && isExcludedHost(fromHost, settings.excludedSites)) return;
    const before = await readTrackerState();
    const result = applyEvent(before, await withSystemState(event, settings.countOtherApps), settings, now);
    await writeTrackerState(before, result.state);
    await showBadge(badgeFor(result.state.typing, result.state.nudges, settings, now));
    if (settings.delivery === 'notification') {
      await Promise.all(result.show.map((nudge) => showNotification(nudge, result.state).catch(() => undefined)));
    }
    scheduleWake(result.nextCheckAt, now);
  });
}

/**
 * When activity in other apps counts, a tick also asks the system whether the user is active, so
 * that turning the setting on (or a missed idle event) is caught within one tick.
 */
async function withSystemState(event: TrackerEvent, countOtherApps: boolean): Promise<TrackerEvent> {
  if (event.type !== 'tick' || !countOtherApps) return event;
  return { type: 'system-state', state: await browser.idle.queryState(SYSTEM_IDLE_DETECTION_MS / SECOND) };
}

/** The periodic alarm catches everything eventually; a timer makes near events (a nudge after a pause) prompt. */
function scheduleWake(at: number | null, now: number) {
  clearTimeout(wakeTimer);
  if (at === null || at - now > MAX_TIMER_DELAY_MS) return;
  wakeTimer = setTimeout(() => void handle({ type: 'tick' }), Math.max(0, at - now));
}

function actOnNotification(notificationId: string, action: UserAction | null) {
  void browser.notifications.clear(notificationId);
  if (action !== null) void handle(action);
  if (action?.type === 'start-break') void openBreakView();
}

function notificationKind(notificationId: string) {
  return notificationId === NOTIFICATION_IDS.break ? 'break' : notificationId === NOTIFICATION_IDS.hydration ? 'hydration' : null;
}

async function ensureTickAlarm() {
  if (!(await browser.alarms.get(TICK_ALARM))) {
    await browser.alarms.create(TICK_ALARM, { periodInMinutes: TICK_PERIOD_MIN, delayInMinutes: TICK_PERIOD_MIN });
  }
}

export function main() {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    if (message === null) return undefined;
    return handle(message, message.type === 'keystrokes' ? senderHost(sender) : null);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM) void handle({ type: 'tick' });
  });
  browser.idle.onStateChanged.addListener((state) => void handle({ type: 'system-state', state }));
  browser.notifications.onButtonClicked.addListener((notificationId, buttonIndex) => {
    const kind = notificationKind(notificationId);
    const type = kind === null ? undefined : NOTIFICATION_BUTTONS[kind][buttonIndex];
    actOnNotification(notificationId, type === undefined ? null : { type });
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    actOnNotification(notificationId, notificationKind(notificationId) === 'break' ? { type: 'start-break' } : null);
  });
  browser.runtime.onInstalled.addListener(() => void injectIntoOpenTabs());
  settingsItem.watch(() => void handle({ type: 'tick' }));
  browser.idle.setDetectionInterval(SYSTEM_IDLE_DETECTION_MS / SECOND);
  void ensureTickAlarm();
  void handle({ type: 'tick' });
}

export default defineBackground({ type: 'module', main });
