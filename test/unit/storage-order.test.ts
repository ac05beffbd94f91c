/**
 * Issue 11: two captures of one stop saved out of order (t, then t − 30 s: parallel 429s waiting for their
 * headers, a retried send) used to leave lastSeenAt before firstSeenAt, and the user's own export then refused to
 * import. And "clear all" left the allowance snapshots behind.
 */
import { describe, expect, it } from 'vitest';
import { parseExportJson, toExportJson } from '../../lib/export/json.ts';
import { saveProgress } from '../../lib/storage/allowances-repository.ts';
import { clearStops } from '../../lib/storage/retention.ts';
import { saveCapture } from '../../lib/storage/stops-repository.ts';
import { capture, classification } from './helpers/factories.ts';
import { useTestDbs } from './helpers/test-db.ts';

const openDb = useTestDbs();
const T = Date.parse('2026-11-30T10:00:00Z');

describe('captures saved out of order', () => {
  it('a repeat older than the stored sighting widens the times with min/max and keeps the newer evidence', async () => {
    const db = openDb();
    const c = classification();
    await saveCapture(db, capture({ occurrenceKeys: ['msg:a'], evidence: 'newer', seenAt: T }), c);
    const r = await saveCapture(db, capture({ occurrenceKeys: ['msg:b'], evidence: 'older', seenAt: T - 30_000 }), c);
    expect(r).toMatchObject({ ok: true, outcome: 'repeat' });
    const [stop] = await db.stops.toArray();
    expect(stop).toMatchObject({ firstSeenAt: T - 30_000, lastSeenAt: T, count: 2 });
    expect(stop!.evidence.text).toBe('newer');
    const parsed = parseExportJson(toExportJson([stop!], { redact: false, now: T, appVersion: 't' }));
    expect(parsed).toMatchObject({ ok: true, repaired: 0 });
  });

  it('the same occurrence seen again earlier also keeps first ≤ last', async () => {
    const db = openDb();
    await saveCapture(db, capture({ occurrenceKeys: ['msg:a'], seenAt: T }), classification());
    await saveCapture(db, capture({ occurrenceKeys: ['msg:a'], layer: 'dom', seenAt: T - 30_000 }), classification());
    const [stop] = await db.stops.toArray();
    expect(stop!.firstSeenAt).toBeLessThanOrEqual(stop!.lastSeenAt);
  });
});

describe('clearing all stops', () => {
  it('also removes the allowance snapshots the sites reported', async () => {
    const db = openDb();
    await saveCapture(db, capture({ seenAt: T }), classification());
    await saveProgress(db, {
      site: 'chatgpt.com',
      endpoint: '/backend-api/conversation/init',
      progress: [{ feature_name: 'image_gen', remaining: 0 }],
      seenAt: T,
    });
    expect(await db.allowances.count()).toBe(1);
    expect(await clearStops(db)).toBe(1);
    expect(await db.allowances.count()).toBe(0);
  });
});
