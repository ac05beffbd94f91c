/**
 * Issue 16: the popup's first paint reads the background's database with the platform's IndexedDB API (no Dexie),
 * the same bounded reads as read-model.ts; and an image turn wakes the background early, once per turn, while an
 * ordinary turn never does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { classify } from '../../lib/classify/index.ts';
import type { BridgeMessage } from '../../lib/detect/bridge.ts';
import { createTurnAssembler } from '../../lib/detect/turn-assembler.ts';
import { createTurnRegistry } from '../../lib/detect/turns.ts';
import { createMessageHandler, IMAGE_TURN_EVERY_MS } from '../../lib/messages/handler.ts';
import { EXTENSION_SENDER } from '../../lib/messages/sender.ts';
import { isNewerSchemaError, SCHEMA_VERSION } from '../../lib/storage/db-meta.ts';
import { readFirstPaint } from '../../lib/storage/first-paint-read.ts';
import { recentStops } from '../../lib/storage/read-model.ts';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { freshDbName } from './helpers/factories.ts';
import { pageSender } from './helpers/message-handler.ts';
import { sseDatas as datas } from './helpers/sse-datas.ts';
import { useTestDbs } from './helpers/test-db.ts';
import { longAnswerStream, quotaStream, successfulImageStream } from '../e2e/support/chatgpt-streams.ts';

const openDb = useTestDbs();
const IMAGE = { site: 'chatgpt.com', feature: 'image_gen' };

function stop(i: number): StopRecord {
  const at = new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString();
  return {
    site: 'chatgpt.com',
    url: 'https://chatgpt.com/',
    firstSeenAt: at,
    lastSeenAt: at,
    count: 1,
    owner: 'chatgpt-app',
    action: 'wait-for-reset',
    bucket: 'app-image-quota',
    groupKey: `g${i}`,
    occurrenceKeys: [`k${i}`],
    evidence: { layer: 'network', kinds: ['image-quota'], text: `stop ${i}`, truncated: false },
    classification: {
      owner: 'chatgpt-app',
      action: 'wait-for-reset',
      bucket: 'app-image-quota',
      confidence: 'high',
      reasons: [],
    },
  } as unknown as StopRecord;
}

describe('the popup first paint read (lib/storage/first-paint-read.ts)', () => {
  it('reads the latest stops by last sighting, as many as asked, and the allowance by its key', async () => {
    const db = openDb();
    // Stored out of order: the index decides, not the insertion.
    await db.stops.bulkAdd([3, 0, 4, 1, 2].map(stop));
    await db.allowances.put({
      key: 'chatgpt.com|image_gen',
      site: 'chatgpt.com',
      feature: 'image_gen',
      remaining: 2,
      seenAt: 1,
    } as never);
    const first = await readFirstPaint(indexedDB, 1, IMAGE, db.name);
    expect(first.stops.map((s) => s.evidence.text)).toEqual(['stop 4']);
    expect(first.allowance).toMatchObject({ remaining: 2 });
    const three = await readFirstPaint(indexedDB, 3, IMAGE, db.name);
    // The same stops, in the same order, as Dexie's read model gives the rest of the extension.
    expect(three.stops).toEqual(await recentStops(db, 3));
  });

  it('steps the cursor no further than the limit: each step is a round trip before the first card', async () => {
    const db = openDb();
    await db.stops.bulkAdd([0, 1, 2, 3, 4].map(stop));
    const steps = vi.spyOn(IDBCursor.prototype, 'continue');
    try {
      expect((await readFirstPaint(indexedDB, 1, IMAGE, db.name)).stops).toHaveLength(1);
      expect(steps).toHaveBeenCalledTimes(0);
      expect((await readFirstPaint(indexedDB, 3, IMAGE, db.name)).stops).toHaveLength(3);
      expect(steps).toHaveBeenCalledTimes(2);
      // Fewer stored than asked: every one, and the end of the index.
      expect((await readFirstPaint(indexedDB, 9, IMAGE, db.name)).stops).toHaveLength(5);
      expect((await readFirstPaint(indexedDB, 0, IMAGE, db.name)).stops).toEqual([]);
    } finally {
      steps.mockRestore();
    }
  });

  it('never makes the database: before the background has, there is nothing to show, and the background still can', async () => {
    const name = freshDbName();
    expect(await readFirstPaint(indexedDB, 20, IMAGE, name)).toEqual({ stops: [] });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it("refuses a newer release's database as LimitLensDb does (its records may have another shape)", async () => {
    const db = openDb();
    await db.stops.add(stop(1));
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.open(db.name, SCHEMA_VERSION * 10 + 10);
      r.onsuccess = () => (r.result.close(), resolve());
      r.onerror = () => reject(r.error);
    });
    const error = await readFirstPaint(indexedDB, 20, IMAGE, db.name).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isNewerSchemaError(error)).toBe(true);
  });

  it('holds no connection: an upgrade by a newer background goes through right after a read', async () => {
    const db = openDb();
    await db.stops.add(stop(1));
    await readFirstPaint(indexedDB, 20, IMAGE, db.name);
    db.close();
    const upgraded = await new Promise<number>((resolve, reject) => {
      const r = indexedDB.open(db.name, 1000);
      r.onblocked = () => reject(new Error('blocked'));
      r.onsuccess = () => (r.result.close(), resolve(r.result.version));
      r.onerror = () => reject(r.error);
    });
    expect(upgraded).toBe(1000);
  });
});

/** MAIN world (registry + filter) → bridge (JSON) → isolated assembler: how often it says an image turn is under way. */
function imageToolCalls(bodies: string[]): { calls: number; out: BridgeMessage[] } {
  let calls = 0;
  const assembler = createTurnAssembler({ onImageTool: () => calls++ });
  const out: BridgeMessage[] = [];
  const emit = (m: BridgeMessage) => out.push(...assembler.accept(JSON.parse(JSON.stringify(m)) as BridgeMessage));
  const registry = createTurnRegistry({ emit, now: Date.now, setTimer: () => 0, clearTimer: () => {} });
  for (const body of bodies) {
    const turn = registry.fetchTurn('/backend-api/f/conversation', undefined, false);
    const events = datas(body);
    for (const d of events) turn.feed(d);
    turn.end({ method: 'POST', status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8' } }, false);
  }
  return { calls, out };
}

describe('an image turn under way wakes the background early (lib/detect/turn-assembler.ts → imageTurn)', () => {
  it('once per image turn, refused or not, and what the assembler hands on is unchanged', () => {
    const quota = readFileSync(new URL('../fixtures/streams/quota-en-no-blank-lines.txt', import.meta.url), 'utf8');
    expect(imageToolCalls([quota]).calls).toBe(1);
    expect(imageToolCalls([quotaStream(Date.now() + 3_600_000), successfulImageStream()]).calls).toBe(2);
    // The finding is still handed on as before.
    const { out } = imageToolCalls([quota]);
    expect(out.filter((m) => m.type === 'finding')).toHaveLength(1);
  });

  it('never for an ordinary answer', () => {
    expect(imageToolCalls([longAnswerStream(500)]).calls).toBe(0);
  });

  it("the background accepts it from ChatGPT's page, acts on it at most once per 10 s, and stores nothing", async () => {
    const db = openDb();
    let now = Date.parse('2026-11-30T10:00:00Z');
    const onImageTurn = vi.fn();
    const handle = createMessageHandler({ db, classify, onImageTurn, now: () => now });
    const chatgpt = pageSender('chatgpt.com');
    expect(await handle({ type: 'imageTurn', payload: {} }, chatgpt)).toEqual({ ok: true });
    expect(await handle({ type: 'imageTurn', payload: {} }, chatgpt)).toEqual({ ok: true });
    expect(onImageTurn).toHaveBeenCalledTimes(1);
    now += IMAGE_TURN_EVERY_MS;
    await handle({ type: 'imageTurn', payload: {} }, EXTENSION_SENDER);
    expect(onImageTurn).toHaveBeenCalledTimes(2);
    // It carries nothing: anything added is refused.
    expect(await handle({ type: 'imageTurn', payload: { text: 'x'.repeat(10) } }, chatgpt)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(await db.stops.count()).toBe(0);
  });
});
