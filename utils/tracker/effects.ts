// What the background does about what happened: each event of a step maps to the browser effects
// it asks for (a notification shown or taken down, tabs muted or unmuted), given the settings.
// The badge is not here: it shows the status after every step. Pure.

import type { Settings } from '../settings/settings';
import type { NudgeKind } from '../breaks/break-events';
import { withMutedTabs } from '../breaks/break-session';
import type { ShownNudge, TrackerEvent, TrackerState } from './tracker-state';

export type Effect =
  | { type: 'notify'; nudge: ShownNudge }
  | { type: 'clear-notification'; kind: NudgeKind }
  /** Mute the tabs playing sound, and keep their ids with the break that just started. */
  | { type: 'mute-tabs' }
  | { type: 'unmute-tabs'; tabIds: readonly number[] };

function effectOf(event: TrackerEvent, settings: Pick<Settings, 'delivery' | 'muteTabsDuringBreaks'>): Effect | null {
  switch (event.type) {
    case 'nudge-shown':
      return settings.delivery === 'notification' ? { type: 'notify', nudge: event } : null;
    case 'micro-pause-taken':
      return event.asked ? { type: 'clear-notification', kind: 'micro' } : null;
    case 'typed-through':
      return event.kind === 'micro' ? { type: 'clear-notification', kind: 'micro' } : null;
    case 'nudge-withdrawn':
      return { type: 'clear-notification', kind: event.kind };
    case 'break-started':
      return settings.muteTabsDuringBreaks ? { type: 'mute-tabs' } : null;
    case 'break-ended':
      return event.how !== 'rested' && event.mutedTabIds.length > 0 ? { type: 'unmute-tabs', tabIds: event.mutedTabIds } : null;
    default:
      return null;
  }
}

/** The state with the ids of the tabs muted as the break started (after a 'mute-tabs' effect), so that exactly those are unmuted after it. */
export const withTabsMuted = (state: TrackerState, mutedTabIds: number[]): TrackerState => ({ ...state, breakSession: withMutedTabs(state.breakSession, mutedTabIds) });

export function effectsOf(events: readonly TrackerEvent[], settings: Pick<Settings, 'delivery' | 'muteTabsDuringBreaks'>): Effect[] {
  const effects: Effect[] = [];
  for (const event of events) {
    const effect = effectOf(event, settings);
    if (effect !== null) effects.push(effect);
  }
  return effects;
}
