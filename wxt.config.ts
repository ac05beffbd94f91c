import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest asks for what the ChatGPT capture needs and nothing more; docs/permissions.md says why each is there.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['https://chatgpt.com/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'limit-lens@limit-lens.dev',
              // MAIN-world content scripts need 128, data_collection_permissions 140 (an ESR).
              strict_min_version: '140.0',
              // Nothing is collected or transmitted: stops stay in the extension's own storage.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
