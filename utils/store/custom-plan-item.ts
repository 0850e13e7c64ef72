// The `customPlan` item: the person's own break settings, kept while a preset is in force (or
// null, until they have had some), so that Custom can be chosen again.

import { isCustomPlan, type CustomPlan } from '../settings/custom-plan';
import { itemOf } from './stored-item';

export const CUSTOM_PLAN_ITEM = itemOf<CustomPlan | null>({
  version: 1,
  fallback: null,
  migrations: {},
  isSound: (raw): raw is CustomPlan | null => raw === null || isCustomPlan(raw),
});
