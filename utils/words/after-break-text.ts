// The words of the notices that something asked for is over: "Break over" when a break ran its
// length, "Micro-pause done" when a micro-pause asked for was taken.

import { i18n } from '../browser/i18n';

const WORDS = {
  break: { title: 'afterBreak.breakOverTitle', message: 'afterBreak.breakOverMessage' },
  micro: { title: 'afterBreak.microDoneTitle', message: 'afterBreak.microDoneMessage' },
} as const;

export function afterBreakText(what: keyof typeof WORDS): { title: string; message: string } {
  return { title: i18n.t(WORDS[what].title), message: i18n.t(WORDS[what].message) };
}
