/**
 * A Playwright fixture that starts Chromium with the built extension loaded (the output of `wxt build`, never the
 * dev server) and knows the extension's id.
 */
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from './browser-path.ts';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

interface Fixtures {
  locale: string;
  context: BrowserContext;
  extensionId: string;
  openPopup: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  locale: ['en-US', { option: true }],
  context: async ({ locale }, use) => {
    if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first (npm test does).`);
    }
    const browser = findChromium();
    const profile = mkdtempSync(path.join(tmpdir(), 'limit-lens-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: browser.path,
      headless: true,
      locale,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        `--lang=${locale}`,
        '--no-sandbox',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-gpu',
      ],
      env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8` },
    });
    // Nothing in these tests may reach the network: unrouted requests fail loudly instead of leaving the machine.
    await context.route(/^https?:\/\/(?!chatgpt\.com\/)/, (route) => route.abort('blockedbyclient'));
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    await use(new URL(worker.url()).host);
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
});

export const expect = test.expect;
