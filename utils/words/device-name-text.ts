// This computer's name as the other computers and the history page show it: the one the person
// gave it, or "<browser> on <system>" in the UI language ("Chrome on Linux"). The browser's and the
// system's names are product names, the same in every language; the sentence around them is not.

import { i18n } from '../browser/i18n';

/** The systems `runtime.getPlatformInfo()` names, by their product names. */
const SYSTEMS: Readonly<Record<string, string>> = { mac: 'macOS', win: 'Windows', linux: 'Linux', cros: 'ChromeOS', android: 'Android', openbsd: 'OpenBSD', fuchsia: 'Fuchsia' };

/** The name this computer goes by when the person gave it none. */
const defaultDeviceName = (firefox: boolean, os: string): string =>
  i18n.t('devices.defaultName', { browser: firefox ? 'Firefox' : 'Chrome', os: SYSTEMS[os] ?? os });

/** The name this computer goes by: the person's, or the default. */
export const deviceNameOf = (given: string | null, firefox: boolean, os: string): string => given?.trim() ?? defaultDeviceName(firefox, os);
