/**
 * A generated API error log in JSON Lines, as an app calling image-generation APIs writes one on a busy day: one
 * record a line ({id, time, status, url, headers, text}), the same few errors thousands of times with the parts
 * that vary in real logs varying here too. Used by the CLI bench (test/bench/cli-bench.ts) and by the memo's
 * equivalence test (test/unit/classify-memo.test.ts). Deterministic: line i is always the same.
 *
 * The mix, per 100 lines:
 *   40  OpenAI 429, images per minute: "try again in {1..60}s", a fresh x-request-id, x-ratelimit-* headers
 *   10  OpenAI 429, tokens per minute: "try again in {0.100..9.999}s" (millisecond waits: nearly every text new)
 *   10  OpenAI 429 insufficient_quota (one text)
 *    8  OpenAI 500 with the request id inside the text (every text new)
 *    7  Azure OpenAI 429, "retry after {1..60} seconds", retry-after header
 *    5  OpenAI 400 safety rejection (one text)
 *    5  Google 429 RESOURCE_EXHAUSTED with RetryInfo retryDelay "{1..60}s"
 *   15  the labelled fixtures (test/fixtures/limit-messages.jsonl), in turn: ChatGPT app messages in 20 languages,
 *       provider bodies, streams
 * So about one line in five (the TPM waits and the 500s, plus each new wait) has a text not seen before.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rng as random } from './stats.ts';

export interface LogRecord {
  id: string;
  time: string;
  text: string;
  status?: number;
  url?: string;
  headers?: Record<string, string>;
}

const hex = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');

type Fixture = { text: string; status?: number; headers?: Record<string, string>; url?: string };

export function loadFixtures(root = process.cwd()): Fixture[] {
  return readFileSync(path.join(root, 'test/fixtures/limit-messages.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Fixture);
}

const OPENAI = 'https://api.openai.com/v1/images/generations';

/** An OpenAI API error response as the app logged it. */
function openaiError(
  base: { id: string; time: string },
  status: number,
  headers: Record<string, string>,
  message: string,
  type: string,
  code: string | null,
): LogRecord {
  return {
    ...base,
    status,
    url: OPENAI,
    headers,
    text: JSON.stringify({ error: { message, type, param: null, code } }),
  };
}
const T0 = Date.UTC(2026, 10, 30, 8);

/** Line i of the log (0-based), 50 ms after the one before. */
export function apiLogRecord(i: number, fixtures: readonly Fixture[]): LogRecord {
  const r = random(i * 2654435761);
  const base = { id: `l${i}`, time: new Date(T0 + i * 50).toISOString() };
  const slot = i % 100;
  const requestId = `req_${hex(r, 32)}`;
  if (slot < 40) {
    const wait = 1 + Math.floor(r() * 60);
    const headers = {
      'x-request-id': requestId,
      'x-ratelimit-limit-images': '5',
      'x-ratelimit-remaining-images': '0',
      'x-ratelimit-reset-images': `${wait}s`,
    };
    const message =
      `Rate limit reached for gpt-image-1 in organization org-Lt7QmZ3xY8aBcD9eFgH1 on images per minute (IPM): Limit ` +
      `5, Used 5, Requested 1. Please try again in ${wait}s. Visit https://platform.openai.com/account/rate-limits ` +
      `to learn more.`;
    return openaiError(base, 429, headers, message, 'requests', 'rate_limit_exceeded');
  }
  if (slot < 50) {
    const wait = (0.1 + r() * 9.899).toFixed(3);
    const message =
      `Rate limit reached for gpt-image-1 in organization org-Lt7QmZ3xY8aBcD9eFgH1 on tokens per min (TPM): Limit ` +
      `100000, Used 98304, Requested 4160. Please try again in ${wait}s. Visit ` +
      `https://platform.openai.com/account/rate-limits to learn more.`;
    return openaiError(
      base,
      429,
      { 'x-request-id': requestId, 'x-ratelimit-reset-tokens': `${wait}s` },
      message,
      'tokens',
      'rate_limit_exceeded',
    );
  }
  if (slot < 60) {
    const message =
      'You exceeded your current quota, please check your plan and billing details. For more information on this ' +
      'error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.';
    return openaiError(base, 429, { 'x-request-id': requestId }, message, 'insufficient_quota', 'insufficient_quota');
  }
  if (slot < 68) {
    const message =
      `The server had an error while processing your request. Sorry about that! You can retry your request, or ` +
      `contact us through our help center at help.openai.com if the error persists. (Please include the request ID ` +
      `${requestId} in your message.)`;
    return openaiError(base, 500, { 'x-request-id': requestId }, message, 'server_error', null);
  }
  if (slot < 75) {
    const wait = 1 + Math.floor(r() * 60);
    return {
      ...base,
      status: 429,
      url: 'https://contoso-east.openai.azure.com/openai/deployments/gpt-image-1/images/generations?api-version=2025-04-01-preview',
      headers: {
        'retry-after': String(wait),
        'apim-request-id': `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}`,
      },
      text: JSON.stringify({
        error: {
          code: '429',
          message:
            `Requests to the Images_Generations Operation under Azure OpenAI API version 2025-04-01-preview have exceeded ` +
            `call rate limit of your current OpenAI S0 pricing tier. Please retry after ${wait} seconds. Please go here: ` +
            `https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.`,
        },
      }),
    };
  }
  if (slot < 80) {
    const message =
      'Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system.';
    return openaiError(
      base,
      400,
      { 'x-request-id': requestId },
      message,
      'image_generation_user_error',
      'content_policy_violation',
    );
  }
  if (slot < 85) {
    const wait = 1 + Math.floor(r() * 60);
    return {
      ...base,
      status: 429,
      url: 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-image:generateContent',
      text: JSON.stringify({
        error: {
          code: 429,
          message: 'You exceeded your current quota, please check your plan and billing details.',
          status: 'RESOURCE_EXHAUSTED',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
              violations: [
                {
                  quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
                  quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
                  quotaValue: '10',
                },
              ],
            },
            { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${wait}s` },
          ],
        },
      }),
    };
  }
  const f = fixtures[(Math.floor(i / 100) * 15 + slot - 85) % fixtures.length]!;
  return {
    ...base,
    text: f.text,
    ...(f.status ? { status: f.status } : {}),
    ...(f.headers ? { headers: f.headers } : {}),
    ...(f.url ? { url: f.url } : {}),
  };
}

/** The old bench input: the labelled fixtures repeated, each line its own id and time. */
export function fixtureRecord(i: number, fixtures: readonly Fixture[]): LogRecord {
  const f = fixtures[i % fixtures.length]!;
  return {
    id: `l${i}`,
    time: new Date(T0 + i * 50).toISOString(),
    text: f.text,
    ...(f.status ? { status: f.status } : {}),
    ...(f.headers ? { headers: f.headers } : {}),
    ...(f.url ? { url: f.url } : {}),
  };
}
