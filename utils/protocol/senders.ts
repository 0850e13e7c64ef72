// Who sent a message, and what each sender may say: Handrest's own pages (their address is under
// the extension's own origin; a page opened in a tab also has a tab) may ask for every action;
// its content scripts (in a tab, anywhere else) may only report keystroke times; anyone else
// (another extension, a page that is not Handrest's) may say nothing. A content script's world
// is code a compromised page process could run, so it is trusted with nothing but times. Pure.

import type { Message } from './messages';

export type SenderKind = 'page' | 'content-script' | 'stranger';

/** The parts of the browser's MessageSender the judgement reads. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Handrest itself, as the background knows it: its id and the address its pages live under (`runtime.getURL('/')`). */
export interface Self {
  id: string;
  origin: string;
}

export function senderKind(sender: Sender, self: Self): SenderKind {
  if (sender.id !== self.id) return 'stranger';
  if (typeof sender.url === 'string' && sender.url.startsWith(self.origin)) return 'page';
  return sender.tab === undefined ? 'stranger' : 'content-script';
}

/** Whether a sender of this kind may send this message. */
export const mayAsk = (kind: SenderKind, message: Message): boolean => (message.type === 'keystrokes' ? kind === 'content-script' : kind === 'page');
