// Build configuration: one source tree, a Chrome MV3 and a Firefox MV3 build.
// The content script runs in every frame of every page, so its build drops the
// webextension-polyfill alias and reaches the runtime through the native `browser`/`chrome`.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { GECKO_ID } from './utils/browser/gecko-id';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  i18n: { localesDir: 'utils/locales' },
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'idle', 'scripting'],
    host_permissions: ['<all_urls>'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', 'docs/**', '.ci/**', 'coverage/**'],
  },
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      const onlyContentScripts = entrypoints.every((entry) => entry.type === 'content-script');
      const aliases = config.resolve?.alias;
      if (onlyContentScripts && aliases && !Array.isArray(aliases)) {
        delete (aliases as Record<string, string>)['wxt/browser'];
      }
    },
  },
});
