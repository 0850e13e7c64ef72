// "Mute tabs during a break": the tabs playing sound when a break starts are muted, and exactly
// those are unmuted when it ends (a tab the person muted themselves is left alone).

import { browser } from 'wxt/browser';

/** Mutes every audible tab not already muted; returns the ids of the tabs it muted. */
export async function muteAudibleTabs(): Promise<number[]> {
  const audible = await browser.tabs.query({ audible: true });
  const ids = audible.filter((tab) => tab.id !== undefined && tab.mutedInfo?.muted !== true).map((tab) => tab.id as number);
  await Promise.all(ids.map((id) => browser.tabs.update(id, { muted: true })));
  return ids;
}

/** Unmutes the tabs muted for a break; a tab closed meanwhile has nothing to unmute. */
export async function unmuteTabs(ids: readonly number[]): Promise<void> {
  const open = new Set((await browser.tabs.query({})).map((tab) => tab.id));
  await Promise.all(ids.filter((id) => open.has(id)).map((id) => browser.tabs.update(id, { muted: false })));
}
