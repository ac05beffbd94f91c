import { describe, expect, it } from 'vitest';
import { capPasted, PASTE_LIMITS, type PasteRoute } from '../../lib/evidence/parse-pasted.ts';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { limitMessages, type LimitMessage } from './helpers/fixtures.ts';
import { useTestHandler } from './helpers/message-handler.ts';

const SEEN_AT = Date.parse('2026-11-27T12:00:00Z');

type Fixture = LimitMessage;
const FIXTURES = limitMessages();

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/** A fixture as a developer would paste it: the raw response when a status is known, else the text. */
function asPasted(f: Fixture): string {
  if (!f.status) return f.text;
  const headers = Object.entries(f.headers ?? {})
    .map(([k, v]) => `${k}: ${v}\n`)
    .join('');
  return `HTTP/1.1 ${f.status} ${REASONS[f.status] ?? ''}\n${headers}\n${f.text}`;
}

/** The route a developer would pick for a fixture: the family of the page it was seen on. */
function routeOf(f: Fixture): PasteRoute {
  const host = f.url ? new URL(f.url).hostname : '';
  if (!host) return 'auto';
  if (host === 'chatgpt.com') return 'chatgpt';
  if (host.endsWith('openai.com')) return 'openai';
  if (host.endsWith('azure.com')) return 'azure';
  return 'provider';
}

const setup = useTestHandler();

const req = (text: string, route: PasteRoute = 'auto') => ({
  text,
  route,
  originalChars: text.length,
  seenAt: SEEN_AT,
});

describe('classifyPaste', () => {
  it('explains a paste and stores nothing', async () => {
    const { handle, db, changed } = setup();
    const r = (await handle({
      type: 'classifyPaste',
      payload: req(
        'HTTP/1.1 402 Payment Required\n\n' +
          '{"error":{"message":"Insufficient credits. Add more using ' +
          'https://openrouter.ai/settings/credits"}}',
      ),
    })) as {
      ok: true;
      draft: StopRecord;
      summary: { format: string; status: number };
    };
    expect(r.ok).toBe(true);
    expect(r.summary).toMatchObject({ format: 'http', status: 402 });
    expect(r.draft).toMatchObject({ owner: 'provider', action: 'fix-billing', site: 'manual', count: 1 });
    expect(r.draft.evidence).toMatchObject({ layer: 'manual', status: 402, kinds: ['manual:http'] });
    expect(r.draft.id).toBeUndefined();
    expect(await db.stops.count()).toBe(0);
    expect(changed).not.toHaveBeenCalled();
  });

  it('refuses an empty paste with a clear message', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'classifyPaste', payload: req('  \n ') })).toMatchObject({
      ok: false,
      reason: 'empty',
    });
    expect(await handle({ type: 'classifyPaste', payload: req('\u0000\u0001\u0002') })).toMatchObject({
      ok: false,
      reason: 'empty',
    });
  });

  it('rejects what the page should never send: an uncapped paste, an unknown route', async () => {
    const { handle } = setup();
    const huge = 'x'.repeat(PASTE_LIMITS.maxChars + 1);
    expect(await handle({ type: 'classifyPaste', payload: req(huge) })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await handle({ type: 'savePaste', payload: { ...req('429'), route: 'bing' } })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });

  it('reads a capped 5 MB paste and says it was cut', async () => {
    const { handle } = setup();
    const log =
      `${'INFO ok\n'.repeat(700_000)}openai.RateLimitError: Error code: 429 - {'error': {'message': ` +
      `'Rate limit reached for gpt-image-2 in organization org-abc123def456 on images per minute ` +
      `(IPM): Limit 5, Used 5, Requested 1.'}}`;
    const capped = capPasted(log);
    const r = (await handle({
      type: 'classifyPaste',
      payload: { text: capped.text, route: 'auto', originalChars: capped.originalChars, seenAt: SEEN_AT },
    })) as {
      ok: true;
      draft: StopRecord;
      summary: { notes: string[]; originalChars: number; readChars: number };
    };
    expect(r.ok).toBe(true);
    expect(r.summary.notes).toContain('cut');
    expect(r.summary.originalChars).toBe(log.length);
    expect(r.summary.readChars).toBeLessThanOrEqual(PASTE_LIMITS.maxChars);
    expect(r.draft.owner).toBe('openai-api');
    expect(r.draft.evidence.truncated).toBe(true);
    expect(r.draft.evidence.text.length).toBeLessThanOrEqual(16_384);
  });

  it('lets the route decide the owner of shared wording', async () => {
    const { handle } = setup();
    const text =
      'HTTP/1.1 429 Too Many Requests\nretry-after: 20\n\n{"error":{"message":"Rate limit exceeded: 10 images per minute."}}';
    const owner = async (route: PasteRoute) =>
      ((await handle({ type: 'classifyPaste', payload: req(text, route) })) as { draft: StopRecord }).draft.owner;
    expect(await owner('auto')).toBe('openai-api');
    expect(await owner('provider')).toBe('provider');
    expect(await owner('azure')).toBe('azure');
    expect(await owner('chatgpt')).toBe('chatgpt-app');
  });

  it('takes the endpoint a curl -v paste names as the origin', async () => {
    const { handle } = setup();
    const text =
      '> POST /v1/chat/completions HTTP/2\n> Host: openrouter.ai\n>\n< HTTP/2 429\n' +
      '< x-ratelimit-reset: 1790000000000\n<\n{"error":{"message":"Rate limit exceeded"}}';
    const r = (await handle({ type: 'classifyPaste', payload: req(text) })) as { draft: StopRecord };
    expect(r.draft.owner).toBe('provider');
    expect(r.draft.classification.provider).toBe('openrouter');
    expect(r.draft.evidence.endpoint).toBe('https://openrouter.ai/v1/chat/completions');
  });
});

describe('savePaste', () => {
  it('stores a pasted stop like any other, layer manual; the same paste again merges', async () => {
    const { handle, db, changed } = setup();
    const text =
      'HTTP/1.1 403 Forbidden\n\n{"detail":"User is locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing"}';
    expect(await handle({ type: 'savePaste', payload: req(text) })).toMatchObject({ ok: true, outcome: 'created' });
    expect(await handle({ type: 'savePaste', payload: req(text) })).toMatchObject({ ok: true, outcome: 'merged' });
    const stops = await db.stops.toArray();
    expect(stops).toHaveLength(1);
    expect(stops[0]).toMatchObject({ site: 'manual', owner: 'provider', action: 'fix-billing', count: 1 });
    expect(stops[0]!.evidence.layer).toBe('manual');
    expect(changed).toHaveBeenCalledTimes(2);
    expect(await handle({ type: 'getStop', payload: { id: stops[0]!.id! } })).toMatchObject({
      stop: { site: 'manual' },
    });
    expect(await handle({ type: 'getStop', payload: { id: 999 } })).toEqual({ stop: null });
  });

  it('does not store text with no limit in it', async () => {
    const { handle, db } = setup();
    expect(await handle({ type: 'savePaste', payload: req('hello, this is just a note about lunch') })).toMatchObject({
      ok: false,
      reason: 'not-a-stop',
    });
    expect(await db.stops.count()).toBe(0);
  });
});

describe('every labelled fixture, pasted', () => {
  const scored = FIXTURES.filter((f) => !f.unscored);
  it.each(scored.map((f) => [f.id, f] as const))('%s gets an accepted owner and action', async (_, f) => {
    const { handle } = setup();
    const r = (await handle({ type: 'classifyPaste', payload: req(asPasted(f), routeOf(f)) })) as {
      ok: boolean;
      draft: StopRecord;
    };
    expect(r.ok).toBe(true);
    expect(f.expect.owner).toContain(r.draft.owner);
    expect(f.expect.action).toContain(r.draft.action);
  });
});
