// The `policy` item: the organisation's policy as the background last read it from the browser's
// managed storage, checked (settings/policy.ts), so that every page shows what is locked without
// reading managed storage itself. Version 1.

import { isPolicy, NO_POLICY, type Policy } from '../settings/policy';
import { itemOf } from './stored-item';

export const POLICY_ITEM = itemOf<Policy>({
  version: 1,
  fallback: NO_POLICY,
  migrations: {},
  isSound: isPolicy,
});
