/**
 * Provider pages and their APIs from route fixtures, and a Chromium with the end-to-end build of the extension
 * (`wxt build --mode e2e`, .output/chrome-mv3-e2e), which is granted these test origins up front: a headless browser
 * cannot click "Allow" on a permission prompt. Everything else the extension does is the shipped code.
 *
 * Served here, each behind its own route (the catch-all that aborts every other request is added first, so these,
 * added later, win):
 * - https://platform.openai.com/… the OpenAI playground double, calling https://api.openai.com/v1/images/generations
 * - https://studio.imagegen.test/… a custom provider's studio, calling https://api.imagegen.test/v1/images
 */
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from './launch.ts';

export const E2E_EXTENSION_DIR = path.resolve('.output/chrome-mv3-e2e');
const PAGE = readFileSync(path.resolve('test/e2e/site/provider-playground.html'), 'utf8');

export const OPENAI_PAGE = 'https://platform.openai.com/playground/images';
export const OPENAI_API = 'https://api.openai.com/v1/images/generations';
export const CUSTOM_PAGE = 'https://studio.imagegen.test/create';
export const CUSTOM_API = 'https://api.imagegen.test/v1/images';

export const ORG_ID = 'org-Lt7QmZ3xY8aBcD9eFgH1';
export const PROJECT_ID = 'proj_4kPq9sT2vW6xY1zA8bC3';

export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** What each scenario's API answers. Rate-limit headers are sent but not exposed to the page (no expose-headers). */
export const SCENARIOS: Record<string, ApiAnswer> = {
  // OpenAI API, IPM exhausted: the body says so, the headers carry the live counters and the project's ids.
  'openai-rate-limit': {
    status: 429,
    headers: {
      'x-ratelimit-limit-images': '5',
      'x-ratelimit-remaining-images': '0',
      'x-ratelimit-reset-images': '12s',
      'x-ratelimit-limit-requests': '500',
      'x-ratelimit-remaining-requests': '499',
      'retry-after': '12',
      'openai-organization': ORG_ID,
      'openai-project': PROJECT_ID,
      'x-request-id': 'req_7f3a9c2e1b',
    },
    body: {
      error: {
        message:
          `Rate limit reached for gpt-image-2 in organization ${ORG_ID} on images per minute (IPM): Limit ` +
          `5, Used 5, Requested 1. Please try again in 12s. Visit ` +
          `https://platform.openai.com/account/rate-limits to learn more.`,
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      },
    },
  },
  // Refused before generation: organization verification.
  'openai-verification': {
    status: 403,
    headers: { 'openai-organization': ORG_ID, 'x-request-id': 'req_0b1c2d3e4f' },
    body: {
      error: {
        message:
          'Your organization must be verified to use the model `gpt-image-2`. Please go to: ' +
          'https://platform.openai.com/settings/organization/general and click on Verify Organization. If ' +
          'you just verified, it can take up to 15 minutes for access to propagate.',
        type: 'invalid_request_error',
        param: null,
        code: null,
      },
    },
  },
  // A third party's own credits.
  'custom-credits': {
    status: 402,
    headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '59', 'x-request-id': 'igs-402-1' },
    body: {
      error: {
        message: 'Insufficient credits. Add more credits in your ImageGen billing settings and retry the request.',
        code: 402,
      },
    },
  },
  // A third party's rate limit in words any API could use: the route the user configured makes it the provider's.
  'custom-rate-limit': {
    status: 429,
    headers: {
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '20',
      'retry-after': '20',
    },
    body: { error: { message: 'Rate limit exceeded: 10 images per minute. Please slow down.' } },
  },
};

/** Routes one provider page and its API. `requests` records what the page asked for (method, URL). */
export async function serveProvider(context: BrowserContext, site: { page: string; api: string }) {
  const requests: string[] = [];
  const pageOrigin = new URL(site.page).origin;
  await context.route(`${pageOrigin}/**`, (route) => {
    requests.push(`${route.request().method()} ${route.request().url()}`);
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
  });
  await context.route(`${new URL(site.api).origin}/**`, (route) => {
    const req = route.request();
    requests.push(`${req.method()} ${req.url()}`);
    let scenario = 'none';
    try {
      scenario = (JSON.parse(req.postData() ?? '{}') as { scenario?: string }).scenario ?? 'none';
    } catch {
      // not ours
    }
    const answer = SCENARIOS[scenario];
    const cors = { 'access-control-allow-origin': pageOrigin };
    if (!answer)
      return route.fulfill({
        status: 404,
        headers: cors,
        contentType: 'application/json',
        body: '{"error":"no such scenario"}',
      });
    return route.fulfill({
      status: answer.status,
      headers: { ...cors, ...answer.headers },
      contentType: 'application/json',
      body: JSON.stringify(answer.body),
    });
  });
  return {
    requests,
    url: (scenario: string, via: 'fetch' | 'xhr' = 'fetch') =>
      `${site.page}?scenario=${scenario}&via=${via}&api=${encodeURIComponent(site.api)}`,
  };
}

/** Plays one scenario in a new tab until the page says it is done. */
export async function playProvider(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await base.expect(page).toHaveTitle('done');
  return page;
}

function ensureE2eBuild(): void {
  if (existsSync(path.join(E2E_EXTENSION_DIR, 'manifest.json'))) return;
  // `npm test` builds it; a bare `npx playwright test` on a fresh checkout builds it here.
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
}

interface Fixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  openExtensionPage: (page: string) => Promise<Page>;
  openPopup: () => Promise<Page>;
}

/** Like support/extension.ts, with the end-to-end build. */
export const test = base.extend<Fixtures>({
  context: async ({}, use) => {
    ensureE2eBuild();
    const launched = await launchWithExtension({ headless: true, locale: 'en-US', extensionDir: E2E_EXTENSION_DIR });
    await use(launched.context);
    await launched.close();
  },
  worker: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    await use(worker);
  },
  extensionId: async ({ worker }, use) => use(new URL(worker.url()).host),
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (page: string) => {
      const tab = await context.newPage();
      await tab.goto(`chrome-extension://${extensionId}/${page}`);
      return tab;
    });
  },
  openPopup: async ({ openExtensionPage }, use) => {
    await use(async () => {
      const popup = await openExtensionPage('popup.html');
      await popup.setViewportSize({ width: 420, height: 640 });
      return popup;
    });
  },
});

export const expect = test.expect;

/** The ids of this extension's runtime-registered content scripts, read in its service worker. */
export async function registeredScriptIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const g = globalThis as unknown as {
      chrome: { scripting: { getRegisteredContentScripts: () => Promise<{ id: string }[]> } };
    };
    return (await g.chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort();
  });
}
