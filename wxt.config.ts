import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { presetHostPatterns } from './lib/providers/presets.ts';

/**
 * The end-to-end build (`wxt build --mode e2e`, into .output/chrome-mv3-e2e) is granted the origins its provider
 * tests serve from route fixtures, because a headless browser cannot click "Allow" on a permission prompt. The
 * extension users install never asks for these up front.
 */
const E2E_TEST_ORIGINS = ['https://platform.openai.com/*', 'https://api.openai.com/*', 'https://*.imagegen.test/*'];

// Up front the manifest asks for what the ChatGPT capture needs and nothing more; provider sites are optional and asked
// for one by one. docs/permissions.md says why each entry is there.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Save as limit evidence" on selected text; activeTab: that click lets the opt-in screenshot
    // picture the page the user chose (no host permission for it).
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'webRequest', 'contextMenus', 'activeTab'],
    host_permissions: ['https://chatgpt.com/*', ...(mode === 'e2e' ? E2E_TEST_ORIGINS : [])],
    // Provider sites are asked for one by one, from the user's click on the options page; a custom site can be
    // any https origin the user names.
    optional_host_permissions: [...presetHostPatterns(), 'https://*/*'],
    options_ui: { page: 'options.html', open_in_tab: true },
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
            // Firefox for Android reads data_collection_permissions from 142 on; without this AMO warns that the
            // desktop minimum (140) would claim Android versions that lack it.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact(), preloadLocaleCards()] }),
});

/**
 * The popup's first card waits for its locale's card words, which lib/i18n/languages.ts loads on demand (only the
 * shown locale's are evaluated). The popup page asks for every locale's card chunk up front, beside its own modules,
 * so the one it imports is already fetched when it knows the locale.
 */
function preloadLocaleCards(): Plugin {
  return {
    name: 'limit-lens:preload-locale-cards',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx): HtmlTagDescriptor[] {
        if (!ctx.bundle || !/[\\/]popup[\\/]index\.html$/.test(ctx.filename)) return [];
        const files = Object.values(ctx.bundle).flatMap((c) =>
          c.type === 'chunk' && c.moduleIds.some((id) => /[\\/]lib[\\/]i18n[\\/][\w-]+[\\/]card\.ts$/.test(id))
            ? [c.fileName, ...c.imports]
            : [],
        );
        return [...new Set(files)].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
