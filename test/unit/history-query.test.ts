import { describe, expect, it, vi } from 'vitest';
import { newRecord } from '../../lib/evidence/build-record.ts';
import type { LimitLensDb } from '../../lib/storage/db.ts';
import {
  createHistoryQueries,
  dayRange,
  firstHistoryPage,
  HISTORY_LIMITS,
  matchesText,
  searchTerms,
  toHistoryRow,
} from '../../lib/storage/history-query.ts';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { capture, classification } from './helpers/factories.ts';
import { useTestDbs } from './helpers/test-db.ts';

const openDb = useTestDbs();

const HOUR = 3600_000;
const T0 = Date.parse('2026-11-20T00:00:00Z');

/** Stop n: seen n hours after T0; owners, sites and words vary with n. */
function stopN(n: number): StopRecord {
  const owner = n % 3 === 0 ? 'openai-api' : 'chatgpt-app';
  const rec = newRecord(
    capture({
      site: n % 2 ? 'chatgpt.com' : 'platform.openai.com',
      url: n % 2 ? 'https://chatgpt.com/c/x' : 'https://platform.openai.com/playground',
      occurrenceKeys: [`k:${n}`],
      seenAt: T0 + n * HOUR,
      evidence: `evidence number ${n} ${n % 10 === 7 ? 'needle' : 'hay'}`,
      visibleText: `seen text ${n}`,
    }),
    classification({
      owner,
      action: owner === 'openai-api' ? 'reduce-throughput' : 'wait',
      bucket: owner === 'openai-api' ? 'api-images-per-minute' : 'app-image-quota',
    }),
  );
  return rec;
}

async function seed(db: LimitLensDb, n: number) {
  await db.stops.bulkAdd(Array.from({ length: n }, (_, i) => stopN(i)));
}

describe('history query', () => {
  it('a first page before counting: the same newest rows, read without counting or listing every stop', async () => {
    const db = openDb();
    await seed(db, 120);
    const counted = await createHistoryQueries(db).query({ filter: {}, offset: 0, limit: 50 });
    const count = vi.spyOn(db.stops, 'count');
    const keys = vi.spyOn(db.stops, 'toCollection');
    const first = await firstHistoryPage(db, 50);
    expect(first.rows).toEqual(counted.rows);
    expect(first.counted).toBe(false);
    expect(count).not.toHaveBeenCalled();
    expect(keys).not.toHaveBeenCalled();
    expect((await firstHistoryPage(db, 10_000)).rows).toHaveLength(Math.min(120, HISTORY_LIMITS.pageSize));
  });

  it('lists newest first, one page at a time, counting everything', async () => {
    const db = openDb();
    await seed(db, 120);
    const q = createHistoryQueries(db);
    const first = await q.query({ filter: {}, offset: 0, limit: 50 });
    expect(first.total).toBe(120);
    expect(first.stored).toBe(120);
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]!.lastSeenAt).toBe(T0 + 119 * HOUR);
    const last = await q.query({ filter: {}, offset: 100, limit: 50 });
    expect(last.rows).toHaveLength(20);
    expect(last.rows.at(-1)!.lastSeenAt).toBe(T0);
    expect(first.sites).toEqual(['chatgpt.com', 'platform.openai.com']);
    expect(first.capped).toBe(false);
    expect(first.ids).toBeUndefined();
  });

  it('filters by owner, action, site and date range from the indexes, intersected', async () => {
    const db = openDb();
    await seed(db, 60);
    const q = createHistoryQueries(db);
    const api = await q.query({ filter: { owner: 'openai-api' }, offset: 0, limit: 200 });
    expect(api.total).toBe(20);
    expect(api.rows.every((r) => r.owner === 'openai-api')).toBe(true);
    const apiOnChatgpt = await q.query({ filter: { owner: 'openai-api', site: 'chatgpt.com' }, offset: 0, limit: 200 });
    expect(apiOnChatgpt.rows.map((r) => r.id).length).toBe(10); // n divisible by 3 and odd
    expect(apiOnChatgpt.rows.every((r) => r.site === 'chatgpt.com' && r.owner === 'openai-api')).toBe(true);
    const wait = await q.query({ filter: { action: 'wait' }, offset: 0, limit: 200 });
    expect(wait.total).toBe(40);
    const range = await q.query({
      filter: { from: T0 + 10 * HOUR, to: T0 + 19 * HOUR },
      offset: 0,
      limit: 200,
      withIds: true,
    });
    expect(range.total).toBe(10);
    expect(range.rows.map((r) => r.lastSeenAt)).toEqual(Array.from({ length: 10 }, (_, i) => T0 + (19 - i) * HOUR));
    expect(range.ids).toEqual(range.rows.map((r) => r.id));
  });

  it('a date range matches a stop seen during it, even when first seen before it', async () => {
    const db = openDb();
    const long = { ...stopN(0), firstSeenAt: T0 - 48 * HOUR, lastSeenAt: T0 + HOUR };
    await db.stops.add(long);
    const q = createHistoryQueries(db);
    expect((await q.query({ filter: { from: T0, to: T0 + 2 * HOUR }, offset: 0, limit: 10 })).total).toBe(1);
    expect((await q.query({ filter: { from: T0 + 2 * HOUR }, offset: 0, limit: 10 })).total).toBe(0);
    expect((await q.query({ filter: { to: T0 - 49 * HOUR }, offset: 0, limit: 10 })).total).toBe(0);
  });

  it('searches the text case-insensitively, every word, combined with filters', async () => {
    const db = openDb();
    await seed(db, 100);
    const q = createHistoryQueries(db);
    const needle = await q.query({ filter: { text: 'NEEDLE' }, offset: 0, limit: 200 });
    expect(needle.total).toBe(10);
    expect(needle.rows.every((r) => /7$/.test(String((r.lastSeenAt - T0) / HOUR)))).toBe(true);
    const both = await q.query({ filter: { text: 'needle number 17' }, offset: 0, limit: 200 });
    expect(both.total).toBe(1);
    const withOwner = await q.query({ filter: { text: 'needle', owner: 'openai-api' }, offset: 0, limit: 200 });
    expect(withOwner.rows.every((r) => r.owner === 'openai-api')).toBe(true);
    expect(withOwner.total).toBe(3); // 27, 57, 87
    expect((await q.query({ filter: { text: 'nothing-like-this' }, offset: 0, limit: 10 })).total).toBe(0);
  });

  it('stops a search at the match cap and says so', async () => {
    const db = openDb();
    await seed(db, HISTORY_LIMITS.searchMatches + 50);
    const q = createHistoryQueries(db);
    const r = await q.query({ filter: { text: 'evidence' }, offset: 0, limit: 50 });
    expect(r.capped).toBe('matches');
    expect(r.total).toBe(HISTORY_LIMITS.searchMatches);
    expect(r.rows[0]!.lastSeenAt).toBe(T0 + (HISTORY_LIMITS.searchMatches + 49) * HOUR);
  });

  it('stops a search that runs out of time and says so', async () => {
    const db = openDb();
    await seed(db, HISTORY_LIMITS.searchChunk * 3);
    let clock = 0;
    // Every reading of the clock moves it past the budget: the search stops after its first chunk.
    const q = createHistoryQueries(db, () => (clock += HISTORY_LIMITS.searchBudgetMs + 1));
    const r = await q.query({ filter: { text: 'evidence' }, offset: 0, limit: 10 });
    expect(r.capped).toBe('time');
    expect(r.total).toBe(HISTORY_LIMITS.searchChunk);
  });

  it('reuses the last search while paging, and searches again once invalidated', async () => {
    const db = openDb();
    await seed(db, 30);
    const q = createHistoryQueries(db);
    expect((await q.query({ filter: { text: 'needle' }, offset: 0, limit: 1 })).total).toBe(3);
    await db.stops.add({ ...stopN(1007), occurrenceKeys: ['k:new'] });
    // Cached: the new needle is not seen yet…
    expect((await q.query({ filter: { text: 'needle' }, offset: 1, limit: 1 })).total).toBe(3);
    q.invalidate();
    expect((await q.query({ filter: { text: 'needle' }, offset: 0, limit: 1 })).total).toBe(4);
  });

  it('a stop deleted after a cached search simply drops out of the page', async () => {
    const db = openDb();
    await seed(db, 30);
    const q = createHistoryQueries(db);
    const first = await q.query({ filter: { text: 'needle' }, offset: 0, limit: 10 });
    await db.stops.delete(first.rows[0]!.id);
    const again = await q.query({ filter: { text: 'needle' }, offset: 0, limit: 10 });
    expect(again.rows.map((r) => r.id)).toEqual(first.rows.slice(1).map((r) => r.id));
  });

  it('counts screenshots per row from the index', async () => {
    const db = openDb();
    await seed(db, 3);
    const [a] = await db.stops.orderBy('lastSeenAt').reverse().primaryKeys();
    await db.screenshots.bulkAdd([
      { stopId: a as number, takenAt: 1, dataUrl: 'data:image/jpeg;base64,AAAA' },
      { stopId: a as number, takenAt: 2, dataUrl: 'data:image/jpeg;base64,AAAA' },
    ]);
    const r = await createHistoryQueries(db).query({ filter: {}, offset: 0, limit: 10 });
    expect(r.rows.map((x) => x.screenshots)).toEqual([2, 0, 0]);
  });

  it('answers quickly with 10,000 stops', async () => {
    const db = openDb();
    await seed(db, 10_000);
    const q = createHistoryQueries(db);
    let t = performance.now();
    const page = await q.query({ filter: { owner: 'openai-api', site: 'chatgpt.com' }, offset: 500, limit: 50 });
    const filterMs = performance.now() - t;
    expect(page.rows).toHaveLength(50);
    t = performance.now();
    const search = await q.query({ filter: { text: 'number 9999' }, offset: 0, limit: 50 });
    const searchMs = performance.now() - t;
    expect(search.total).toBe(1);
    // fake-indexeddb is far slower than a browser's IndexedDB: these bounds only catch a quadratic mistake.
    expect(filterMs).toBeLessThan(3_000);
    expect(searchMs).toBeLessThan(10_000);
  }, 60_000);
});

describe('history rows and search terms', () => {
  it('a row is short: one line of what was seen, capped', () => {
    const rec = { ...stopN(1), id: 7, visibleText: `line one\n\n   line two ${'x'.repeat(400)}` };
    const row = toHistoryRow(rec, 1);
    expect(row.snippet.startsWith('line one line two')).toBe(true);
    expect(row.snippet.length).toBe(HISTORY_LIMITS.snippetChars);
    expect(row.snippet.endsWith('…')).toBe(true);
    expect(row).toMatchObject({ id: 7, screenshots: 1, layer: 'network' });
    expect(row).not.toHaveProperty('evidence');
  });

  it('falls back to the evidence when nothing was seen', () => {
    const { visibleText: _none, ...rec } = { ...stopN(2), id: 1 };
    expect(toHistoryRow(rec).snippet).toBe('evidence number 2 hay');
  });

  it('splits search text into distinct lower-case words', () => {
    expect(searchTerms('  Rate  LIMIT rate ')).toEqual(['rate', 'limit']);
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms(undefined)).toEqual([]);
  });

  it('matches words in reasons, the page and the status too', () => {
    const rec = stopN(1);
    expect(matchesText(rec, ['chatgptagenttoolratelimitexception'])).toBe(true); // a reason
    expect(matchesText(rec, ['chatgpt.com/c/x'])).toBe(true);
    expect(matchesText(rec, ['200'])).toBe(true);
    expect(matchesText(rec, ['200', 'absent'])).toBe(false);
  });

  it('turns date inputs into an inclusive local range', () => {
    const r = dayRange('2026-11-01', '2026-11-02');
    expect(r.from).toBe(new Date(2026, 10, 1).getTime());
    expect(r.to).toBe(new Date(2026, 10, 2, 23, 59, 59, 999).getTime());
    expect(dayRange('', 'nonsense')).toEqual({});
  });
});
