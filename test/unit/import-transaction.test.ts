import { afterEach, describe, expect, it, vi } from 'vitest';
import { classify } from '../../lib/classify/index.ts';
import { newRecord } from '../../lib/evidence/build-record.ts';
import { parseExportJson, toExportJson, toExportedStop } from '../../lib/export/json.ts';
import { testHandler } from './helpers/message-handler.ts';
import { LimitLensDb } from '../../lib/storage/db.ts';
import { importStops } from '../../lib/storage/import.ts';
import { createHistoryQueries } from '../../lib/storage/history-query.ts';
import { hashOccurrenceKey } from '../../lib/export/redact.ts';
import { saveCapture } from '../../lib/storage/stops-repository.ts';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { capture, classification, freshDbName } from './helpers/factories.ts';

const dbs: LimitLensDb[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) await db.delete();
});

function openDb() {
  const db = new LimitLensDb(freshDbName());
  dbs.push(db);
  return db;
}

function stop(
  key: string,
  over: Parameters<typeof classification>[0] = {},
  seenAt = Date.parse('2026-11-27T10:00:00Z'),
): StopRecord {
  return newRecord(capture({ occurrenceKeys: [key], seenAt }), classification(over));
}

const NOW = Date.parse('2026-11-27T12:00:00Z');
const exportOf = (records: StopRecord[], conversationIds = false) =>
  toExportJson(records, { redact: conversationIds, conversationIds, now: NOW, appVersion: '0.1.0' });

describe('importStops: one transaction, no duplicates', () => {
  it('adds new stops with new ids and says what was added, by owner', async () => {
    const db = openDb();
    await db.stops.add(stop('k:stored'));
    const r = await importStops(db, [
      toExportedStop(stop('k:a')),
      toExportedStop(
        stop('k:b', { owner: 'openai-api', action: 'reduce-throughput', bucket: 'api-requests-per-minute' }),
      ),
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.summary).toMatchObject({ added: 2, duplicates: 0 });
    expect(r.summary.byOwner['chatgpt-app']).toBe(1);
    expect(r.summary.byOwner['openai-api']).toBe(1);
    expect(r.ids).toHaveLength(2);
    expect(await db.stops.count()).toBe(3);
  });

  it('skips stops already stored, and importing the same file twice adds nothing the second time', async () => {
    const source = openDb();
    await source.stops.bulkAdd([stop('k:1'), stop('k:2'), stop('k:3')]);
    const file = exportOf(await source.stops.toArray());

    const target = openDb();
    await target.stops.add(stop('k:2'));
    const parsed = parseExportJson(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const first = await importStops(target, parsed.stops);
    expect(first).toMatchObject({ ok: true, summary: { added: 2, duplicates: 1 } });
    const second = await importStops(target, parsed.stops);
    expect(second).toMatchObject({ ok: true, summary: { added: 0, duplicates: 3 } });
    expect(await target.stops.count()).toBe(3);
  });

  it('a redacted export with hashed occurrence keys still finds the stops it came from', async () => {
    const db = openDb();
    await db.stops.bulkAdd([stop('text:conv-1:abc'), stop('msg:2')]);
    const parsed = parseExportJson(exportOf(await db.stops.toArray(), true));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.stops[0]!.occurrenceKeys[0]).toMatch(/^h:/);
    expect(await importStops(db, parsed.stops)).toMatchObject({ ok: true, summary: { added: 0, duplicates: 2 } });
  });

  it('round-trips: what is imported equals what was exported, apart from the local ids', async () => {
    const source = openDb();
    await source.stops.bulkAdd([
      stop('k:1'),
      stop('k:2', { owner: 'content-policy', action: 'simplify', bucket: 'content-policy', reset: undefined }),
    ]);
    const exported = await source.stops.toArray();
    const parsed = parseExportJson(exportOf(exported));
    if (!parsed.ok) throw new Error(parsed.error);
    const target = openDb();
    await importStops(target, parsed.stops);
    const imported = (await target.stops.toArray()).map(toExportedStop);
    // Occurrence keys are kept as their hashes (see the next test).
    expect(imported).toEqual(
      exported.map(toExportedStop).map((s) => ({ ...s, occurrenceKeys: s.occurrenceKeys.map(hashOccurrenceKey) })),
    );
    // Importing the same file again adds nothing.
    const again = await importStops(target, parsed.stops);
    expect(again).toMatchObject({ ok: true, summary: { added: 0, duplicates: 2 } });
  });

  it('imported occurrence keys cannot pre-claim a future capture (issue 11)', async () => {
    const db = openDb();
    // A file that claims the key of a message that has not happened yet, dated far ahead.
    const forged = { ...toExportedStop(stop('msg:future-turn')), lastSeenAt: Date.parse('2099-01-01T00:00:00Z') };
    await importStops(db, [forged]);
    const r = await saveCapture(
      db,
      capture({ occurrenceKeys: ['msg:future-turn'], seenAt: Date.parse('2026-11-30T10:00:00Z') }),
      classification({ bucket: 'app-image-quota' }),
    );
    expect(r).toMatchObject({ ok: true, outcome: 'created' });
    expect(await db.stops.count()).toBe(2);
  });

  it('a failed write leaves everything as it was', async () => {
    const db = openDb();
    await db.stops.add(stop('k:stored'));
    const before = await db.stops.toArray();
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    vi.spyOn(db.stops, 'bulkAdd').mockRejectedValue(quota);
    const r = await importStops(db, [toExportedStop(stop('k:a')), toExportedStop(stop('k:b'))]);
    expect(r).toMatchObject({ ok: false, reason: 'storage-error' });
    if (!r.ok) expect(r.message).toMatch(/storage quota.*Nothing was imported/);
    // What the page says in the user's language is chosen from these (lib/storage/storage-error.ts).
    expect(r).toMatchObject({ quota: true, name: 'QuotaExceededError' });
    expect(await db.stops.toArray()).toEqual(before);
  });

  it('a write that fails halfway is rolled back whole', async () => {
    const db = openDb();
    // Two stops with the same explicit id: the second add fails inside the transaction, after the first succeeded.
    const a = { ...toExportedStop(stop('k:a')), id: 99 } as never;
    const b = { ...toExportedStop(stop('k:b')), id: 99 } as never;
    const realBulkAdd = db.stops.bulkAdd.bind(db.stops);
    vi.spyOn(db.stops, 'bulkAdd').mockImplementation((async () => {
      await db.stops.add(a);
      return realBulkAdd([b]);
    }) as never);
    const r = await importStops(db, [toExportedStop(stop('k:c'))]);
    expect(r.ok).toBe(false);
    expect(await db.stops.count()).toBe(0);
  });
});

describe('the importStops message', () => {
  function setup() {
    const db = openDb();
    const changed = vi.fn();
    return { db, changed, handle: testHandler({ db, classify, onStopsChanged: changed }) };
  }

  it('validates every stop again in the background; an invalid one changes nothing', async () => {
    const { db, handle, changed } = setup();
    await db.stops.add(stop('k:stored'));
    const bad = { ...toExportedStop(stop('k:x')), owner: 'openai' };
    const r = await handle({ type: 'importStops', payload: { stops: [toExportedStop(stop('k:ok')), bad] } });
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    expect((r as { message: string }).message).toContain('stops.1.owner');
    expect(await db.stops.count()).toBe(1);
    expect(changed).not.toHaveBeenCalled();
  });

  it('merges a valid file and tells open views', async () => {
    const { db, handle, changed } = setup();
    const r = await handle({
      type: 'importStops',
      payload: { stops: [toExportedStop(stop('k:1')), toExportedStop(stop('k:1'))] },
    });
    expect(r).toMatchObject({ ok: true, summary: { added: 1, duplicates: 1 } });
    expect(await db.stops.count()).toBe(1);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('drops fields a hand-edited file adds (never a local id)', async () => {
    const { db, handle } = setup();
    await db.stops.add(stop('k:stored'));
    const [storedId] = (await db.stops.toCollection().primaryKeys()) as number[];
    const r = await handle({
      type: 'importStops',
      payload: { stops: [{ ...toExportedStop(stop('k:new')), id: storedId, extra: 'x' }] },
    });
    expect(r).toMatchObject({ ok: true, summary: { added: 1 } });
    expect(await db.stops.count()).toBe(2);
    const all = await db.stops.toArray();
    expect(all.every((s) => !('extra' in s))).toBe(true);
  });

  it('history messages: whole stops by id, clear all (with screenshots), one delete takes its screenshots', async () => {
    const { db, handle, changed } = setup();
    const ids = (await db.stops.bulkAdd([stop('k:1'), stop('k:2'), stop('k:3')], { allKeys: true })) as number[];
    await db.screenshots.bulkAdd([
      { stopId: ids[0]!, takenAt: 1, dataUrl: 'data:image/jpeg;base64,AA==' },
      { stopId: ids[1]!, takenAt: 1, dataUrl: 'data:image/jpeg;base64,AA==' },
    ]);
    const got = (await handle({ type: 'getStops', payload: { ids: [ids[2], ids[0], 12345] } })) as {
      stops: StopRecord[];
    };
    expect(got.stops.map((s) => s.id)).toEqual([ids[2], ids[0]]);
    const shots = (await handle({ type: 'listScreenshots', payload: { stopIds: [ids[0]] } })) as {
      screenshots: unknown[];
    };
    expect(shots.screenshots).toHaveLength(1);
    expect(await handle({ type: 'deleteStop', payload: { id: ids[0] } })).toEqual({ ok: true });
    expect(await db.screenshots.count()).toBe(1);
    expect(await handle({ type: 'clearStops', payload: {} })).toEqual({ removed: 2 });
    expect(await db.stops.count()).toBe(0);
    expect(await db.screenshots.count()).toBe(0);
    expect(changed).toHaveBeenCalledTimes(2);
    expect(await handle({ type: 'getStops', payload: { ids: [] } })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it("the history page searches on its own; a change through the handler is announced, dropping the page's cached search", async () => {
    const { db, handle, changed } = setup();
    await db.stops.add(stop('k:1'));
    // The worker answers no history queries (issue 16): the page reads the database itself.
    expect(await handle({ type: 'queryHistory', payload: { filter: {}, offset: 0, limit: 10 } })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    // The page's queries, as entrypoints/stop-history/App.tsx makes them: "tool" is in the factory's evidence, a
    // search that reads records (and is cached).
    const queries = createHistoryQueries(db);
    const search = { filter: { text: 'tool' }, offset: 0, limit: 10 };
    expect(await queries.query(search)).toMatchObject({ total: 1 });
    await handle({ type: 'importStops', payload: { stops: [toExportedStop(stop('k:2'))] } });
    expect(changed).toHaveBeenCalledTimes(1);
    // Until the announcement reaches the page, its cached answer stands; the page invalidates on it.
    expect(await queries.query(search)).toMatchObject({ total: 1 });
    queries.invalidate();
    expect(await queries.query(search)).toMatchObject({ total: 2 });
  });
});
