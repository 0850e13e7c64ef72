// The background wires browser events to the tracker and the tracker's results to the badge
// and notifications. Every listener is registered synchronously in main(), so the event that
// woke a stopped service worker (or Firefox event page) is not missed; all state is in storage,
// and this is its only writer: each event is read, applied and written under one serial queue.

import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { applyEvent, settingsAfter, type TrackerEvent } from '@/utils/tracker';
import { SYSTEM_IDLE_DETECTION_MS } from '@/utils/typing-model';
import { parseMessage, type Reply, type UserAction } from '@/utils/messages';
import { badgeFor } from '@/utils/badge';
import { statusAt } from '@/utils/status';
import type { NudgeKind } from '@/utils/nudge-schedule';
import { isExcludedHost } from '@/utils/excluded-sites';
import { readStoredState, writeStoredState } from '@/utils/browser/storage';
import { openBreakView, openExtensionPage } from '@/utils/browser/extension-pages';
import { createSerialQueue } from '@/utils/serial-queue';
import { reportFailure } from '@/utils/failure';
import { SECOND } from '@/utils/time';
import { TICK_ALARM, TICK_PERIOD_MIN, wakeTimerDelay } from '@/utils/wake-schedule';
import { NOTIFICATION_BUTTONS, NOTIFICATION_IDS, showBadge, showNotification } from './deliver';
import { injectIntoOpenTabs } from './open-tabs';

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

/** Reads, applies one event, writes what changed in one call, then shows the result. */
async function apply(event: TrackerEvent, fromHost: string | null): Promise<void> {
  const now = Date.now();
  const before = await readStoredState();
  if (event.type === 'keystrokes' && fromHost !== null && isExcludedHost(fromHost, before.settings.excludedSites)) return;
  const settings = settingsAfter(event, before.settings);
  const result = applyEvent(before.tracker, await withSystemState(event, settings.countOtherApps), settings, now);
  await writeStoredState(before, { settings, tracker: result.state });
  await showBadge(badgeFor(statusAt(result.state, settings, now), settings));
  if (settings.delivery === 'notification') {
    await Promise.all(
      result.show.map((nudge) =>
        showNotification(nudge, result.state, settings).catch((error: unknown) => reportFailure(`showing the ${nudge.kind} notification`, error)),
      ),
    );
  }
  for (const kind of result.clear) {
    browser.notifications.clear(NOTIFICATION_IDS[kind]).catch((error: unknown) => reportFailure(`taking down the ${kind} notification`, error));
  }
  scheduleWake(result.nextCheckAt, now);
}

/** Applies one event under the queue. A failure is logged with the event it was handling, then passed on. */
export function handle(event: TrackerEvent, fromHost: string | null = null): Promise<void> {
  return enqueue(() => apply(event, fromHost)).catch((error: unknown) => {
    reportFailure(`handling "${event.type}"`, error);
    throw error;
  });
}

/** For events nobody answers (alarms, idle changes, notification clicks): handle() has logged any failure. */
function handleUnanswered(event: TrackerEvent): void {
  handle(event).catch(() => {
    // Already reported by handle(); there is no sender to pass the failure on to.
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

function scheduleWake(at: number | null, now: number) {
  clearTimeout(wakeTimer);
  const delay = wakeTimerDelay(at, now);
  if (delay !== null) wakeTimer = setTimeout(() => handleUnanswered({ type: 'tick' }), delay);
}

/** The reply to a message; handle() has logged a failure, the sender learns of it from the reply. */
async function answer(raw: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> {
  const message = parseMessage(raw, Date.now());
  if (message === null) return { ok: false, refused: 'not a message Handrest understands' };
  try {
    await handle(message, message.type === 'keystrokes' ? senderHost(sender) : null);
    return { ok: true };
  } catch (error) {
    return { ok: false, failed: error instanceof Error ? error.message : String(error) };
  }
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

export function main() {
  // sendResponse and `return true` rather than a returned promise: every browser (and WXT's fake
  // browser in the tests) delivers a reply that way.
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    void answer(raw, sender).then(sendResponse);
    return true;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM) handleUnanswered({ type: 'tick' });
  });
  browser.idle.onStateChanged.addListener((state) => handleUnanswered({ type: 'system-state', state }));
  browser.notifications.onButtonClicked.addListener((notificationId, buttonIndex) => {
    const kind = notificationKind(notificationId);
    const type = kind === null ? undefined : NOTIFICATION_BUTTONS[kind][buttonIndex];
    actOnNotification(notificationId, type === undefined ? null : { type });
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    actOnNotification(notificationId, notificationKind(notificationId) === 'break' ? { type: 'start-break' } : null);
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    injectIntoOpenTabs().catch((error: unknown) => reportFailure('starting the content script in open tabs', error));
    if (reason === 'install') openExtensionPage('/welcome.html').catch((error: unknown) => reportFailure('opening the welcome page', error));
  });
  browser.idle.setDetectionInterval(SYSTEM_IDLE_DETECTION_MS / SECOND);
  ensureTickAlarm().catch((error: unknown) => reportFailure('creating the tick alarm', error));
  handleUnanswered({ type: 'tick' });
}

export default defineBackground({ type: 'module', main });
