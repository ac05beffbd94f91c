import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capPasted, parsePasted, readPaste } from '../../lib/evidence/parse-pasted.ts';
import { PASTE_LIMITS, type PastedStop, type PasteRoute } from '../../lib/evidence/pasted-stop.ts';
import { textHash } from '../../lib/detect/text-hash.ts';
import { parseEnvelope } from '../../lib/messages/schemas.ts';
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

/** What the paste page sends for a text: the paste read there (even an empty one, which the page would not send). */
const req = (text: string, route: PasteRoute = 'auto', originalChars = text.length): PastedStop => ({
  parsed: parsePasted(text, originalChars),
  route,
  seenAt: SEEN_AT,
  pasteKey: textHash(text),
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
    })) as { ok: true; draft: StopRecord };
    expect(r.ok).toBe(true);
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

  it('rejects what the page should never send: an uncapped paste, an unknown route, a credential, odd fields', async () => {
    const { handle } = setup();
    const huge = 'x'.repeat(PASTE_LIMITS.maxChars + 1);
    const invalid = { ok: false, reason: 'invalid' };
    expect(await handle({ type: 'classifyPaste', payload: req(huge) })).toMatchObject(invalid);
    expect(await handle({ type: 'savePaste', payload: { ...req('429'), route: 'bing' } })).toMatchObject(invalid);
    const http = req('HTTP/1.1 429 Too Many Requests\nretry-after: 20\n\n{"error":"slow down"}');
    expect(await handle({ type: 'classifyPaste', payload: http })).toMatchObject({ ok: true });
    const odd: PastedStop['parsed'][] = [
      { ...http.parsed, headers: { ...http.parsed.headers, authorization: 'Bearer sk-abc' } },
      { ...http.parsed, headers: Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`x-h${i}`, 'v'])) },
      { ...http.parsed, status: 1000 },
      { ...http.parsed, format: 'xml' as 'http' },
      { ...http.parsed, notes: ['cut', 'shouting' as 'cut'] },
      { ...http.parsed, originalChars: -1 },
    ];
    for (const parsed of odd)
      expect(await handle({ type: 'savePaste', payload: { ...http, parsed } })).toMatchObject(invalid);
    expect(await handle({ type: 'savePaste', payload: { ...http, pasteKey: '../x' } })).toMatchObject(invalid);
  });

  it('property: whatever a page reads from a paste, the background accepts as it is', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'HTTP/1.1 429 Too Many Requests\n',
        '< HTTP/2 402\n',
        '> POST /v1/images HTTP/2\n> Host: api.openai.com\n',
        'retry-after: 20\n',
        'Set-Cookie: a=b\n',
        'x-ratelimit-remaining: 0\n',
        '\n',
        '{"error":{"message":"Rate limit"}}',
        'Error code: 429 - ',
        'HTTP Request: POST https://api.openai.com/v1/images/generations?key=1 "HTTP/1.1 429 Too Many Requests"\n',
        '\u0000\u001b[31m',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(3), (parts, r) => {
        const capped = capPasted(parts.join(''));
        const route = (['auto', 'chatgpt', 'openai', 'provider'] as const)[r]!;
        const paste = readPaste({ text: capped.text, route, originalChars: capped.originalChars, seenAt: SEEN_AT });
        if (!paste.ok) return;
        expect(parseEnvelope({ type: 'savePaste', payload: paste.stop })).toMatchObject({ ok: true });
      }),
      { numRuns: 400 },
    );
    // The largest paste a page sends: 64 KB of header lines and text, read to its caps.
    const big = capPasted(`HTTP/1.1 429 x\n${'x-h: v\n'.repeat(300)}${'a'.repeat(200_000)}`);
    const paste = readPaste({ text: big.text, route: 'auto', originalChars: big.originalChars, seenAt: SEEN_AT });
    expect(paste.ok && parseEnvelope({ type: 'classifyPaste', payload: paste.stop }).ok).toBe(true);
  });

  it('reads a capped 5 MB paste and says it was cut', async () => {
    const { handle } = setup();
    const log =
      `${'INFO ok\n'.repeat(700_000)}openai.RateLimitError: Error code: 429 - {'error': {'message': ` +
      `'Rate limit reached for gpt-image-2 in organization org-abc123def456 on images per minute ` +
      `(IPM): Limit 5, Used 5, Requested 1.'}}`;
    const capped = capPasted(log);
    // Read on the page, which says how; the background gets what was read.
    const paste = readPaste({ text: capped.text, route: 'auto', originalChars: capped.originalChars, seenAt: SEEN_AT });
    if (!paste.ok) throw new Error('paste');
    expect(paste.summary.notes).toContain('cut');
    expect(paste.summary.originalChars).toBe(log.length);
    expect(paste.summary.readChars).toBeLessThanOrEqual(PASTE_LIMITS.maxChars);
    const r = (await handle({ type: 'classifyPaste', payload: paste.stop })) as { ok: true; draft: StopRecord };
    expect(r.ok).toBe(true);
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
