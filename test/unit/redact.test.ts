/**
 * Redaction against a table of real-looking secrets: nothing left that should go, nothing masked that should stay.
 *
 * The secrets are assembled at run time from a seeded generator, never written out whole in this file: a literal
 * key-shaped string in the repository would trip secret scanners (and would teach nobody anything).
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newRecord } from '../../lib/evidence/build-record.ts';
import {
  REDACTION_RULES,
  hashOccurrenceKey,
  maskEmail,
  maskPartialId,
  previewRedaction,
  redact,
  redactRecord,
  type RedactionKind,
} from '../../lib/export/redact.ts';
import { capture, classification } from './helpers/factories.ts';
import { seededRandom } from './helpers/seeded-random.ts';

// ── fake secrets ───────────────────────────────────────────────────────────────────────────────────────────────
const rand = seededRandom(0x2545f491);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B64URL = `${ALNUM}_-`;
function chars(n: number, alphabet = ALNUM): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  // Keys always carry at least one digit in practice; make sure the fake ones do too.
  return /\d/.test(s) || alphabet === HEX ? s : `${s.slice(0, -1)}7`;
}
const join2 = (...parts: string[]) => parts.join('');
const uuid = () => [chars(8, HEX), chars(4, HEX), chars(4, HEX), chars(4, HEX), chars(12, HEX)].join('-');
const jwtPart = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');
const jwt = () =>
  `${jwtPart({ alg: 'RS256', typ: 'JWT' })}.` +
  `${jwtPart({ sub: chars(20), exp: 1790000000, 'https://api.openai.com/profile': { email: 'x' } })}.${chars(86, B64URL)}`;

const K = {
  openaiProject: join2('sk-', 'proj-', chars(74, B64URL), 'T3Blbk', 'FJ', chars(74, B64URL)),
  openaiSvc: join2('sk-', 'svcacct-', chars(64, B64URL)),
  openaiAdmin: join2('sk-', 'admin-', chars(64, B64URL)),
  openaiLegacy: join2('sk-', chars(20), 'T3Blbk', 'FJ', chars(20)),
  openrouter: join2('sk-', 'or-v1-', chars(64, HEX)),
  anthropic: join2('sk-', 'ant-api03-', chars(93, B64URL), 'AA'),
  replicate: join2('r8', '_', chars(37)),
  falId: uuid(),
  falSecret: chars(32, HEX),
  google: join2('AI', 'za', 'Sy', chars(33, B64URL)),
  azureHex: chars(32, HEX),
  azure84: chars(84),
  hf: join2('hf', '_', chars(34)),
  github: join2('gh', 'p_', chars(36)),
  githubPat: join2('github', '_pat_', chars(22), '_', chars(59)),
  opaque: chars(40, B64URL),
  basic: Buffer.from(`builder:${chars(12)}`).toString('base64'),
  session: `${jwtPart({ alg: 'dir', enc: 'A256GCM' })}..${chars(22, B64URL)}.${chars(300, B64URL)}.${chars(22, B64URL)}`,
  puid: `user-${chars(24)}:${1790000000}-${chars(43, B64URL)}`,
  cfbm: `${chars(40, B64URL)}-${1790000000}-1.0.1.1-${chars(60, B64URL)}`,
  accessToken: jwt(),
  org: join2('org', '-', chars(24)),
  project: join2('proj', '_', chars(24)),
  sasSig: encodeURIComponent(Buffer.from(chars(32)).toString('base64')),
  proxyPass: chars(14),
  pem: chars(64, `${ALNUM}+/`),
};
const fal = `${K.falId}:${K.falSecret}`;

interface SecretCase {
  name: string;
  text: string;
  /** Every one of these must be gone from the output. */
  secrets: string[];
  kinds: RedactionKind[];
}

const SECRETS: SecretCase[] = [
  {
    name: 'OpenAI project key in a 401 JSON body',
    text: JSON.stringify({
      error: {
        message:
          `Incorrect API key provided: ${K.openaiProject}. You can find your API key at ` +
          `https://platform.openai.com/account/api-keys.`,
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      },
    }),
    secrets: [K.openaiProject],
    kinds: ['api-key'],
  },
  {
    name: 'OpenAI service-account key in a curl header',
    text: `curl https://api.openai.com/v1/images/generations -H "Authorization: Bearer ${K.openaiSvc}" -d '{"model":"gpt-image-2"}'`,
    secrets: [K.openaiSvc],
    kinds: ['api-key'],
  },
  {
    name: 'OpenAI admin key in an env line',
    text: `OPENAI_ADMIN_KEY=${K.openaiAdmin}\nOPENAI_LOG=debug`,
    secrets: [K.openaiAdmin],
    kinds: ['api-key'],
  },
  {
    name: 'legacy OpenAI key in a Python traceback',
    text:
      `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key ` +
      `provided: ${K.openaiLegacy}.', 'type': 'invalid_request_error'}}`,
    secrets: [K.openaiLegacy],
    kinds: ['api-key'],
  },
  {
    name: 'OpenRouter key in an Authorization header line',
    text: `POST /api/v1/chat/completions HTTP/1.1\r\nHost: openrouter.ai\r\nAuthorization: Bearer ${K.openrouter}\r\n\r\n`,
    secrets: [K.openrouter],
    kinds: ['api-key'],
  },
  {
    name: 'Anthropic key in x-api-key',
    text: `x-api-key: ${K.anthropic}\nanthropic-version: 2023-06-01`,
    secrets: [K.anthropic],
    kinds: ['api-key'],
  },
  {
    name: 'Replicate token in an env assignment',
    text: `export REPLICATE_API_TOKEN=${K.replicate}`,
    secrets: [K.replicate],
    kinds: ['api-key'],
  },
  {
    name: 'fal key in an Authorization: Key header',
    text: `Authorization: Key ${fal}`,
    secrets: [K.falId, K.falSecret],
    kinds: ['api-key'],
  },
  {
    name: 'fal key in a FAL_KEY assignment, quoted',
    text: `FAL_KEY="${fal}" python generate.py`,
    secrets: [K.falSecret],
    kinds: ['api-key'],
  },
  {
    name: 'Google key in a query string',
    text:
      `POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-image:` +
      `generateContent?key=${K.google} 429 (Too Many Requests)`,
    secrets: [K.google],
    kinds: ['api-key'],
  },
  {
    name: 'Azure 32-hex api-key header',
    text: `api-key: ${K.azureHex}\nContent-Type: application/json`,
    secrets: [K.azureHex],
    kinds: ['api-key'],
  },
  {
    name: 'Azure 84-character key in a JSON config',
    text: JSON.stringify(
      { endpoint: 'https://my-resource.openai.azure.com/', 'api-key': K.azure84, deployment: 'gpt-image-1' },
      null,
      2,
    ),
    secrets: [K.azure84],
    kinds: ['api-key'],
  },
  {
    name: 'Azure key in an env assignment',
    text: `AZURE_OPENAI_API_KEY=${K.azureHex}`,
    secrets: [K.azureHex],
    kinds: ['api-key'],
  },
  {
    name: 'Hugging Face token in prose',
    text: `I used my token ${K.hf} and got 429 Too Many Requests.`,
    secrets: [K.hf],
    kinds: ['api-key'],
  },
  {
    name: 'GitHub tokens',
    text: `GITHUB_TOKEN=${K.github} and a fine-grained one ${K.githubPat}`,
    secrets: [K.github, K.githubPat],
    kinds: ['api-key'],
  },
  {
    name: 'opaque bearer token in prose',
    text: `called the gateway with Bearer ${K.opaque} and it said 402`,
    secrets: [K.opaque],
    kinds: ['bearer'],
  },
  {
    name: 'Basic credentials',
    text: `Authorization: Basic ${K.basic}`,
    secrets: [K.basic],
    kinds: ['authorization'],
  },
  {
    name: 'Cookie header with a ChatGPT session',
    text:
      `cookie: __Secure-next-auth.session-token=${K.session}; _puid=${K.puid}; oai-did=${K.falId}; ` +
      `__cf_bm=${K.cfbm}\nuser-agent: Mozilla/5.0`,
    secrets: [K.session, K.puid, K.falId, K.cfbm],
    kinds: ['cookie'],
  },
  {
    name: 'Set-Cookie header',
    text: `Set-Cookie: __cf_bm=${K.cfbm}; path=/; expires=Thu, 27-Nov-26 10:30:00 GMT; domain=.chatgpt.com; HttpOnly; Secure`,
    secrets: [K.cfbm],
    kinds: ['cookie'],
  },
  {
    name: 'session token pasted on its own',
    text: `my __Secure-next-auth.session-token=${K.session} expired?`,
    secrets: [K.session],
    kinds: ['session-token'],
  },
  {
    name: 'accessToken JWT in the session JSON',
    text: JSON.stringify({
      user: { id: 'user-x', name: 'Kim' },
      expires: '2026-12-27T10:00:00.000Z',
      accessToken: K.accessToken,
    }),
    secrets: [K.accessToken],
    kinds: ['jwt'],
  },
  {
    name: 'JWT alone in a log line',
    text: `token=${K.accessToken.slice(0, 40)} (truncated) full: ${K.accessToken}`,
    secrets: [K.accessToken],
    kinds: ['jwt'],
  },
  {
    name: 'a body quoted inside a JSON string (escaped twice)',
    text: JSON.stringify({
      log: JSON.stringify({
        headers: { authorization: `Bearer ${K.openaiProject}`, cookie: `_puid=${K.puid}` },
        note: `\n${K.replicate}`,
      }),
    }),
    secrets: [K.openaiProject, K.puid, K.replicate],
    kinds: ['api-key', 'cookie'],
  },
  {
    name: 'Python dict of headers',
    text: `{'Authorization': 'Bearer ${K.opaque}', 'Cookie': 'sessionid=${K.opaque.slice(0, 20)}; theme=dark'}`,
    secrets: [K.opaque],
    kinds: ['bearer', 'cookie'],
  },
  {
    name: 'e-mail addresses in a body and in prose',
    text: `${JSON.stringify({ error: { message: 'Your account jane.doe@example.com is locked.' } })} — contact kim.minji@company.co.kr`,
    secrets: ['jane.doe@example.com', 'kim.minji@company.co.kr', 'jane.doe', 'kim.minji', 'company'],
    kinds: ['email'],
  },
  {
    name: 'organization id in a rate-limit message',
    text: `Rate limit reached for gpt-image-2 in organization ${K.org} on images per minute (IPM). Limit 5, Used 5, Requested 1.`,
    secrets: [K.org, K.org.slice(4, 20)],
    kinds: ['org-id'],
  },
  {
    name: 'project id in a header line',
    text: `openai-organization: ${K.org}\nopenai-project: ${K.project}\nx-request-id: req_0123456789abcdef`,
    secrets: [K.org, K.project, K.project.slice(5, 20)],
    kinds: ['org-id', 'project-id'],
  },
  {
    name: 'password in a proxy URL',
    text: `HTTPS_PROXY=http://builder:${K.proxyPass}@proxy.example.net:3128`,
    secrets: [K.proxyPass],
    kinds: ['url-credentials'],
  },
  {
    name: 'Azure SAS signature in a blob URL',
    text: `https://acct.blob.core.windows.net/images/out.png?sv=2024-11-04&se=2026-11-28T00%3A00%3A00Z&sr=b&sp=r&sig=${K.sasSig}`,
    secrets: [K.sasSig],
    kinds: ['url-secret'],
  },
  {
    name: 'a PEM private key in a service-account JSON',
    text: JSON.stringify({
      type: 'service_account',
      private_key: `-----BEGIN PRIVATE KEY-----\n${K.pem}\n${K.pem}\n-----END PRIVATE KEY-----\n`,
    }),
    secrets: [K.pem],
    kinds: ['private-key'],
  },
  {
    name: 'key right after an escaped line break in JSON text',
    text: '{"text":"line one\\n' + K.openaiLegacy + '"}',
    secrets: [K.openaiLegacy],
    kinds: ['api-key'],
  },
];

const off = { conversationIds: false };
const on = { conversationIds: true };

describe('redact: a table of real-looking secrets', () => {
  it.each(SECRETS)('$name', ({ text, secrets, kinds }) => {
    const r = redact(text, off);
    for (const secret of secrets) expect(r.text).not.toContain(secret);
    const found = new Set(r.findings.map((f) => f.kind));
    for (const kind of kinds) expect(found).toContain(kind);
    // Every finding points at its text in the input.
    for (const f of r.findings) expect(text.slice(f.index, f.index + f.original.length)).toBe(f.original);
    // Masks never contain quotes or backslashes, so JSON stays valid.
    for (const f of r.findings) expect(f.masked).not.toMatch(/["'\\\r\n]/);
    // A second pass finds nothing more.
    expect(redact(r.text, off)).toEqual({ text: r.text, findings: [] });
  });

  it('keeps JSON valid when the input was JSON', () => {
    for (const c of SECRETS) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(c.text);
      } catch {
        continue;
      }
      expect(parsed).toBeDefined();
      expect(() => JSON.parse(redact(c.text, on).text)).not.toThrow();
    }
  });

  it('masks API keys as kind, public prefix and last 4', () => {
    expect(redact(`key ${K.openaiProject}`, off).text).toBe(
      `key [REDACTED:api-key sk-proj-…${K.openaiProject.slice(-4)}]`,
    );
    expect(redact(`key ${K.openrouter}`, off).text).toBe(`key [REDACTED:api-key sk-or-v1-…${K.openrouter.slice(-4)}]`);
    expect(redact(`Authorization: Key ${fal}`, off).text).toBe(
      `Authorization: Key [REDACTED:api-key …${K.falSecret.slice(-4)}]`,
    );
    expect(redact(`Cookie: a=1; _puid=${K.puid}`, off).text).toBe('Cookie: [REDACTED:cookie]');
    expect(redact(`Bearer ${K.opaque}`, off).text).toBe('Bearer [REDACTED:bearer]');
  });

  it('partially masks organization and project ids, keeping prefix, first 2 and last 3', () => {
    expect(redact('in organization org-EYMHJ4WPJuouHcXEpYItmmf1 on requests per min', off).text).toBe(
      'in organization org-EY…mf1 on requests per min',
    );
    expect(maskPartialId(K.project)).toBe(`proj_${K.project.slice(5, 7)}…${K.project.slice(-3)}`);
    expect(maskEmail('jane.doe@example.co.kr')).toBe('j…@e….kr');
  });
});

const KEEP: { name: string; text: string }[] = [
  {
    name: 'model names',
    text: 'Rate limit reached for gpt-image-2 (also gpt-image-1, gpt-4, gpt-4o, dall-e-3, gpt-5-6).',
  },
  {
    name: 'a request id in prose',
    text: '(Please include the request ID ba26ecc19b891d51c802fd1bf379d34a in your message.)',
  },
  {
    name: 'request id headers',
    text: 'x-request-id: req_7f3a9c2b1d4e5f60718293a4b5c6d7e8\napim-request-id: 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
  },
  {
    name: 'documentation URLs',
    text:
      'Visit https://platform.openai.com/account/rate-limits to learn more. See ' +
      'https://help.openai.com/en/articles/6891831-error-code-429',
  },
  { name: 'ISO dates', text: '"resets_after":"2026-09-18T01:18:40.634111+00:00" and 2026-11-27T15:00:00.000Z' },
  {
    name: 'durations',
    text: 'Please try again in 26.604s. x-ratelimit-reset-tokens: 6m0s. retry after 86400 seconds. retry-after-ms: 1500',
  },
  {
    name: 'header names',
    text:
      'x-ratelimit-remaining-requests: 0\nretry-after: 20\n' +
      'Missing Authorization header. Set-Cookie header missing. Invalid api-key: missing',
  },
  { name: 'limit figures', text: 'Limit 10000, Used 9348, Requested 5086. Limit: 1,000,000 enqueued tokens.' },
  {
    name: 'plain words',
    text: 'task skill risk-free ask-me desk-top Bearer authentication user-agent user-generated org-verification',
  },
  {
    name: 'placeholders and pre-masked ids',
    text: 'in organization org-x on tokens; org-********** ; Bearer YOUR_API_KEY; sk-learn',
  },
  { name: 'Korean', text: '이미지 생성 한도에 도달했습니다. 5시간 후에 초기화됩니다. 요청 ID: req_abc12345678' },
  { name: 'Japanese and emoji', text: '画像を使い切りました 🎨 17時間後にリセット' },
  {
    name: 'vendor support addresses and file names',
    text: 'contact support@openai.com or help.openai.com; logo@2x.png',
  },
  { name: 'a uuid with no secret context', text: '{"message":{"id":"9f8e7d6c-5b4a-4938-8271-605f4e3d2c1b"}}' },
  { name: 'a bare 32-hex value', text: 'etag: 0123456789abcdef0123456789abcdef' },
];

describe('redact: things that must stay', () => {
  it.each(KEEP)('$name', ({ text }) => {
    expect(redact(text, off)).toEqual({ text, findings: [] });
  });

  it('leaves every fixture message unchanged except the one real organization id', () => {
    const lines = readFileSync(new URL('../fixtures/limit-messages.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(50);
    const changed: string[] = [];
    for (const line of lines) {
      const f = JSON.parse(line) as { id: string; text: string; url?: string; headers?: Record<string, string> };
      for (const t of [f.text, f.url ?? '', ...Object.values(f.headers ?? {})]) {
        const r = redact(t, off);
        if (r.text !== t) changed.push(`${f.id}: ${r.findings.map((x) => x.kind).join(',')}`);
      }
    }
    expect(changed).toEqual(['api-rpm-default-global-with-image-limits: org-id']);
  });

  it('leaves ChatGPT stream fixtures alone except resume tokens (and conversation ids when asked)', () => {
    const dir = new URL('../fixtures/streams/', import.meta.url);
    // A resume token is a signed JWT in a "token" field: masked as either.
    const resumeToken = (k: RedactionKind) => k === 'secret-field' || k === 'jwt';
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const kinds = new Set(redact(text, off).findings.map((f) => f.kind));
      expect(
        [...kinds].filter((k) => !resumeToken(k)),
        file,
      ).toEqual([]);
      const withIds = redact(text, on);
      expect(
        [...new Set(withIds.findings.map((f) => f.kind))].filter((k) => !resumeToken(k) && k !== 'conversation-id'),
        file,
      ).toEqual([]);
      expect(withIds.text).not.toContain('6a0f3c2e-9b1d-4c7e-8f21-3d5e7a9b0c11');
    }
  });
});

describe('redact: conversation ids', () => {
  const id = '6a0f3c2e-9b1d-4c7e-8f21-3d5e7a9b0c11';
  const msg = '9f8e7d6c-5b4a-4938-8271-605f4e3d2c1b';
  const text =
    `https://chatgpt.com/c/${id} {"conversation_id":"${id}","message":{"id":"${msg}"}} ` +
    `/backend-api/conversation/${id}/stream_status`;

  it('are kept unless asked for', () => {
    expect(redact(text, off).text).toBe(text);
  });

  it('are masked (first 4 and last 4) when asked for; message ids stay', () => {
    const r = redact(text, on);
    expect(r.text).not.toContain(id);
    expect(r.text).toContain('https://chatgpt.com/c/6a0f…0c11');
    expect(r.text).toContain(msg);
    expect(r.findings.map((f) => f.kind)).toEqual(['conversation-id', 'conversation-id', 'conversation-id']);
  });

  it('known ids are masked wherever they appear verbatim', () => {
    const r = redact(`seen in ${id}`, { conversationIds: true, knownConversationIds: [id] });
    expect(r.text).toBe('seen in 6a0f…0c11');
  });
});

describe('redact: properties', () => {
  const secretArb = fc.constantFrom(
    K.openaiProject,
    K.openrouter,
    K.anthropic,
    K.replicate,
    fal,
    K.google,
    K.hf,
    K.github,
    K.accessToken,
    `Bearer ${K.opaque}`,
    `api-key: ${K.azureHex}`,
    `Cookie: _puid=${K.puid}`,
    'jane.doe@example.com',
    K.org,
    K.project,
  );
  const filler = fc.string({ maxLength: 30 });
  const piece = fc.oneof(filler, secretArb, fc.constantFrom('\n', '"', '\\', "'", ' ', ':', '=', '\\n', '한도', '🎨'));

  it('JSON text stays valid JSON and keeps its shape', () => {
    const value = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(value, fc.integer(), fc.array(value, { maxLength: 3 }))),
        (obj) => {
          for (const json of [JSON.stringify(obj), JSON.stringify(obj, null, 2), JSON.stringify(JSON.stringify(obj))]) {
            const out = redact(json, on).text;
            const parsed = JSON.parse(out) as unknown;
            expect(typeof parsed).toBe(typeof JSON.parse(json));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    JSON.stringify({ '': 'Cookie: \nCookie: _puid=user-abc:123-xyz' }),
    JSON.stringify({ '': ["'token': '"], "'": '' }),
    JSON.stringify({ '': "'token': '", "'": '' }),
    JSON.stringify(JSON.stringify({ a: 'Cookie: \n', b: `${K.openaiLegacy}"token": "abc123"` })),
  ])('regression: %s stays valid JSON and is stable', (json) => {
    const once = redact(json, on);
    expect(() => JSON.parse(once.text)).not.toThrow();
    expect(redact(once.text, on).text).toBe(once.text);
    expect(once.text).not.toContain('123-xyz');
    expect(once.text).not.toContain('abc123');
  });

  it('a secret glued to a field still lets the field be found', () => {
    const r = redact(`${K.openaiLegacy}"token": "abc123"`, off);
    expect(r.text).toBe(`[REDACTED:api-key sk-…${K.openaiLegacy.slice(-4)}]"token": "[REDACTED:secret-field]"`);
    expect(redact(`Cookie: 'token': '"'__Secure-next-auth.session-token=`, off).text).toBe(
      redact(redact(`Cookie: 'token': '"'__Secure-next-auth.session-token=`, off).text, off).text,
    );
  });

  it('masks addresses glued together without leaving a piece behind', () => {
    const r = redact('jane.doe@example.comjane.doe@example.com and keysk', off);
    expect(r.text).toBe('[REDACTED:email] and keysk');
    expect(redact(r.text, off).findings).toEqual([]);
  });

  it('is idempotent, and findings rebuild the output', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        (text) => {
          const once = redact(text, on);
          expect(redact(once.text, on).text).toBe(once.text);
          let rebuilt = '';
          let cursor = 0;
          for (const f of once.findings) {
            expect(text.slice(f.index, f.index + f.original.length)).toBe(f.original);
            rebuilt += text.slice(cursor, f.index) + f.masked;
            cursor = f.index + f.original.length;
          }
          expect(rebuilt + text.slice(cursor)).toBe(once.text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never leaves a whole secret from the table behind, whatever surrounds it', () => {
    fc.assert(
      fc.property(filler, secretArb, filler, (a, secret, b) => {
        const sep = (s: string) => (/[A-Za-z0-9_.+%-]$/.test(s) ? `${s} ` : s);
        const text = `${sep(a)}${secret} ${b}`;
        const out = redact(text, off).text;
        const core = secret.replace(/^(Bearer |api-key: |Cookie: _puid=)/, '');
        expect(out).not.toContain(core);
      }),
      { numRuns: 500 },
    );
  });

  it('scans 64 KB of base64 or hyphenated words in linear time', () => {
    const base64 = Buffer.from(Array.from({ length: 48_000 }, (_, i) => (i * 7919) % 256))
      .toString('base64')
      .slice(0, 65_536);
    const words = 'a-'.repeat(32_768);
    const dots = 'x.'.repeat(32_768);
    const mails = `a@${'b.'.repeat(32_000)}`;
    const addresses = 'x@a.co'.repeat(10_900);
    for (const text of [
      base64,
      words,
      dots,
      mails,
      addresses,
      'Authorization: '.repeat(4_000),
      '@a'.repeat(32_768),
      'sk-'.repeat(20_000),
    ]) {
      const t0 = performance.now();
      redact(text, on);
      expect(performance.now() - t0).toBeLessThan(1_500);
    }
  });

  it('every rule has a note and a global pattern', () => {
    for (const rule of REDACTION_RULES) {
      expect(rule.note.length).toBeGreaterThan(10);
      expect(rule.pattern.global).toBe(true);
    }
  });

  it("a rule's hints are in every text it matches (so skipping on a missing hint never misses a secret)", () => {
    const texts = [
      ...SECRETS.map((c) => c.text),
      ...KEEP.map((c) => c.text),
      'https://chatgpt.com/c/6a0f3c2e-9b1d-4c7e-8f21-3d5e7a9b0c11 "conversation_id": "6a0f3c2e-9b1d-4c7e-8f21-3d5e7a9b0c11"',
    ];
    let checked = 0;
    for (const rule of REDACTION_RULES) {
      if (!rule.hints) continue;
      for (const text of texts) {
        for (const m of text.matchAll(rule.pattern)) {
          // The hint may sit in a lookbehind (before the match) as well as in it.
          const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length).toLowerCase();
          expect(
            rule.hints.some((h) => around.includes(h)),
            `${rule.id}: ${m[0]}`,
          ).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});

describe('redactRecord', () => {
  const convo = '11111111-2222-3333-4444-555555555555';
  const record = () => ({
    ...newRecord(
      capture({
        visibleText: `Your key ${K.openaiProject} hit a limit. Contact jane@example.com.`,
        evidence: JSON.stringify({
          error: { message: `Rate limit reached for gpt-image-2 in organization ${K.org} on images per minute (IPM).` },
        }),
        headers: {
          authorization: `Bearer ${K.openaiProject}`,
          cookie: `_puid=${K.puid}; theme=dark`,
          'set-cookie': 'x=1; Path=/',
          'retry-after': '20',
          'x-request-id': 'req_0123456789abcdef',
          'openai-organization': K.org,
        },
        status: 429,
        occurrenceKeys: ['msg:tool-1', `text:${convo}:1a2b3c`],
      }),
      classification({
        reasons: [`429 from the API for ${K.org}`],
        reset: { at: '2026-11-27T15:00:00.000Z', inSeconds: 20, source: 'header:retry-after', stated: '20' },
      }),
    ),
    id: 42,
  });

  it('masks every free-text field, deep, without mutating the input', () => {
    const input = record();
    const before = structuredClone(input);
    const { record: out, findings } = redactRecord(input, off);
    expect(input).toEqual(before);
    const json = JSON.stringify(out);
    for (const secret of [K.openaiProject, K.org, K.puid, 'jane@example.com']) expect(json).not.toContain(secret);
    expect(out.evidence.headers).toEqual({
      authorization: `Bearer [REDACTED:api-key sk-proj-…${K.openaiProject.slice(-4)}]`,
      cookie: '[REDACTED:cookie]',
      'set-cookie': '[REDACTED:cookie]',
      'retry-after': '20',
      'x-request-id': 'req_0123456789abcdef',
      'openai-organization': maskPartialId(K.org),
    });
    expect(out.classification.reasons[0]).toBe(`429 from the API for ${maskPartialId(K.org)}`);
    expect(new Set(findings.map((f) => f.field))).toEqual(
      new Set([
        'visibleText',
        'evidence.text',
        'evidence.headers.authorization',
        'evidence.headers.cookie',
        'evidence.headers.set-cookie',
        'evidence.headers.openai-organization',
        'classification.reasons[0]',
      ]),
    );
  });

  it('keeps labels, keys, times and the conversation id when not asked to mask it', () => {
    const input = record();
    const { record: out } = redactRecord(input, off);
    for (const k of [
      'id',
      'owner',
      'action',
      'bucket',
      'site',
      'groupKey',
      'resetAt',
      'firstSeenAt',
      'lastSeenAt',
      'count',
      'conversationId',
      'url',
    ] as const) {
      expect(out[k]).toEqual(input[k]);
    }
    expect(out.occurrenceKeys).toEqual(input.occurrenceKeys);
    expect(out.classification.reset).toEqual(input.classification.reset);
    expect(out.evidence.kinds).toEqual(input.evidence.kinds);
  });

  it('with conversationIds, masks the id everywhere and hashes occurrence keys', () => {
    const input = record();
    const { record: out, findings } = redactRecord(input, on);
    expect(JSON.stringify(out)).not.toContain(convo);
    expect(out.conversationId).toBe('1111…5555');
    expect(out.url).toBe('https://chatgpt.com/c/1111…5555');
    expect(out.occurrenceKeys).toEqual(input.occurrenceKeys.map(hashOccurrenceKey));
    expect(out.occurrenceKeys.every((k) => k.startsWith('h:'))).toBe(true);
    expect(findings.some((f) => f.field === 'conversationId' && f.kind === 'conversation-id')).toBe(true);
  });

  it('previewRedaction counts what an export would mask', () => {
    const p = previewRedaction([record(), record()], off);
    expect(p.counts['api-key']).toBe(4); // visible text + authorization header, twice
    expect(p.counts.email).toBe(2);
    expect(p.findings.every((f) => f.record === 0 || f.record === 1)).toBe(true);
  });
});
