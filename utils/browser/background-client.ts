// How extension pages talk to the background: one typed call for every message. It settles only
// once the background has applied the action, and rejects when the background refused or failed
// it, so that the page can say so instead of doing nothing.

import { browser } from 'wxt/browser';
import type { UserAction } from '../protocol/messages';
import type { Reply } from '../protocol/reply';

export async function tellBackground(action: UserAction): Promise<void> {
  const reply = (await browser.runtime.sendMessage(action)) as Reply | undefined;
  if (reply === undefined) throw new Error(`The background did not answer "${action.type}".`);
  if ('refused' in reply) throw new Error(`The background refused "${action.type}": ${reply.refused}.`);
  if ('failed' in reply) throw new Error(`The background failed "${action.type}": ${reply.failed}`);
}
