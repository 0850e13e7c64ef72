// How many keystroke reports a tab may send: a real tab sends one every 2 s at the most from the
// frame typed in (REPORT_INTERVAL_MS), and its retries after a failure; more than REPORTS_PER_MINUTE
// in a minute is no tab's typing, and the reports over it are refused whole. The budget is kept in
// the background's memory, per tab, and forgotten with it: it bounds a flood, it keeps no record.
// Pure: the background passes the budget in and keeps what comes back.

import { MINUTE } from '../helpers/time';

/** Four times what one frame's typing sends in a minute: room for retries and a second frame. */
export const REPORTS_PER_MINUTE = 120;

/** Tabs followed at once; a budget for more forgets the tab heard from longest ago. */
const MAX_TABS = 256;

/** Per tab, the times of the reports taken in the last minute, oldest first. */
export type ReportBudget = ReadonlyMap<number, readonly number[]>;

export const EMPTY_BUDGET: ReportBudget = new Map();

/** Whether a report from `tab` at `now` is within its budget, and the budget after it. */
export function admitReport(budget: ReportBudget, tab: number, now: number): { admitted: boolean; budget: ReportBudget } {
  const recent = (budget.get(tab) ?? []).filter((at) => at > now - MINUTE && at <= now);
  if (recent.length >= REPORTS_PER_MINUTE) return { admitted: false, budget };
  const next = new Map(budget);
  next.delete(tab);
  next.set(tab, [...recent, now]);
  if (next.size > MAX_TABS) next.delete(next.keys().next().value as number);
  return { admitted: true, budget: next };
}
