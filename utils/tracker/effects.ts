// What the background does about what happened: each event of a step maps to the browser effects
// it asks for (a notification shown or taken down, tabs muted or unmuted), given the settings and
// whether it is quiet time. The badge is not here: it shows the status after every step. Pure.
//
// Someone who walked away is told gently that it is over: a break run to its end says "Break
// over", and a micro-pause taken when asked replaces its prompt with a short "Micro-pause done"
// (where the prompt was, so nothing piles up). Like every notification, only with notification
// delivery and never in quiet time; otherwise the prompt is just taken down. A micro-pause that a
// break run to its end answered needs no word of its own: "Break over" says it.

import type { Settings } from '../settings/settings';
import type { NudgeKind } from '../breaks/break-events';
import { withMutedTabs } from '../breaks/break-session';
import type { ShownNudge, TrackerEvent, TrackerState } from './tracker-state';

export type Effect =
  | { type: 'notify'; nudge: ShownNudge }
  /** Tell someone who may have looked away that a break, or a micro-pause asked for, is over. */
  | { type: 'notify-over'; what: 'break' | 'micro' }
  | { type: 'clear-notification'; kind: NudgeKind }
  /** Mute the tabs playing sound, and keep their ids with the break that just started. */
  | { type: 'mute-tabs' }
  | { type: 'unmute-tabs'; tabIds: readonly number[] };

type EffectSettings = Pick<Settings, 'delivery' | 'muteTabsDuringBreaks'>;

/** What the step is like: whether notifications may speak now, and whether a break ran to its end in it. */
interface StepContext {
  speaks: boolean;
  breakCompleted: boolean;
}

function effectsOfEvent(event: TrackerEvent, settings: EffectSettings, step: StepContext): Effect[] {
  switch (event.type) {
    case 'nudge-shown':
      return settings.delivery === 'notification' ? [{ type: 'notify', nudge: event }] : [];
    case 'micro-pause-taken':
      if (!event.asked) return [];
      return step.speaks && !step.breakCompleted ? [{ type: 'notify-over', what: 'micro' }] : [{ type: 'clear-notification', kind: 'micro' }];
    case 'typed-through':
      return event.kind === 'micro' ? [{ type: 'clear-notification', kind: 'micro' }] : [];
    case 'nudge-withdrawn':
      return [{ type: 'clear-notification', kind: event.kind }];
    case 'break-started':
      return settings.muteTabsDuringBreaks ? [{ type: 'mute-tabs' }] : [];
    case 'break-ended': {
      if (event.how === 'rested') return [];
      const effects: Effect[] = event.mutedTabIds.length > 0 ? [{ type: 'unmute-tabs', tabIds: event.mutedTabIds }] : [];
      if (event.how === 'completed') {
        // The nudge that asked for the break is stale once the break ran its length.
        effects.push({ type: 'clear-notification', kind: 'break' });
        if (step.speaks) effects.push({ type: 'notify-over', what: 'break' });
      }
      return effects;
    }
    default:
      return [];
  }
}

/** The state with the ids of the tabs muted as the break started (after a 'mute-tabs' effect), so that exactly those are unmuted after it. */
export const withTabsMuted = (state: TrackerState, mutedTabIds: number[]): TrackerState => ({ ...state, breakSession: withMutedTabs(state.breakSession, mutedTabIds) });

/** The effects of a step's events; `quiet` when it is quiet time now, where nothing that is over is announced. */
export function effectsOf(events: readonly TrackerEvent[], settings: EffectSettings, quiet: boolean): Effect[] {
  const step: StepContext = {
    speaks: settings.delivery === 'notification' && !quiet,
    breakCompleted: events.some((event) => event.type === 'break-ended' && event.how === 'completed'),
  };
  return events.flatMap((event) => effectsOfEvent(event, settings, step));
}
