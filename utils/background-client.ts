// How extension pages talk to the background: one typed call for every message.

import { browser } from 'wxt/browser';
import type { UserAction } from './messages';

export async function tellBackground(action: UserAction): Promise<void> {
  await browser.runtime.sendMessage(action);
}
