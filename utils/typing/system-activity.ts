// Activity in other apps (optional, approximate): what the system's idle state says, folded into
// the typing model. Each observation of the system (an idle-state change, or the query on every
// tick) that finds it active counts the span since the previous observation, but only when the
// two are close together (MAX_OBSERVATION_GAP_MS): a longer gap (a closed browser, a sleeping
// computer, a restarted background) is unknown time and is never counted. When the system reports
// idle, activity ended SYSTEM_IDLE_DETECTION_MS before. Nothing else extends it. Pure.

import { SECOND } from '../helpers/time';
import { TICK_PERIOD_MS } from './activity-timing';
import { addActivity, completeElapsedRest, NO_CHANGE, observe, type ModelSettings, type TypingState, type TypingStep } from './typing-model';

/** Observations of the system further apart than this leave unknown time between them. */
export const MAX_OBSERVATION_GAP_MS = TICK_PERIOD_MS + 30 * SECOND;
/** The idle API's detection interval (its minimum): input within it means 'active'. */
export const SYSTEM_IDLE_DETECTION_MS = 15 * SECOND;

export type SystemState = 'active' | 'idle' | 'locked';

/**
 * Counts system activity from the previous observation up to `until`, when the two observations
 * are close enough together to know what happened between them.
 */
function addSystemActivity(state: TypingState, until: number, observedAt: number, settings: ModelSettings, counted: boolean): TypingStep {
  const since = state.systemActiveAt;
  if (since === null || until <= since || observedAt - since > MAX_OBSERVATION_GAP_MS) return NO_CHANGE(state);
  return addActivity(state, Math.max(since, state.coveredUntil), until, until, settings, counted);
}

const withSystemActiveAt = (step: TypingStep, systemActiveAt: number | null): TypingStep => ({
  ...step,
  state: { ...step.state, systemActiveAt },
});

/** Feeds a system idle-state change (the idle API, or a query on each tick) into the model. */
export function changeSystemState(
  state: TypingState,
  systemState: SystemState,
  now: number,
  settings: ModelSettings,
  counted = true,
): TypingStep {
  if (!settings.countOtherApps) return observe({ ...state, systemActiveAt: null }, now, settings);
  const activeUntil = systemState === 'active' ? now : systemState === 'idle' ? now - SYSTEM_IDLE_DETECTION_MS : now;
  const step = addSystemActivity(state, activeUntil, now, settings, counted);
  return completeElapsedRest(withSystemActiveAt(step, systemState === 'active' ? now : null), now, settings);
}
