// The `quiet` item: what the browser last showed about quiet time, version 1.

import { INITIAL_QUIET_STATE, type QuietState } from '../breaks/quiet-time';
import { conformsTo, type Shape } from '../helpers/stored-shape';
import { itemOf } from './stored-item';

const QUIET_SHAPE: Shape<QuietState> = {
  inCall: 'boolean',
  fullscreen: 'boolean',
  meetingUntil: 'time|null',
  since: 'time|null',
  endedAt: 'time|null',
};

export const QUIET_ITEM = itemOf<QuietState>({
  version: 1,
  fallback: INITIAL_QUIET_STATE,
  migrations: {},
  isSound: (raw): raw is QuietState => conformsTo(raw, QUIET_SHAPE),
});
