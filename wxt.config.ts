import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { addCorpusAsset } from './tools/corpus-asset';

// The extension's one identity across builds; Firefox needs it for MV3 and for storage to survive updates.
const GECKO_ID = 'crosscheck@crosscheck.invalid';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  hooks: { 'build:publicAssets': addCorpusAsset },
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description: 'Context for AI-policy news: what other outlets add, and where they diverge.',
    // alarms: a report retry that is due wakes the sleeping service worker. scripting: the full content
    // script is injected only into pages the gate script lets through (its host permissions come from its matches).
    permissions: ['storage', 'tabs', 'alarms', 'scripting'],
    // The report address's host, asked for when the reader sets it: https anywhere, or this machine's loopback.
    // Usually held already through the content script's site access; asked for where the reader withheld that.
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    action: { default_title: 'Crosscheck' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Show or hide the Crosscheck sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              // Nothing is collected unless the user sends a report to an address they set: a report carries
              // the page's address (browsingActivity) and passages from it (websiteContent).
              data_collection_permissions: { required: ['none'], optional: ['websiteContent', 'browsingActivity'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
