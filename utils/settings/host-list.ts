// Lists of sites by host name (the excluded sites, the call sites): how an entry is normalised,
// and whether a host is on a list (the host itself or any subdomain of an entry). Pure.

/** Normalises one host name entry: lower case, no scheme, path or port. */
export function normaliseHost(entry: string): string {
  return entry
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/:?#].*$/, '')
    .replace(/\.$/, '');
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
