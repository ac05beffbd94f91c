/**
 * A database written by a newer release: this build refuses it (reads and writes fail with NEWER_SCHEMA and change
 * nothing: not a record, not an index, not the version), captures are kept aside, and the first build that can
 * open the database saves them.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/classify/index.ts';
import { createMessageHandler } from '../../lib/messages/handler.ts';
import type { CapturePayload } from '../../lib/messages/protocol.ts';
import { EXTENSION_SENDER } from '../../lib/messages/sender.ts';
import { isNewerSchemaError, LimitLensDb, NEWER_SCHEMA } from '../../lib/storage/db.ts';
import { keepAside, KEPT_ASIDE_LIMITS, type KeptAsideStore } from '../../lib/storage/kept-aside.ts';
import { capture, freshDbName } from './helpers/factories.ts';

const QUOTA_EVIDENCE =
  'data: {"message":{"id":"t1","author":{"role":"tool","name":"t2uay3k.sj1i4kz"},"content":' +
  '{"content_type":"system_error","name":"ChatGPTAgentToolRateLimitException","text":"You\'ve hit ' +
  'the Plus plan limit for image generations requests. You can create more images when the limit ' +
  'resets in 3 hours."}}}';

function open(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

interface Snapshot {
  version: number;
  stores: Record<string, { indexes: string[]; rows: unknown[] }>;
}

async function snapshot(name: string): Promise<Snapshot> {
  const db = await open(name);
  const stores: Snapshot['stores'] = {};
  for (const store of [...db.objectStoreNames]) {
    const os = db.transaction(store).objectStore(store);
    const rows = await new Promise<unknown[]>((resolve) => {
      const r = os.getAll();
      r.onsuccess = () => resolve(r.result);
    });
    stores[store] = { indexes: [...os.indexNames].sort(), rows };
  }
  const version = db.version;
  db.close();
  return { version, stores };
}

/** This build's database with one stop, then a newer release's upgrade: one version up, a store and an index of its own. */
async function newerReleaseDb(): Promise<string> {
  const name = freshDbName();
  const current = new LimitLensDb(name);
  const handle = createMessageHandler({ db: current, classify });
  expect(
    await handle({ type: 'capture', payload: capture({ evidence: QUOTA_EVIDENCE }) }, EXTENSION_SENDER),
  ).toMatchObject({ ok: true });
  const version = current.verno * 10;
  current.close();
  const newer = await open(name, version + 10, (db) => {
    db.createObjectStore('fromTheFuture', { keyPath: 'id' }).put({ id: 1, note: 'kept' });
  });
  newer.close();
  return name;
}

function memoryStore(): KeptAsideStore & { list: CapturePayload[] } {
  const s = {
    list: [] as CapturePayload[],
    get: async () => s.list,
    set: async (next: CapturePayload[]) => void (s.list = next),
  };
  return s;
}

describe('a database written by a newer release', () => {
  it('is refused: reads and writes fail with NEWER_SCHEMA, and the database is exactly as the newer release left it', async () => {
    const name = await newerReleaseDb();
    const before = await snapshot(name);
    const db = new LimitLensDb(name);
    const read = db.stops.toArray().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isNewerSchemaError(await read)).toBe(true);
    const write = await db.stops.add({} as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isNewerSchemaError(write)).toBe(true);
    db.close();
    expect(await snapshot(name)).toEqual(before);
    expect(before.version).toBe(new LimitLensDb('schema-only').verno * 10 + 10);
  });

  it('a capture is kept aside, not stored, and the handler says so', async () => {
    const name = await newerReleaseDb();
    const before = await snapshot(name);
    const kept = memoryStore();
    const db = new LimitLensDb(name);
    const handle = createMessageHandler({ db, classify, keptAside: kept });
    const payload = capture({ evidence: QUOTA_EVIDENCE, occurrenceKeys: ['msg:later'] });
    expect(await handle({ type: 'capture', payload }, EXTENSION_SENDER)).toMatchObject({
      ok: false,
      reason: 'newer-schema',
    });
    expect(kept.list).toEqual([payload]);
    db.close();
    expect(await snapshot(name)).toEqual(before);
  });

  it('without a place to keep it, the capture is refused as newer-schema (the sender does not retry it forever)', async () => {
    const name = await newerReleaseDb();
    const db = new LimitLensDb(name);
    const handle = createMessageHandler({ db, classify });
    const r = await handle({ type: 'capture', payload: capture({ evidence: QUOTA_EVIDENCE }) }, EXTENSION_SENDER);
    expect(r).toMatchObject({ ok: false, reason: 'newer-schema' });
    db.close();
  });

  it("a database at or below this build's schema opens as before (the refusal is only for newer ones)", async () => {
    const db = new LimitLensDb(freshDbName());
    expect(await db.stops.count()).toBe(0);
    await db.delete();
  });
});

describe('kept-aside captures', () => {
  it('are saved, in order, by the first build that can open the database, and removed once saved', async () => {
    const kept = memoryStore();
    const first = capture({ evidence: QUOTA_EVIDENCE, occurrenceKeys: ['msg:a'], seenAt: capture().seenAt });
    const second = capture({
      evidence: QUOTA_EVIDENCE.replace('Plus plan', 'Pro plan'),
      occurrenceKeys: ['msg:b'],
      seenAt: capture().seenAt + 1000,
    });
    await keepAside(kept, first);
    await keepAside(kept, second);
    const db = new LimitLensDb(freshDbName());
    const handle = createMessageHandler({ db, classify, keptAside: kept });
    expect(await handle.drainKeptAside()).toBe(2);
    expect(kept.list).toEqual([]);
    const keys = (await db.stops.toArray()).flatMap((s) => s.occurrenceKeys);
    expect(keys).toEqual(expect.arrayContaining(['msg:a']));
    expect(await handle.drainKeptAside()).toBe(0);
    await db.delete();
  });

  it("stay kept while the database is still a newer release's", async () => {
    const name = await newerReleaseDb();
    const kept = memoryStore();
    await keepAside(kept, capture({ evidence: QUOTA_EVIDENCE, occurrenceKeys: ['msg:a'] }));
    const db = new LimitLensDb(name);
    const handle = createMessageHandler({ db, classify, keptAside: kept });
    expect(await handle.drainKeptAside()).toBe(0);
    expect(kept.list).toHaveLength(1);
    db.close();
  });

  it('are bounded: past the limit a capture is refused, the list unchanged', async () => {
    const kept = memoryStore();
    kept.list = Array.from({ length: KEPT_ASIDE_LIMITS.captures }, (_, i) => capture({ occurrenceKeys: [`msg:${i}`] }));
    expect(await keepAside(kept, capture())).toBe(false);
    expect(kept.list).toHaveLength(KEPT_ASIDE_LIMITS.captures);
    const big = memoryStore();
    expect(await keepAside(big, capture({ evidence: 'x'.repeat(KEPT_ASIDE_LIMITS.chars) }))).toBe(false);
    expect(big.list).toEqual([]);
  });

  it('the refusal has its own error name, distinct from any IndexedDB error', () => {
    expect(NEWER_SCHEMA).not.toMatch(/^(VersionError|AbortError|UnknownError|QuotaExceededError)$/);
    expect(isNewerSchemaError(new Error('x'))).toBe(false);
    expect(isNewerSchemaError({ name: 'DatabaseClosedError', inner: { name: NEWER_SCHEMA } })).toBe(true);
  });
});
