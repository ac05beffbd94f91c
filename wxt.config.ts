import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
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
  // No module-preload polyfill: the browsers this extension runs in preload modules themselves, and the polyfill is a
  // module script every page would fetch and run before it is done.
  vite: () => ({ plugins: [preact(), popupAsOneRequest()], build: { modulePreload: { polyfill: false } } }),
});

/**
 * popup.html as one request and one script: its stylesheet inlined as a `<style>` element (a linked stylesheet is
 * a request that the first paint and the deferred script both wait for; MV3's default content security policy
 * restricts scripts, not styles), and without the module script WXT's plugin loader adds to every page: the popup's
 * code is an unlisted script (entrypoints/popup-view.tsx), which starts WXT's plugins itself. Other pages unchanged.
 */
function popupAsOneRequest(): Plugin {
  return {
    name: 'limit-lens:popup-as-one-request',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !/[\\/]popup[\\/]index\.html$/.test(ctx.filename)) return html;
        const bundle = ctx.bundle;
        return html
          .replace(/<script type="module"[^>]*src="\/chunks\/_virtual_wxt-html-plugins-[^"]*"[^>]*><\/script>\s*/g, '')
          .replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return link;
            // Only the popup imports this stylesheet; inlined, it is not shipped as a file as well.
            delete bundle[file];
            return `<style>${String(asset.source)}</style>`;
          });
      },
    },
  };
}
