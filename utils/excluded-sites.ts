// Excluded sites: how a host name entry is normalised, and whether typing on a host is excluded
// by the user's list (the host itself or any subdomain of an entry). Pure.

/** Normalises one host name entry: lower case, no scheme, path or port. */
export function normaliseHost(entry: string): string {
  return entry
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/:?#].*$/, '')
    .replace(/\.$/, '');
}

/** Whether typing on `host` is excluded by the list (the host itself or any subdomain of an entry). */
export function isExcludedHost(host: string, excludedSites: readonly string[]): boolean {
  const normalised = normaliseHost(host);
  return excludedSites.some((site) => normalised === site || normalised.endsWith(`.${site}`));
}
