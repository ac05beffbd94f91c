import { describe, expect, it, vi } from 'vitest';
import { createHeaderLog } from '../../lib/providers/header-log.ts';
import { PROVIDER_PRESETS } from '../../lib/providers/presets.ts';
import {
  PROVIDER_SCRIPT_FILES,
  SCRIPT_ID_PREFIX,
  syncRegistrations,
  type PermissionsPort,
  type ScriptRegistration,
  type ScriptingPort,
} from '../../lib/providers/registrations.ts';
import { createProviderService, WEBREQUEST_HEADERS_KIND } from '../../lib/providers/service.ts';
import { configuredEntries, normalizeProviderSettings } from '../../lib/providers/settings.ts';
import type { ProviderSettings } from '../../lib/providers/types.ts';
import { capture } from './helpers/factories.ts';

/** A browser.scripting double: registrations in a map, Chrome's errors for duplicate and unknown ids. */
function fakeScripting(initial: { id: string; js?: string[]; matches?: string[]; world?: string }[] = []) {
  const scripts = new Map(initial.map((s) => [s.id, s]));
  const calls: string[] = [];
  let failNext: ((s: ScriptRegistration[]) => boolean) | undefined;
  const port: ScriptingPort = {
    getRegisteredContentScripts: vi.fn(async () => [...scripts.values()].map((s) => ({ ...s }))),
    registerContentScripts: vi.fn(async (list: ScriptRegistration[]) => {
      calls.push(`register ${list.map((s) => s.id).join(',')}`);
      if (failNext?.(list)) throw new Error('Could not load javascript');
      for (const s of list) if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      for (const s of list) scripts.set(s.id, s);
    }),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      calls.push(`unregister ${filter?.ids?.join(',')}`);
      for (const id of filter?.ids ?? []) {
        if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        scripts.delete(id);
      }
    }),
  };
  return { port, scripts, calls, failWhen: (f: (s: ScriptRegistration[]) => boolean) => (failNext = f) };
}

/** A browser.permissions double: granted origins in a set; `required` ones cannot be removed, as in Chrome. */
function fakePermissions(granted: string[] = [], required: string[] = []) {
  const set = new Set([...granted, ...required]);
  const port: PermissionsPort = {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => set.has(o))),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (origins.some((o) => required.includes(o))) throw new Error('You cannot remove required permissions.');
      for (const o of origins) set.delete(o);
      return true;
    }),
  };
  return {
    port,
    set,
    grant: (...o: string[]) => o.forEach((x) => set.add(x)),
    revoke: (...o: string[]) => o.forEach((x) => set.delete(x)),
  };
}

function fakeStore(initial: unknown = undefined) {
  let value = initial;
  return {
    load: vi.fn(async () => value),
    save: vi.fn(async (s: ProviderSettings) => void (value = structuredClone(s))),
    get: () => value as ProviderSettings,
  };
}

const OPENAI = PROVIDER_PRESETS.find((p) => p.id === 'openai-platform')!;
const OPENAI_ORIGINS = ['https://platform.openai.com/*', 'https://api.openai.com/*'];

function service(
  opts: {
    granted?: string[];
    required?: string[];
    settings?: unknown;
    scripts?: Parameters<typeof fakeScripting>[0];
  } = {},
) {
  const scripting = fakeScripting(opts.scripts);
  const permissions = fakePermissions(opts.granted, opts.required);
  const store = fakeStore(opts.settings);
  const headerLog = createHeaderLog({ now: () => 1_000_000 });
  let n = 0;
  const svc = createProviderService({
    load: store.load,
    save: store.save,
    scripting: scripting.port,
    permissions: permissions.port,
    headerLog,
    headerWaitMs: 100,
    sleep: async () => {},
    newId: () => `custom-test${++n}a`,
  });
  return { svc, scripting, permissions, store, headerLog };
}

describe('syncRegistrations', () => {
  it('registers the MAIN-world observer and the isolated script for each turned-on, granted entry', async () => {
    const s = fakeScripting();
    const p = fakePermissions(OPENAI_ORIGINS);
    const entries = configuredEntries({ enabled: ['openai-platform'], custom: [] });
    const out = await syncRegistrations(entries, { scripting: s.port, permissions: p.port });
    expect(out.get('openai-platform')).toEqual({ status: 'on' });
    expect(out.get('fal')).toEqual({ status: 'off' });
    expect([...s.scripts.values()]).toEqual([
      {
        id: `${SCRIPT_ID_PREFIX}openai-platform:main`,
        js: [PROVIDER_SCRIPT_FILES.main],
        matches: [...OPENAI.pages],
        world: 'MAIN',
        runAt: 'document_start',
        allFrames: false,
        persistAcrossSessions: true,
      },
      {
        id: `${SCRIPT_ID_PREFIX}openai-platform:isolated`,
        js: [PROVIDER_SCRIPT_FILES.isolated],
        matches: [...OPENAI.pages],
        world: 'ISOLATED',
        runAt: 'document_start',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  });

  it('is idempotent: a second sync changes nothing', async () => {
    const s = fakeScripting();
    const p = fakePermissions(OPENAI_ORIGINS);
    const entries = configuredEntries({ enabled: ['openai-platform'], custom: [] });
    await syncRegistrations(entries, { scripting: s.port, permissions: p.port });
    s.calls.length = 0;
    await syncRegistrations(entries, { scripting: s.port, permissions: p.port });
    expect(s.calls).toEqual([]);
  });

  it('does not register an entry whose permission was removed elsewhere, and says so', async () => {
    const s = fakeScripting();
    const p = fakePermissions(['https://platform.openai.com/*']);
    const out = await syncRegistrations(configuredEntries({ enabled: ['openai-platform'], custom: [] }), {
      scripting: s.port,
      permissions: p.port,
    });
    expect(out.get('openai-platform')).toEqual({ status: 'needs-permission' });
    expect(s.scripts.size).toBe(0);
  });

  it('removes stale and changed registrations of its own, never anyone else’s', async () => {
    const s = fakeScripting([
      { id: 'someone-else', js: ['x.js'], matches: ['https://a.com/*'] },
      {
        id: `${SCRIPT_ID_PREFIX}fal:main`,
        js: [PROVIDER_SCRIPT_FILES.main],
        matches: ['https://fal.ai/*'],
        world: 'MAIN',
      },
      {
        id: `${SCRIPT_ID_PREFIX}openai-platform:main`,
        js: [PROVIDER_SCRIPT_FILES.main],
        matches: ['https://old.openai.com/*'],
        world: 'MAIN',
      },
    ]);
    const p = fakePermissions(OPENAI_ORIGINS);
    await syncRegistrations(configuredEntries({ enabled: ['openai-platform'], custom: [] }), {
      scripting: s.port,
      permissions: p.port,
    });
    expect([...s.scripts.keys()].sort()).toEqual([
      `${SCRIPT_ID_PREFIX}openai-platform:isolated`,
      `${SCRIPT_ID_PREFIX}openai-platform:main`,
      'someone-else',
    ]);
    expect(s.scripts.get(`${SCRIPT_ID_PREFIX}openai-platform:main`)!.matches).toEqual([
      'https://platform.openai.com/*',
    ]);
  });

  it('keeps the other entries on when one entry’s registration fails', async () => {
    const s = fakeScripting();
    s.failWhen((list) => list.some((x) => x.id.includes(':fal:')));
    const p = fakePermissions([...OPENAI_ORIGINS, 'https://fal.ai/*', 'https://*.fal.ai/*', 'https://*.fal.run/*']);
    const out = await syncRegistrations(configuredEntries({ enabled: ['openai-platform', 'fal'], custom: [] }), {
      scripting: s.port,
      permissions: p.port,
    });
    expect(out.get('openai-platform')).toEqual({ status: 'on' });
    expect(out.get('fal')).toMatchObject({ status: 'error', error: 'Could not load javascript' });
    expect([...s.scripts.keys()].every((id) => id.includes('openai-platform'))).toBe(true);
  });

  it('never throws when the browser API does', async () => {
    const s = fakeScripting();
    s.port.getRegisteredContentScripts = vi.fn(async () => {
      throw new Error('boom');
    });
    const p = fakePermissions(OPENAI_ORIGINS);
    const out = await syncRegistrations(configuredEntries({ enabled: ['openai-platform'], custom: [] }), {
      scripting: s.port,
      permissions: p.port,
    });
    expect(out.get('openai-platform')).toMatchObject({ status: 'error' });
  });
});

describe('provider service: turning sites on and off', () => {
  it('turns a preset on only when its permission was granted, and registers its scripts', async () => {
    const { svc, scripting, store } = service();
    const denied = await svc.setEnabled('openai-platform', true);
    expect(denied).toMatchObject({ ok: false, reason: 'permission-missing' });
    expect(scripting.scripts.size).toBe(0);
    expect(store.save).not.toHaveBeenCalled();

    const { svc: svc2, scripting: s2, store: st2 } = service({ granted: OPENAI_ORIGINS });
    const r = await svc2.setEnabled('openai-platform', true);
    expect(r.ok).toBe(true);
    expect(r.ok && r.state.entries.find((e) => e.id === 'openai-platform')).toMatchObject({
      enabled: true,
      status: 'on',
    });
    expect(s2.scripts.size).toBe(2);
    expect(st2.get().enabled).toEqual(['openai-platform']);
  });

  it('turning off unregisters and gives back the hosts nothing else needs; required hosts stay', async () => {
    const { svc, scripting, permissions } = service({ granted: OPENAI_ORIGINS, required: ['https://chatgpt.com/*'] });
    await svc.setEnabled('openai-platform', true);
    const r = await svc.setEnabled('openai-platform', false);
    expect(r).toMatchObject({ ok: true });
    expect(scripting.scripts.size).toBe(0);
    expect(permissions.set.has('https://api.openai.com/*')).toBe(false);
    expect(permissions.set.has('https://chatgpt.com/*')).toBe(true);
  });

  it('keeps a host another turned-on entry still needs', async () => {
    const { svc, permissions } = service({ granted: OPENAI_ORIGINS });
    await svc.saveCustom({
      name: 'My gateway',
      pages: ['https://platform.openai.com/gateway/*'],
      apiHosts: [],
      ownerKind: 'provider',
    });
    await svc.setEnabled('openai-platform', true);
    await svc.setEnabled('custom-test1a', true);
    await svc.setEnabled('openai-platform', false);
    expect(permissions.set.has('https://platform.openai.com/*')).toBe(true);
    expect(permissions.set.has('https://api.openai.com/*')).toBe(false);
  });

  it('tolerates a host that cannot be given back (declared as required in the test build)', async () => {
    const { svc } = service({ required: OPENAI_ORIGINS });
    expect(await svc.setEnabled('openai-platform', true)).toMatchObject({ ok: true });
    expect(await svc.setEnabled('openai-platform', false)).toMatchObject({ ok: true });
  });

  it('re-syncs after a permission was removed in the browser: the entry stays configured but needs permission', async () => {
    const { svc, scripting, permissions } = service({ granted: OPENAI_ORIGINS });
    await svc.setEnabled('openai-platform', true);
    permissions.revoke('https://api.openai.com/*');
    const state = await svc.sync();
    expect(state.entries.find((e) => e.id === 'openai-platform')).toMatchObject({
      enabled: true,
      status: 'needs-permission',
    });
    expect(scripting.scripts.size).toBe(0);
    permissions.grant('https://api.openai.com/*');
    const again = await svc.sync();
    expect(again.entries.find((e) => e.id === 'openai-platform')).toMatchObject({ status: 'on' });
    expect(scripting.scripts.size).toBe(2);
  });

  it('serialises overlapping changes (no duplicate registrations)', async () => {
    const { svc, scripting } = service({ granted: OPENAI_ORIGINS });
    const results = await Promise.all([svc.setEnabled('openai-platform', true), svc.sync(), svc.sync(), svc.state()]);
    expect(results[0]).toMatchObject({ ok: true });
    expect(scripting.scripts.size).toBe(2);
  });

  it('tells the background the configured entries after each change and on refresh', async () => {
    const scripting = fakeScripting();
    const permissions = fakePermissions(OPENAI_ORIGINS);
    const store = fakeStore();
    const seen: string[][] = [];
    const svc = createProviderService({
      load: store.load,
      save: store.save,
      scripting: scripting.port,
      permissions: permissions.port,
      onEntries: (entries) => seen.push(entries.filter((e) => e.enabled).map((e) => e.id)),
    });
    await svc.refresh();
    await svc.setEnabled('openai-platform', true);
    expect(seen).toEqual([[], ['openai-platform']]);
    expect(scripting.calls.filter((c) => c.startsWith('register'))).toHaveLength(1);
  });

  it('refuses unknown ids', async () => {
    const { svc } = service();
    expect(await svc.setEnabled('nope', true)).toMatchObject({ ok: false, reason: 'unknown-provider' });
    expect(await svc.deleteCustom('custom-zzzz')).toMatchObject({ ok: false, reason: 'unknown-provider' });
    expect(
      await svc.saveCustom({
        id: 'custom-zzzz',
        name: 'x',
        pages: ['https://x.com/*'],
        apiHosts: [],
        ownerKind: 'provider',
      }),
    ).toMatchObject({
      ok: false,
      reason: 'unknown-provider',
    });
  });

  it('reports a storage failure without changing registrations', async () => {
    const { svc, scripting, store } = service({ granted: OPENAI_ORIGINS });
    store.save.mockRejectedValueOnce(new Error('QuotaExceededError'));
    expect(await svc.setEnabled('openai-platform', true)).toMatchObject({ ok: false, reason: 'storage-error' });
    expect(scripting.scripts.size).toBe(0);
  });
});

describe('provider service: custom entries', () => {
  it('validates, stores, edits and deletes a custom entry', async () => {
    const { svc, store, scripting } = service({
      granted: ['https://studio.example.com/*', 'https://api.example.com/*'],
    });
    const bad = await svc.saveCustom({ name: 'x', pages: ['https://*/*'], apiHosts: [], ownerKind: 'provider' });
    expect(bad).toMatchObject({ ok: false, reason: 'invalid' });
    expect(bad.ok ? '' : bad.message).toMatch(/every site/);
    // The options page words it from this, in the user's language.
    expect(bad).toMatchObject({ problem: { field: 'pages', problem: 'any-host' } });
    expect(
      await svc.saveCustom({ name: 'x', pages: ['https://chatgpt.com/*'], apiHosts: [], ownerKind: 'provider' }),
    ).toMatchObject({ ok: false });

    const r = await svc.saveCustom({
      name: '  Studio  ',
      pages: ['https://studio.example.com/*'],
      apiHosts: ['https://api.example.com/*'],
      ownerKind: 'azure',
    });
    expect(r.ok).toBe(true);
    expect(store.get().custom).toEqual([
      {
        id: 'custom-test1a',
        name: 'Studio',
        pages: ['https://studio.example.com/*'],
        apiHosts: ['https://api.example.com/*'],
        ownerKind: 'azure',
      },
    ]);
    await svc.setEnabled('custom-test1a', true);
    expect(scripting.scripts.size).toBe(2);
    expect(await svc.routeFor('https://studio.example.com/x')).toEqual({ family: 'azure' });

    // Editing to hosts not granted turns it off until the user grants them.
    await svc.saveCustom({
      id: 'custom-test1a',
      name: 'Studio',
      pages: ['https://studio2.example.com/*'],
      apiHosts: [],
      ownerKind: 'provider',
    });
    expect(store.get().enabled).toEqual([]);
    expect(scripting.scripts.size).toBe(0);

    expect(await svc.deleteCustom('custom-test1a')).toMatchObject({ ok: true });
    expect(store.get().custom).toEqual([]);
  });

  it('reads whatever storage holds into valid settings', () => {
    expect(normalizeProviderSettings(undefined)).toEqual({ enabled: [], custom: [] });
    expect(normalizeProviderSettings('junk')).toEqual({ enabled: [], custom: [] });
    const raw = {
      enabled: ['openai-platform', 'openai-platform', 'gone', 7, 'custom-abcd1'],
      custom: [
        { id: 'custom-abcd1', name: 'A', pages: ['https://a.com/*'], apiHosts: [], ownerKind: 'provider' },
        { id: 'custom-abcd1', name: 'dup', pages: ['https://b.com/*'], apiHosts: [], ownerKind: 'provider' },
        { id: 'bad id', name: 'B', pages: ['https://b.com/*'], apiHosts: [], ownerKind: 'provider' },
        { id: 'custom-abcd2', name: 'C', pages: ['https://*/*'], apiHosts: [], ownerKind: 'provider' },
      ],
    };
    expect(normalizeProviderSettings(raw)).toEqual({
      enabled: ['openai-platform', 'custom-abcd1'],
      custom: [{ id: 'custom-abcd1', name: 'A', pages: ['https://a.com/*'], apiHosts: [], ownerKind: 'provider' }],
    });
  });
});

describe('provider service: a capture’s route and headers', () => {
  const playground = { origin: 'https://platform.openai.com', tabId: 7 };
  it('names the route of the turned-on entry whose pages cover the capture’s page', async () => {
    const { svc } = service({ granted: OPENAI_ORIGINS, settings: { enabled: ['openai-platform'], custom: [] } });
    expect(await svc.routeFor('https://platform.openai.com/playground')).toEqual({ family: 'openai' });
    expect(await svc.routeFor('https://chatgpt.com/c/1')).toBeUndefined();
    const off = service({ settings: { enabled: [], custom: [] } });
    expect(await off.svc.routeFor('https://platform.openai.com/playground')).toBeUndefined();
  });

  it('adds the headers webRequest saw for the same request, and marks where they came from', async () => {
    const { svc, headerLog } = service();
    headerLog.record({
      url: 'https://api.openai.com/v1/images/generations?key=1',
      statusCode: 429,
      timeStamp: 1_000_000,
      initiator: 'https://platform.openai.com',
      tabId: 7,
      responseHeaders: [
        { name: 'X-RateLimit-Remaining-Images', value: '0' },
        { name: 'Set-Cookie', value: 'secret' },
        { name: 'openai-project', value: 'proj_abcdefgh12' },
      ],
    });
    const c = capture({
      url: 'https://platform.openai.com/playground',
      site: 'platform.openai.com',
      endpoint: 'https://api.openai.com/v1/images/generations',
      status: 429,
      headers: { 'content-type': 'application/json' },
      kinds: ['http-error'],
      seenAt: 1_000_050,
    });
    const out = await svc.enrichCapture(c, playground);
    expect(out.headers).toEqual({
      'content-type': 'application/json',
      'x-ratelimit-remaining-images': '0',
      'openai-project': 'proj_abcdefgh12',
    });
    expect(out.kinds).toEqual(['http-error', WEBREQUEST_HEADERS_KIND]);
    // Taken once: a second capture does not get the same response's headers.
    expect(await svc.enrichCapture(c, playground)).toBe(c);
  });

  it('leaves ChatGPT captures, other statuses and unmatched captures unchanged', async () => {
    const { svc, headerLog } = service();
    headerLog.record({
      url: 'https://api.x.com/v1',
      statusCode: 429,
      timeStamp: 1_000_000,
      initiator: 'https://platform.openai.com',
      responseHeaders: [{ name: 'retry-after', value: '3' }],
    });
    const chatgpt = capture();
    expect(await svc.enrichCapture(chatgpt, playground)).toBe(chatgpt);
    const other = capture({ endpoint: 'https://api.x.com/v1', status: 500, seenAt: 1_000_000 });
    expect(await svc.enrichCapture(other, playground)).toBe(other);
    const far = capture({ endpoint: 'https://api.x.com/v1', status: 429, seenAt: 1_000_000 + 60_000 });
    expect(await svc.enrichCapture(far, playground)).toBe(far);
  });

  it('joins only headers of requests the capture’s own page made (issue 11)', async () => {
    const { svc, headerLog } = service();
    let at = 1_000_000;
    const seen = (initiator: string | undefined, tabId?: number) =>
      headerLog.record({
        url: 'https://api.x.com/v1',
        statusCode: 429,
        timeStamp: at++,
        responseHeaders: [{ name: 'retry-after', value: '3' }],
        ...(initiator ? { initiator } : {}),
        ...(tabId !== undefined ? { tabId } : {}),
      });
    const c = capture({ endpoint: 'https://api.x.com/v1', status: 429, seenAt: 1_000_000 });
    // Another site's request (or one whose page is unknown) is not this page's to take.
    seen('https://other.example');
    seen(undefined);
    expect(await svc.enrichCapture(c, playground)).toBe(c);
    // The same site in another tab neither.
    seen('https://platform.openai.com', 9);
    expect(await svc.enrichCapture(c, playground)).toBe(c);
    seen('https://platform.openai.com', 7);
    expect((await svc.enrichCapture(c, playground)).headers).toMatchObject({ 'retry-after': '3' });
  });
});
