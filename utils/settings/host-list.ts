// Lists of sites by host name (the excluded sites, the call sites): how an entry is normalised,
// and whether a host is on a list (the host itself or any subdomain of an entry). Pure, and
// bounded: only the start of an entry, where any host name lies, is ever looked at.

import { asciiHost } from './host-names';

/** How much of an entry is looked at: room for a scheme and the longest host, whatever address follows. */
const MAX_ENTRY_LENGTH = 2048;

const SCHEME = /^[a-z][a-z0-9+.-]*$/;

/**
 * Normalises one host name entry: lower case, no scheme, path or port, no final dot, and in the
 * ASCII form the browser reports (a name in its own script in punycode).
 */
export function normaliseHost(entry: string): string {
  let text = entry.slice(0, MAX_ENTRY_LENGTH).trim().toLowerCase();
  const scheme = text.indexOf('://');
  if (scheme > 0 && SCHEME.test(text.slice(0, scheme))) text = text.slice(scheme + 3);
  const rest = text.search(/[/:?#]/);
  if (rest >= 0) text = text.slice(0, rest);
  if (text.endsWith('.')) text = text.slice(0, -1);
  return asciiHost(text);
}

/** Whether `host` is on the list: the host itself or a subdomain of an entry. */
export function isListedHost(host: string, sites: readonly string[]): boolean {
  const normalised = normaliseHost(host);
  return sites.some((site) => normalised === site || normalised.endsWith(`.${site}`));
}

/** The host name of a page address, or null when it has none (a browser page, a bad address). */
export function hostOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
