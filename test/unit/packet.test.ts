import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/classify/index.ts';
import { newRecord } from '../../lib/evidence/build-record.ts';
import { API_TIER_TABLE, buildPacket, PACKET_FIELDS, tierTableFor, type PacketRow } from '../../lib/evidence/packet.ts';
import { readPaste } from '../../lib/evidence/parse-pasted.ts';
import type { CapturePayload } from '../../lib/domain/shapes.ts';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { capture, classification } from './helpers/factories.ts';

const SEEN = Date.parse('2026-11-27T10:00:00Z');

function recordOf(over: Partial<CapturePayload>, route?: 'provider'): StopRecord {
  const cap = capture({ seenAt: SEEN, ...over });
  const c = classify(
    {
      text: cap.evidence,
      url: cap.url,
      ...(cap.status ? { status: cap.status } : {}),
      ...(cap.headers ? { headers: cap.headers } : {}),
      ...(route ? { route: { family: route } } : {}),
    },
    { now: new Date(SEEN) },
  );
  return { ...newRecord(cap, c), id: 7 };
}

const rowOf = (rows: PacketRow[], field: string) => rows.find((r) => r.field === field)!;

const API_429 = recordOf({
  site: 'platform.openai.com',
  url: 'https://platform.openai.com/playground/images',
  kinds: ['http-error', 'webrequest-headers'],
  endpoint: 'https://api.openai.com/v1/images/generations',
  status: 429,
  evidence:
    '{"error":{"message":"Rate limit reached for gpt-image-2 in organization ' +
    'org-Lt7QmZ3xY8aBcD9eFgH1 on images per minute (IPM): Limit 5, Used 5, Requested 1. Please try ' +
    'again in 12s.","code":"rate_limit_exceeded"}}',
  headers: {
    'retry-after': '12',
    'x-ratelimit-remaining-images': '0',
    'openai-project': 'proj_4kPq9sT2vW6xY1zA8bC3',
    'content-type': 'application/json',
  },
  visibleText: 'Rate limit reached for gpt-image-2',
  occurrenceKeys: ['req:1'],
});

describe('buildPacket', () => {
  it('lists every field in the documented order, each with a source', () => {
    const rows = buildPacket(API_429);
    const fields = [...new Set(rows.map((r) => r.field))];
    expect(fields).toEqual(PACKET_FIELDS.filter((f) => fields.includes(f)));
    for (const f of PACKET_FIELDS.filter((x) => x !== 'other-reset')) expect(fields, f).toContain(f);
    for (const r of rows) expect(r.source, r.field).toBeTruthy();
  });

  it('an OpenAI API 429 from a playground: owner, endpoint, model, ids, status, headers from webRequest, reset and its source', () => {
    const rows = buildPacket(API_429);
    expect(rowOf(rows, 'owner')).toMatchObject({ value: 'openai-api', source: 'classifier' });
    expect(rowOf(rows, 'bucket')).toMatchObject({ value: 'api-images-per-minute' });
    expect(rowOf(rows, 'page')).toMatchObject({
      value: 'https://platform.openai.com/playground/images',
      source: 'page',
    });
    expect(rowOf(rows, 'endpoint')).toMatchObject({
      value: 'https://api.openai.com/v1/images/generations',
      source: 'page-traffic',
    });
    expect(rowOf(rows, 'model')).toMatchObject({ value: 'gpt-image-2', source: 'evidence' });
    expect(rowOf(rows, 'organization')).toMatchObject({
      value: 'org-Lt7QmZ3xY8aBcD9eFgH1',
      source: 'evidence',
      detail: 'named in the text',
    });
    expect(rowOf(rows, 'project')).toMatchObject({
      value: 'proj_4kPq9sT2vW6xY1zA8bC3',
      source: 'header',
      detail: 'openai-project',
    });
    expect(rowOf(rows, 'status')).toMatchObject({ value: '429', source: 'page-traffic' });
    expect(rowOf(rows, 'headers')).toMatchObject({ source: 'webrequest' });
    expect(rowOf(rows, 'headers').value).toContain('x-ratelimit-remaining-images: 0');
    expect(rowOf(rows, 'reset')).toMatchObject({ value: '2026-11-27T10:00:12.000Z', source: 'header' });
    expect(rowOf(rows, 'reset').detail).toContain('header:retry-after');
    expect(rowOf(rows, 'other-reset')).toMatchObject({ source: 'evidence' });
    expect(rowOf(rows, 'retry-count')).toMatchObject({ value: '0', source: 'record' });
    expect(rowOf(rows, 'monthly-usage')).toMatchObject({ value: '', source: 'not-reported' });
    expect(rowOf(rows, 'seen-text')).toMatchObject({
      value: 'Rate limit reached for gpt-image-2',
      source: 'page-text',
    });
    expect(rowOf(rows, 'first-seen').value).toBe('2026-11-27T10:00:00.000Z');
    expect(rowOf(rows, 'reasons').value).toContain('rate_limit_exceeded');
    expect(rowOf(rows, 'request-size')).toMatchObject({ source: 'not-reported' });
  });

  it('says "not reported" rather than guessing', () => {
    const rows = buildPacket({
      ...newRecord(
        capture({
          status: undefined,
          headers: undefined,
          endpoint: undefined,
          evidence: 'You have hit your rate limit.',
        }),
        classification({ reset: undefined, resets: undefined }),
      ),
      id: 1,
    });
    for (const f of [
      'model',
      'organization',
      'project',
      'request-size',
      'request-quality',
      'status',
      'headers',
      'reset',
      'monthly-usage',
      'endpoint',
    ]) {
      expect(rowOf(rows, f), f).toMatchObject({ value: '', source: 'not-reported' });
    }
  });

  it('recognises masked organization ids as masked, and ids in Python-printed errors', () => {
    const masked = buildPacket(
      recordOf({
        evidence:
          "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4 in " +
          "organization org-********** on tokens per min (TPM)'}}",
        status: 429,
        url: 'manual:auto',
      }),
    );
    expect(rowOf(masked, 'organization')).toMatchObject({
      value: 'org-**********',
      detail: 'masked or a placeholder in the text',
    });
    expect(rowOf(masked, 'model')).toMatchObject({ value: 'gpt-4' });
  });

  it.each([
    [
      '{"error":{"code":"RateLimitReached","message":"Your requests to img-deploy for gpt-image-2 in ' +
        'East US 2 have exceeded the call rate limit"}}',
      'gpt-image-2',
    ],
    ['The model `gpt-image-1` does not exist or you do not have access to it.', 'gpt-image-1'],
    [
      'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: imagen-3.0-generate.',
      'imagen-3.0-generate',
    ],
    [
      'You have reached the rate limit specific to this model black-forest-labs/FLUX.1-kontext-pro. The maximum',
      'black-forest-labs/FLUX.1-kontext-pro',
    ],
    ['{"model":"dall-e-3","error":"x"}', 'dall-e-3'],
  ])('finds the model in %j', (text, model) => {
    expect(rowOf(buildPacket(recordOf({ evidence: text, status: 429 })), 'model').value).toBe(model);
  });

  it('finds the model in the endpoint path when the text has none', () => {
    const rows = buildPacket(
      recordOf({
        evidence: '{"title":"Insufficient credit"}',
        status: 402,
        endpoint: 'https://api.replicate.com/v1/models/black-forest-labs/flux-schnell/predictions',
      }),
    );
    expect(rowOf(rows, 'model')).toMatchObject({ value: 'black-forest-labs/flux-schnell', source: 'endpoint-path' });
  });

  it('finds request size and quality when the error states them', () => {
    const rows = buildPacket(
      recordOf({
        evidence: `{"error":{"message":"Invalid size '2048x2048'. Supported: 1024x1024","param":"size"},"request":{"quality":"hd"}}`,
        status: 400,
      }),
    );
    expect(rowOf(rows, 'request-size').value).toBe('2048x2048');
    const q = buildPacket(recordOf({ evidence: '{"size":"1536x1024","quality":"high","error":"x"}', status: 400 }));
    expect(rowOf(q, 'request-size').value).toBe('1536x1024');
    expect(rowOf(q, 'request-quality').value).toBe('high');
  });

  it('states the monthly budget only when the evidence says it is spent', () => {
    const rows = buildPacket(
      recordOf({
        evidence: '{"error":{"code":"billing_hard_limit_reached","message":"Billing hard limit has been reached"}}',
        status: 400,
      }),
    );
    expect(rowOf(rows, 'monthly-usage')).toMatchObject({ value: 'monthly-limit-reached', source: 'classifier' });
  });

  it('counts retries as repeats after the first', () => {
    expect(rowOf(buildPacket({ ...API_429, count: 4 }), 'retry-count').value).toBe('3');
  });

  it('marks a pasted stop’s values as pasted', () => {
    const paste = readPaste({
      text: 'HTTP/1.1 402 Payment Required\nx-request-id: r1\n\n{"title":"Insufficient credit"}',
      route: 'provider',
      originalChars: 70,
      seenAt: SEEN,
    });
    if (!paste.ok) throw new Error('paste');
    const rows = buildPacket({ ...newRecord(paste.capture, classify(paste.input, { now: new Date(SEEN) })), id: 3 });
    expect(rowOf(rows, 'page')).toMatchObject({ value: '', source: 'not-reported' });
    expect(rowOf(rows, 'status')).toMatchObject({ value: '402', source: 'pasted' });
    expect(rowOf(rows, 'headers')).toMatchObject({ value: 'x-request-id: r1', source: 'pasted' });
    expect(rowOf(rows, 'seen-text')).toMatchObject({ value: '{"title":"Insufficient credit"}', source: 'pasted' });
  });
});

describe('the API tier table', () => {
  it('is the dated gpt-image-2 table from the domain notes', () => {
    expect(API_TIER_TABLE).toMatchObject({ model: 'gpt-image-2', checked: '2026-05-05' });
    expect(API_TIER_TABLE.rows.map((r) => [r.tier, r.tpm ?? null, r.ipm ?? null])).toEqual([
      ['Free', null, null],
      ['Tier 1', 100_000, 5],
      ['Tier 2', 250_000, 20],
      ['Tier 3', 800_000, 50],
      ['Tier 4', 3_000_000, 150],
      ['Tier 5', 8_000_000, 250],
    ]);
  });

  it('comes only with an OpenAI API stop', () => {
    expect(tierTableFor(API_429)).toBe(API_TIER_TABLE);
    for (const owner of [
      'chatgpt-app',
      'openai-billing',
      'openai-access',
      'azure',
      'provider',
      'content-policy',
      'service-load',
      'unknown',
    ] as const) {
      expect(tierTableFor({ classification: classification({ owner }) }), owner).toBeUndefined();
    }
  });

  it('is about gpt-image-2: never beside a dall-e-3 or other model stop, and shown for an unknown model', () => {
    expect(tierTableFor(API_429, 'gpt-image-2')).toBe(API_TIER_TABLE);
    expect(tierTableFor(API_429, undefined)).toBe(API_TIER_TABLE);
    expect(tierTableFor(API_429, 'dall-e-3')).toBeUndefined();
    expect(tierTableFor(API_429, 'gpt-image-1')).toBeUndefined();
  });
});
