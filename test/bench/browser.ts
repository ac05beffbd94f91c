/**
 * Starts the bench's Chromium: the same executable and flags for every condition, differing only in which
 * unpacked extension is loaded (none, the built Limit Lens, or the naive control). chatgpt.com (and a
 * non-matching host for the A/A control) resolve to the bench's loopback HTTPS server; every other host fails to
 * resolve, so nothing leaves the machine. No Playwright routes are installed: request interception would itself
 * add work to every request of every condition.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from '../e2e/support/browser-path.ts';

/** A host the extension does not match, served by the same server: the "extension loaded, not on this site" A/A. */
export const OFFSITE_HOST = 'bench-offsite.test';
/** chatgpt.com, its WebSocket host (served by the same loopback server, server.ts) and the off-site host. */
export const SITE_HOSTS = ['chatgpt.com', 'ws.chatgpt.com', OFFSITE_HOST];

export interface BenchBrowser {
  context: BrowserContext;
  /** The host of the first extension service worker, when an extension with one was loaded. */
  extensionId?: string;
  close: () => Promise<void>;
}

export interface BenchLaunchOptions {
  port: number;
  /** Absolute paths of unpacked extensions; empty for plain Chromium. */
  extensions: string[];
  /** Wait for an extension service worker and report its id. */
  waitForWorker?: boolean;
}

export function chromiumArgs(port: number, extensions: string[]): string[] {
  const rules = [...SITE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(
    ', ',
  );
  return [
    ...(extensions.length
      ? [`--disable-extensions-except=${extensions.join(',')}`, `--load-extension=${extensions.join(',')}`]
      : []),
    `--host-resolver-rules=${rules}`,
    // The loopback server's certificate is self-signed (tls.ts).
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--lang=en-US',
  ];
}

async function closeWelcome(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const page = context.pages().find((p) => /^chrome-extension:\/\/[^/]+\/welcome\.html/.test(p.url()));
    if (page) return page.close();
    if (Date.now() > deadline)
      throw new Error('harness check failed: the welcome page of a fresh install did not open');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchBench(opts: BenchLaunchOptions): Promise<BenchBrowser> {
  const browser = findChromium();
  const profile = mkdtempSync(path.join(tmpdir(), 'limit-lens-bench-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browser.path,
      headless: true,
      locale: 'en-US',
      viewport: { width: 1100, height: 800 },
      ignoreHTTPSErrors: true,
      args: chromiumArgs(opts.port, opts.extensions),
      env: { ...process.env, LANGUAGE: 'en_US', LANG: 'en_US.UTF-8' },
    });
    let extensionId: string | undefined;
    if (opts.waitForWorker) {
      let [worker] = context.serviceWorkers();
      worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
      extensionId = new URL(worker.url()).host;
    }
    // A fresh install of Limit Lens opens its welcome page in a tab in front: measured in a background tab, the
    // page would skip rendering work and look cheaper. It is closed before anything is measured.
    if (opts.extensions.some((dir) => existsSync(path.join(dir, 'welcome.html')))) await closeWelcome(context);
    const ctx = context;
    return {
      context: ctx,
      extensionId,
      close: async () => {
        await ctx.close().catch(() => {});
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
