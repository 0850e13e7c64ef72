// Which system the browser runs on ("linux", "win", "mac", ...), for this computer's default name.

import { browser } from 'wxt/browser';

/** The system, asked once per context: it never changes while the browser runs. */
let system: Promise<string> | undefined;

export function systemName(): Promise<string> {
  system ??= browser.runtime.getPlatformInfo().then((info) => info.os);
  return system;
}
