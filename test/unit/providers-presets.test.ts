// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classify } from '../../lib/classify/index.ts';
import { pageSender, testHandler } from './helpers/message-handler.ts';
import { parseEnvelope } from '../../lib/messages/schemas.ts';
import { originPermissionOf, parsePattern } from '../../lib/providers/match-pattern.ts';
import { GENERIC_ERROR_SELECTORS, PROVIDER_PRESETS, presetHostPatterns } from '../../lib/providers/presets.ts';
import { routeOfOwnerKind } from '../../lib/providers/types.ts';
import { LimitLensDb } from '../../lib/storage/db.ts';
import { capture, freshDbName } from './helpers/factories.ts';

describe('provider presets (data)', () => {
  it('have unique ids and valid, host-level https patterns', () => {
    expect(new Set(PROVIDER_PRESETS.map((p) => p.id)).size).toBe(PROVIDER_PRESETS.length);
    for (const p of PROVIDER_PRESETS) {
      expect(p.name.length, p.id).toBeGreaterThan(0);
      expect(p.notes.length, p.id).toBeGreaterThan(20);
      for (const pattern of [...p.pages, ...p.apiHosts]) {
        expect(parsePattern(pattern).ok, `${p.id}: ${pattern}`).toBe(true);
        // Optional host permissions are origins: the manifest lists exactly these.
        expect(originPermissionOf(pattern), pattern).toBe(pattern);
      }
    }
    expect(presetHostPatterns()).toEqual([...new Set(PROVIDER_PRESETS.flatMap((p) => [...p.pages, ...p.apiHosts]))]);
  });

  it('cover the sites the issue names', () => {
    expect(PROVIDER_PRESETS.map((p) => p.id)).toEqual([
      'openai-platform',
      'azure-foundry',
      'openrouter',
      'fal',
      'replicate',
      'google-ai-studio',
    ]);
  });

  it('have selectors the browser accepts', () => {
    for (const { css } of [...PROVIDER_PRESETS.flatMap((p) => p.errorSelectors), ...GENERIC_ERROR_SELECTORS]) {
      expect(() => document.querySelectorAll(css), css).not.toThrow();
    }
  });

  it.each(PROVIDER_PRESETS.map((p) => [p.id, p] as const))(
    '%s: a bare 429 on its page is owned by its owner kind',
    (_, p) => {
      const page = p.pages[0]!.replace('*', 'x');
      const c = classify({
        text: '{"error":{"message":"Too many requests"}}',
        status: 429,
        url: page,
        route: routeOfOwnerKind(p.ownerKind, p.providerId),
      });
      const owners = { 'openai-api': 'openai-api', azure: 'azure', provider: 'provider' } as const;
      expect(c.owner).toBe(owners[p.ownerKind]);
      if (p.providerId) expect(c.provider).toBe(p.providerId);
    },
  );
});

describe('provider messages', () => {
  it.each([
    ['getStop', { id: 1 }],
    ['listProviders', {}],
    ['setProviderEnabled', { id: 'openai-platform', enabled: true }],
    ['deleteCustomProvider', { id: 'custom-abcd12' }],
    ['saveCustomProvider', { name: 'X', pages: ['https://x.com/*'], apiHosts: [], ownerKind: 'provider' }],
    [
      'classifyPaste',
      {
        parsed: { format: 'http', status: 429, body: '', notes: [], originalChars: 12 },
        route: 'auto',
        seenAt: 1,
        pasteKey: 'a1',
      },
    ],
  ])('accepts a well-formed %s', (type, payload) => {
    expect(parseEnvelope({ type, payload })).toMatchObject({ ok: true });
  });

  it.each([
    ['setProviderEnabled', { id: '../../etc', enabled: true }],
    ['setProviderEnabled', { id: 'fal', enabled: 'yes' }],
    ['saveCustomProvider', { name: 'X', pages: [], apiHosts: [], ownerKind: 'provider' }],
    [
      'saveCustomProvider',
      { name: 'X', pages: Array(11).fill('https://x.com/*'), apiHosts: [], ownerKind: 'provider' },
    ],
    ['saveCustomProvider', { name: 'X', pages: ['https://x.com/*'], apiHosts: [], ownerKind: 'chatgpt-app' }],
    ['getStop', { id: -1 }],
    [
      'savePaste',
      { parsed: { format: 'text', body: 'x', notes: [], originalChars: -1 }, route: 'auto', seenAt: 1, pasteKey: 'a1' },
    ],
  ])('rejects a malformed %s', (type, payload) => {
    expect(parseEnvelope({ type, payload })).toMatchObject({ ok: false });
  });
});

describe('the handler with provider sites', () => {
  const dbs: LimitLensDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });

  function setup() {
    const db = new LimitLensDb(freshDbName());
    dbs.push(db);
    const providers = {
      state: vi.fn(async () => ({ entries: [] })),
      setEnabled: vi.fn(async () => ({ ok: true as const, state: { entries: [] } })),
      saveCustom: vi.fn(async () => ({ ok: true as const, state: { entries: [] } })),
      deleteCustom: vi.fn(async () => ({ ok: true as const, state: { entries: [] } })),
      routeFor: vi.fn(async (url: string) =>
        url.includes('studio.example') ? ({ family: 'provider' } as const) : undefined,
      ),
      enrichCapture: vi.fn(async (c) =>
        c.endpoint?.startsWith('https://') ? { ...c, headers: { ...c.headers, 'retry-after': '30' } } : c,
      ),
    };
    return { db, providers, handle: testHandler({ db, classify, providers }) };
  }

  it('classifies a provider capture with the configured route and the headers webRequest saw', async () => {
    const { db, handle } = setup();
    const r = await handle(
      {
        type: 'capture',
        payload: capture({
          site: 'studio.example.com',
          url: 'https://studio.example.com/create',
          kinds: ['http-error'],
          evidence: '{"error":{"message":"Rate limit exceeded"}}',
          endpoint: 'https://api.example.com/v1/images',
          status: 429,
          headers: {},
          occurrenceKeys: ['req:1'],
        }),
      },
      pageSender('studio.example.com'),
    );
    expect(r).toMatchObject({ ok: true, outcome: 'created' });
    const [stop] = await db.stops.toArray();
    expect(stop).toMatchObject({ owner: 'provider', bucket: 'provider-rate' });
    expect(stop!.classification.reset).toMatchObject({ source: 'header:retry-after', inSeconds: 30 });
    expect(stop!.evidence.headers).toEqual({ 'retry-after': '30' });
  });

  it('leaves a ChatGPT capture exactly as before', async () => {
    const { db, providers } = setup();
    const plainDb = new LimitLensDb(freshDbName());
    dbs.push(plainDb);
    const now = () => capture().seenAt;
    await testHandler({ db, classify, providers, now })(
      { type: 'capture', payload: capture() },
      pageSender('chatgpt.com'),
    );
    await testHandler({ db: plainDb, classify, now })(
      { type: 'capture', payload: capture() },
      pageSender('chatgpt.com'),
    );
    const [stop] = await db.stops.toArray();
    const [plain] = await plainDb.stops.toArray();
    expect(stop).toEqual(plain);
    expect(providers.enrichCapture).toHaveBeenCalledTimes(1);
  });

  it('passes provider-site messages to the service', async () => {
    const { handle, providers } = setup();
    await handle({ type: 'listProviders', payload: {} });
    await handle({ type: 'setProviderEnabled', payload: { id: 'fal', enabled: true } });
    await handle({
      type: 'saveCustomProvider',
      payload: { name: 'X', pages: ['https://x.com/*'], apiHosts: [], ownerKind: 'azure' },
    });
    await handle({ type: 'deleteCustomProvider', payload: { id: 'custom-abcd12' } });
    expect(providers.state).toHaveBeenCalledTimes(1);
    expect(providers.setEnabled).toHaveBeenCalledWith('fal', true);
    expect(providers.saveCustom).toHaveBeenCalledWith({
      name: 'X',
      pages: ['https://x.com/*'],
      apiHosts: [],
      ownerKind: 'azure',
    });
    expect(providers.deleteCustom).toHaveBeenCalledWith('custom-abcd12');
  });
});
