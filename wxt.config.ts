// Build configuration: one source tree, a Chrome MV3 and a Firefox MV3 build.
// The content script runs in every frame of every page, so its build drops the
// webextension-polyfill alias and reaches the runtime through the native `browser`/`chrome`. It is
// an unlisted script (entrypoints/content-script.ts says why), so its manifest entry is written here.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { GECKO_ID } from './utils/browser/gecko-id';
import { CONTENT_SCRIPT_ENTRY, CONTENT_SCRIPT_FILE } from './utils/browser/content-script';
import { MANAGED_SCHEMA_FILE, managedSchema } from './utils/settings/managed-schema';

/**
 * How the pages load (the popup opens at every click on the toolbar button). Each page's script is
 * one file holding exactly the modules it uses: Rolldown's automatic chunking split what the
 * pages and the background share into a dozen chunks by who uses them, and every chunk is one
 * more request to the extension's file loader before a page can run. And the page's script blocks
 * its first paint (`blocking="render"`, Chromium; Firefox ignores it), so that frame shows what
 * the script renders at once (the popup's header) rather than an empty background, with the
 * page's own first words a frame later. Builds of scripts alone (the content script) are left
 * as they are.
 */
const pageLoading: Plugin = {
  name: 'handrest:page-loading',
  config: (config) =>
    config.build?.lib
      ? undefined
      : { build: { rolldownOptions: { preserveEntrySignatures: false, output: { codeSplitting: { experimentalInlineCommonChunks: { maxSize: Infinity } } } } } },
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replace(/<script type="module"/g, '<script type="module" blocking="render"'),
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  i18n: { localesDir: 'utils/locales' },
  imports: false,
  vite: () => ({
    plugins: [preact(), pageLoading],
    // ASCII-only output: one character past Latin-1 makes V8 keep a script's whole source as
    // two-byte text, twice its size in every context that loads it (the background's heap).
    build: { rolldownOptions: { output: { minify: { compress: true, mangle: true, codegen: { asciiOnly: true } } } } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'idle', 'scripting'],
    host_permissions: ['<all_urls>'],
    content_scripts: [CONTENT_SCRIPT_ENTRY],
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
      : // Chrome reads an organisation's policy for Handrest only when the manifest names its schema.
        { storage: { managed_schema: MANAGED_SCHEMA_FILE } }),
  }),
  zip: {
    excludeSources: ['tests/**', 'docs/**', '.ci/**', 'coverage/**'],
  },
  hooks: {
    // The schema is written from the setting fields at every build, so that it cannot drift from them.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => `${entry.name}.js` === CONTENT_SCRIPT_FILE)) return;
      const aliases = config.resolve?.alias;
      if (aliases && !Array.isArray(aliases)) delete (aliases as Record<string, string>)['wxt/browser'];
      // WXT's unlisted-script wrapper logs a crash at start through its own logger, which prints
      // nothing in a production build but whose messages would still weigh a tenth of the script;
      // the crash is thrown on either way.
      config.build ??= {};
      config.build.rollupOptions ??= {};
      config.build.rollupOptions.treeshake = { manualPureFunctions: ['logger'] };
    },
  },
});
