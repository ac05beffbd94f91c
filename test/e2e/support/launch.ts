/**
 * Starts Chromium with the built extension (the output of `wxt build`, never the dev server). Shared by the
 * end-to-end fixture and the demo.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from './browser-path.ts';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

export interface LaunchOptions {
  headless: boolean;
  /** Browser UI language, e.g. en-US or ko-KR. */
  locale: string;
  /** Which build to load: the shipped one by default, or the e2e build that declares its test origins. */
  extensionDir?: string;
  /** More Chromium flags, e.g. the socket server's host mapping (chatgpt-socket.ts `chromiumArgs`). */
  extraArgs?: readonly string[];
  /**
   * A browser profile to reuse (kept on close), e.g. to restart the same browser with an updated extension. By
   * default each launch gets a fresh profile that is deleted on close.
   */
  profileDir?: string;
  /**
   * The welcome page a fresh install opens (lib/first-run/): 'close' waits for it and closes it, so a test starts
   * where a user who read it would; 'keep' waits for it and leaves it open; 'none' expects none (a kept profile, or
   * a build from before the welcome page). Default: 'close' for a fresh profile, 'none' for a kept one.
   */
  welcome?: 'close' | 'keep' | 'none';
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}

export async function launchWithExtension({
  headless,
  locale,
  extensionDir = EXTENSION_DIR,
  extraArgs = [],
  profileDir,
  welcome = profileDir === undefined ? 'close' : 'none',
}: LaunchOptions): Promise<Launched> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm test" (or "npm run build") first.`);
  }
  const browser = findChromium();
  const profile = profileDir ?? mkdtempSync(path.join(tmpdir(), 'limit-lens-'));
  const posixLocale = locale.replace('-', '_');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.path,
    headless,
    locale,
    viewport: { width: 1100, height: 800 },
    args: [
      // Playwright passes --disable-extensions by default; this pair is what loads ours.
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${locale}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      ...extraArgs,
    ],
    env: { ...process.env, LANGUAGE: posixLocale, LANG: `${posixLocale}.UTF-8` },
  });
  // Nothing may reach the network: requests that no route serves fail instead of leaving the machine. Routes a
  // test adds later (a site double) are matched first.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  if (welcome !== 'none') {
    // The tab opens from the background's onInstalled, possibly still at about:blank when Playwright first sees it.
    const url = `chrome-extension://${extensionId}/welcome.html`;
    const deadline = Date.now() + 15_000;
    let page = context.pages().find((p) => p.url() === url);
    while (!page) {
      if (Date.now() > deadline) throw new Error('The welcome page did not open on install.');
      await new Promise((resolve) => setTimeout(resolve, 50));
      page = context.pages().find((p) => p.url() === url);
    }
    if (welcome === 'close') await page.close();
  }
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      if (profileDir === undefined) rmSync(profile, { recursive: true, force: true });
    },
  };
}
