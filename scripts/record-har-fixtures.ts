/**
 * Records the HAR fixtures in test/fixtures/har/ from the provider doubles the end-to-end tests serve
 * (test/e2e/support/provider-site.ts), as DevTools' "Save all as HAR" would: a playground page calling its API
 * with a key in the Authorization header, a session cookie, and a JSON request body holding the prompt.
 *
 *   npx tsx scripts/record-har-fixtures.ts        (rewrites test/fixtures/har/*.har; needs Chromium)
 *
 * Each file is one short session on one provider shape: successful calls carrying rate-limit headers, then the
 * errors. The OpenAI answers are the e2e doubles' own (SCENARIOS); the Azure, fal, Replicate and OpenRouter answers
 * are the labelled messages of test/fixtures/limit-messages.jsonl with the status those services send.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from '../test/e2e/support/browser-path.ts';
import { SCENARIOS, type ApiAnswer } from '../test/e2e/support/provider-site.ts';

/** Fake credentials in the shapes redaction knows: the tests prove none of them survives into what is stored. */
const HAR_SECRETS = {
  openaiKey: 'sk-proj-Hx7Qm2Lp9Tz4Wv6Yb1Nc3Rd5Fg8Jk0Ma2Sb4Uc6We8',
  openrouterKey: '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',
  falKey: 'fal_key_7b3e9c1a5d8f2b6e0a4c9d3f7b1e5a8c:2d6f0b4e8a1c5f9d3b7e0a4c8f2d6b9e',
  replicateToken: 'r8_Kq3Zx9Lm2Vb7Nt4Wy1Pc6Hd0Fs5Jg8Ae2Ur',
  azureKey: '9f2c7e1b4d8a3f6c0e5b9d2a7f1c4e8b',
  sessionCookie:
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIiwic2Vzc2lvbiI6ImFiYzEyMyJ9.Qm9ndXNTaWduYXR1cmUxMjM0NTY3ODkw',
} as const;

interface Call {
  answer: ApiAnswer;
  /** The request body the page sends (model, size, prompt). */
  request: Record<string, unknown>;
}

interface Session {
  file: string;
  page: string;
  api: string;
  auth: Record<string, string>;
  calls: Call[];
}

const FIXTURES = new Map(
  readFileSync(path.resolve('test/fixtures/limit-messages.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; status?: number; headers?: Record<string, string> })
    .map((f) => [f.id, f] as const),
);

/** A labelled message as the service answers it: its status, its headers, its body as sent. */
function fromFixture(id: string, status: number, headers: Record<string, string> = {}): ApiAnswer {
  const f = FIXTURES.get(id);
  if (!f) throw new Error(`no fixture ${id}`);
  let body: unknown = f.text;
  try {
    body = JSON.parse(f.text);
  } catch {
    // sent as text
  }
  return {
    status,
    headers: {
      ...Object.fromEntries(Object.entries(f.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
      ...headers,
    },
    body,
  };
}

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const ok = (headers: Record<string, string>): ApiAnswer => ({
  status: 200,
  headers,
  body: { created: 1_780_000_000, data: [{ b64_json: PNG_1PX }] },
});
const openaiHeaders = (remainingImages: number) => ({
  'x-ratelimit-limit-images': '5',
  'x-ratelimit-remaining-images': String(remainingImages),
  'x-ratelimit-reset-images': '12s',
  'x-ratelimit-limit-requests': '500',
  'x-ratelimit-remaining-requests': String(495 + remainingImages),
  'x-request-id': `req_ok${remainingImages}a9c2e1b`,
});
const imageRequest = (model: string, size = '1024x1024') => ({
  model,
  prompt: 'a lighthouse at dusk, oil painting',
  size,
  n: 1,
});

const SESSIONS: Session[] = [
  {
    file: 'openai.har',
    page: 'https://platform.openai.com/playground/images',
    api: 'https://api.openai.com/v1/images/generations',
    auth: { authorization: `Bearer ${HAR_SECRETS.openaiKey}` },
    calls: [
      ...[4, 3, 2, 1].map((left) => ({ answer: ok(openaiHeaders(left)), request: imageRequest('gpt-image-2') })),
      { answer: SCENARIOS['openai-rate-limit']!, request: imageRequest('gpt-image-2') },
      { answer: SCENARIOS['openai-rate-limit']!, request: imageRequest('gpt-image-2', '1536x1024') },
      { answer: SCENARIOS['openai-verification']!, request: imageRequest('gpt-image-2') },
    ],
  },
  {
    file: 'azure.har',
    page: 'https://ai.azure.com/playground/images',
    api: 'https://contoso-east.openai.azure.com/openai/deployments/gpt-image-2/images/generations',
    auth: { 'api-key': HAR_SECRETS.azureKey },
    calls: [
      {
        answer: ok({ 'x-ratelimit-remaining-requests': '1', 'x-ratelimit-limit-requests': '3' }),
        request: imageRequest('gpt-image-2'),
      },
      {
        answer: fromFixture('azure-gpt-image-2-aiservices-16s', 429, { 'retry-after': '16' }),
        request: imageRequest('gpt-image-2'),
      },
      { answer: fromFixture('azure-gpt-image-2-s0-24s', 429), request: imageRequest('gpt-image-2', '1024x1536') },
      { answer: fromFixture('azure-resource-temporarily-blocked', 403), request: imageRequest('gpt-image-2') },
    ],
  },
  {
    file: 'fal.har',
    page: 'https://fal.ai/models/fal-ai/flux/dev/playground',
    api: 'https://queue.fal.run/fal-ai/flux/dev',
    auth: { authorization: `Key ${HAR_SECRETS.falKey}` },
    calls: [
      {
        answer: {
          status: 200,
          headers: {},
          body: { request_id: 'a1b2c3d4-0000-4000-8000-000000000001', status: 'IN_QUEUE' },
        },
        request: { prompt: 'a lighthouse at dusk', image_size: 'landscape_4_3', num_images: 2 },
      },
      {
        answer: fromFixture('fal-locked-exhausted-balance', 403),
        request: { prompt: 'a lighthouse at dusk', image_size: 'landscape_4_3', num_images: 2 },
      },
    ],
  },
  {
    file: 'replicate.har',
    page: 'https://replicate.com/black-forest-labs/flux-schnell',
    api: 'https://api.replicate.com/v1/models/black-forest-labs/flux-schnell/predictions',
    auth: { authorization: `Bearer ${HAR_SECRETS.replicateToken}` },
    calls: [
      {
        answer: fromFixture('replicate-429-low-credit', 429, { 'retry-after': '10' }),
        request: { input: { prompt: 'a lighthouse at dusk', aspect_ratio: '16:9', num_outputs: 1 } },
      },
      {
        answer: fromFixture('replicate-429-docs', 429, { 'retry-after': '30' }),
        request: { input: { prompt: 'a lighthouse at dusk', aspect_ratio: '16:9', num_outputs: 1 } },
      },
      {
        answer: fromFixture('replicate-402-full-fixture', 402),
        request: { input: { prompt: 'a lighthouse at dusk', aspect_ratio: '16:9', num_outputs: 1 } },
      },
    ],
  },
  {
    file: 'openrouter.har',
    page: 'https://openrouter.ai/chat',
    api: 'https://openrouter.ai/api/v1/chat/completions',
    auth: { authorization: `Bearer ${HAR_SECRETS.openrouterKey}` },
    calls: [
      {
        answer: ok({ 'x-ratelimit-limit': '20', 'x-ratelimit-remaining': '19' }),
        request: {
          model: 'google/gemini-2.5-flash-image',
          modalities: ['image', 'text'],
          messages: [{ role: 'user', content: 'a lighthouse at dusk' }],
        },
      },
      {
        answer: fromFixture('openrouter-402-never-purchased', 402),
        request: {
          model: 'google/gemini-2.5-flash-image',
          modalities: ['image', 'text'],
          messages: [{ role: 'user', content: 'a lighthouse at dusk' }],
        },
      },
    ],
  },
];

const PAGE =
  `<!doctype html><meta charset="utf-8"><title>playground</title><img src="/logo.png" ` +
  `alt=""><p>Image playground (test double)</p>`;

async function record(context: BrowserContext, session: Session): Promise<void> {
  const pageOrigin = new URL(session.page).origin;
  const apiOrigin = new URL(session.api).origin;
  let call = 0;
  await context.route(`${pageOrigin}/**`, (route) => {
    if (route.request().url().endsWith('/logo.png'))
      return route.fulfill({ contentType: 'image/png', body: Buffer.from(PNG_1PX, 'base64') });
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: PAGE,
      headers: { 'set-cookie': `__session=${HAR_SECRETS.sessionCookie}; Path=/; Secure` },
    });
  });
  await context.route(`${apiOrigin}/**`, (route) => {
    if (!route.request().url().startsWith(session.api)) return route.fallback();
    const cors = {
      'access-control-allow-origin': pageOrigin,
      'access-control-allow-credentials': 'true',
      'access-control-allow-headers': 'authorization, api-key, content-type',
    };
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    const answer = session.calls[call++]?.answer ?? { status: 404, headers: {}, body: { error: 'no such call' } };
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return route.fulfill({
      status: answer.status,
      headers: { ...cors, ...answer.headers },
      contentType: typeof answer.body === 'string' ? 'text/plain' : 'application/json',
      body: text,
    });
  });
  const page = await context.newPage();
  await page.goto(session.page);
  await context.addCookies([{ name: '__session', value: HAR_SECRETS.sessionCookie, url: apiOrigin }]);
  for (const c of session.calls) {
    await page.evaluate(
      async ({ api, auth, body }) => {
        const r = await fetch(api, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json', ...auth },
          body: JSON.stringify(body),
        });
        await r.text();
      },
      { api: session.api, auth: session.auth, body: c.request },
    );
    await page.waitForTimeout(40);
  }
  await page.close();
}

async function main(): Promise<void> {
  const dir = path.resolve('test/fixtures/har');
  mkdirSync(dir, { recursive: true });
  // The credentials the files carry, for the test that none of them survives into what is stored.
  writeFileSync(path.join(dir, 'secrets.json'), `${JSON.stringify(HAR_SECRETS, null, 2)}\n`);
  const browser = await chromium.launch({ executablePath: findChromium().path, headless: true });
  try {
    for (const session of SESSIONS) {
      const file = path.join(dir, session.file);
      rmSync(file, { force: true });
      const context = await browser.newContext({
        recordHar: { path: file, content: 'embed' },
        ignoreHTTPSErrors: true,
      });
      await record(context, session);
      await context.close(); // writes the HAR
      console.log(`recorded ${path.relative(process.cwd(), file)} (${session.calls.length} API calls)`);
    }
  } finally {
    await browser.close();
  }
}

void main();
