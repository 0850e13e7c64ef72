// Handrest's add-on id in Firefox: the manifest's browser_specific_settings (wxt.config.ts) and
// the end-to-end tests, which pin the add-on's moz-extension UUID by it, share this one value.

export const GECKO_ID = 'handrest@handrest.app';
