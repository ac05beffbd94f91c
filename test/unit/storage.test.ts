import { describe, expect, it } from 'vitest';
import { listStops, saveCapture } from '../../lib/storage/stops-repository.ts';
import { removeStops } from '../../lib/storage/retention.ts';
import { capture, classification } from './helpers/factories.ts';
import { useTestDbs } from './helpers/test-db.ts';

const openDb = useTestDbs();

describe('saveCapture', () => {
  it('creates a record with the classification and evidence', async () => {
    const db = openDb();
    const r = await saveCapture(db, capture(), classification());
    expect(r).toMatchObject({ ok: true, outcome: 'created' });
    const [stop] = await db.stops.toArray();
    expect(stop).toMatchObject({ owner: 'chatgpt-app', action: 'wait', bucket: 'app-image-quota', count: 1 });
    expect(stop!.resetAt).toBe('2026-11-27T15:00:00.000Z');
    expect(stop!.evidence).toMatchObject({ layer: 'network', kinds: ['image-quota'], status: 200 });
  });

  it('treats the same occurrence seen by the other layer as one record, without counting it twice', async () => {
    const db = openDb();
    await saveCapture(db, capture(), classification());
    const again = await saveCapture(
      db,
      capture({
        layer: 'dom',
        kinds: ['dom:assistant'],
        visibleText: 'You have hit the Plus plan limit',
        evidence: 'You have hit the Plus plan limit',
      }),
      classification({ confidence: 'medium' }),
    );
    expect(again).toMatchObject({ ok: true, outcome: 'merged' });
    const all = await db.stops.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ count: 1, visibleText: 'You have hit the Plus plan limit' });
    expect(all[0]!.evidence.layer).toBe('both');
    // Structural evidence is kept, not replaced by the text.
    expect(all[0]!.evidence.text).toContain('t2uay3k');
  });

  it('counts a new occurrence of the same limit as a repeat of one record', async () => {
    const db = openDb();
    await saveCapture(db, capture(), classification());
    const later = capture({ occurrenceKeys: ['msg:tool-2'], seenAt: Date.parse('2026-11-27T10:05:00Z') });
    const r = await saveCapture(
      db,
      later,
      classification({ reset: { ...classification().reset!, at: '2026-11-27T15:01:00.000Z' } }),
    );
    expect(r).toMatchObject({ ok: true, outcome: 'repeat' });
    const all = await db.stops.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ count: 2, lastSeenAt: later.seenAt, firstSeenAt: capture().seenAt });
  });

  it('keeps different limits apart', async () => {
    const db = openDb();
    await saveCapture(db, capture(), classification());
    await saveCapture(
      db,
      capture({ kinds: ['moderation'], occurrenceKeys: ['msg:other'] }),
      classification({ owner: 'content-policy', action: 'simplify', bucket: 'content-policy', reset: undefined }),
    );
    expect(await db.stops.count()).toBe(2);
  });

  it('two tabs reporting the same stop at once make one record', async () => {
    const db = openDb();
    const results = await Promise.all([
      saveCapture(db, capture(), classification()),
      saveCapture(db, capture(), classification()),
    ]);
    expect(results.map((r) => r.ok && r.outcome).sort()).toEqual(['created', 'merged']);
    expect(await db.stops.count()).toBe(1);
  });

  it('does not store a DOM capture the classifier cannot place, nor an unrelated HTTP error', async () => {
    const db = openDb();
    const unknown = classification({
      owner: 'unknown',
      action: 'retry-later',
      bucket: 'unknown',
      confidence: 'low',
      reset: undefined,
    });
    expect(await saveCapture(db, capture({ layer: 'dom', kinds: ['dom:assistant'] }), unknown)).toMatchObject({
      ok: false,
      reason: 'not-a-stop',
    });
    expect(await saveCapture(db, capture({ kinds: ['http-error'], status: 404 }), unknown)).toMatchObject({
      ok: false,
      reason: 'not-a-stop',
    });
    // A 429 is evidence even when its words are not recognised.
    expect(await saveCapture(db, capture({ kinds: ['http-error'], status: 429 }), unknown)).toMatchObject({ ok: true });
  });
});

describe('listStops and removeStops', () => {
  it('lists newest first with the total, and deletes', async () => {
    const db = openDb();
    for (let i = 0; i < 5; i++) {
      await saveCapture(
        db,
        capture({
          occurrenceKeys: [`msg:${i}`],
          seenAt: Date.parse('2026-11-27T10:00:00Z') + i * 1000,
          site: `s${i}.example`,
        }),
        classification(),
      );
    }
    const { stops, total } = await listStops(db, 3);
    expect(total).toBe(5);
    expect(stops.map((s) => s.site)).toEqual(['s4.example', 's3.example', 's2.example']);
    expect(await removeStops(db, [stops[0]!.id!])).toBe(1);
    expect(await removeStops(db, [9999])).toBe(0);
    expect((await listStops(db, 10)).total).toBe(4);
  });
});

describe('text seen for a stored finding', () => {
  it('completes the finding it belongs to, and never creates a record on its own', async () => {
    const db = openDb();
    const unknown = classification({
      owner: 'unknown',
      action: 'retry-later',
      bucket: 'unknown',
      confidence: 'low',
      reset: undefined,
    });
    const seen = capture({ layer: 'dom', kinds: ['dom:seen'], evidence: 'Some words', visibleText: 'Some words' });
    expect(await saveCapture(db, seen, unknown)).toMatchObject({ ok: false, reason: 'not-a-stop' });
    await saveCapture(db, capture(), classification());
    expect(await saveCapture(db, seen, unknown)).toMatchObject({ ok: true, outcome: 'merged' });
    const [stop] = await db.stops.toArray();
    expect(stop).toMatchObject({ owner: 'chatgpt-app', visibleText: 'Some words', count: 1 });
    expect(stop!.evidence.layer).toBe('both');
  });
});
