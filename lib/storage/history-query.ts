/**
 * The history page's queries, read-only: the page runs them on its own connection to the extension's database
 * (the background keeps none of it: the page invalidates its cached search on `stopsChanged`).
 *
 * Built to stay quick with tens of thousands of stops:
 * - Owner, action, site and date filters are answered from the indexes alone (primary keys, no record is read),
 *   intersected, and put in newest-first order from the `lastSeenAt` index. Counting is then exact and free.
 * - Only one page of records is ever read for display, and each is cut to a short row (HistoryRow).
 * - Text search has to read records: it walks the filtered ids newest first, a chunk at a time, and stops at
 *   HISTORY_LIMITS.searchMatches matches or after HISTORY_LIMITS.searchBudgetMs, saying which (`capped`).
 *   The last search's matches are kept for a few seconds, so paging through them does not search again.
 */
import type { Action, Owner } from '../domain/labels.ts';
import type { LimitLensDb } from './db.ts';
import type { StopRecord } from '../domain/shapes.ts';
import { recentStops, type ReadOnlyDb } from './read-model.ts';

export const HISTORY_LIMITS = {
  /** Rows per page the background returns at most. */
  pageSize: 200,
  /** A search stops collecting after this many matches. */
  searchMatches: 1_000,
  /** …or after this long (ms) reading records, so one keystroke never blocks the background for long. */
  searchBudgetMs: 2_500,
  /** Records read per step of a search. */
  searchChunk: 250,
  /** Longest search text accepted. */
  searchChars: 200,
  /** Characters of the text shown in a row. */
  snippetChars: 160,
  /** How long the last search's matches are reused for paging. */
  searchCacheMs: 15_000,
} as const;

export interface HistoryFilter {
  owner?: Owner;
  action?: Action;
  site?: string;
  /** Epoch ms: stops seen at or after (their last sighting is not before this). */
  from?: number;
  /** Epoch ms: stops seen at or before (their first sighting is not after this). */
  to?: number;
  /** Case-insensitive words to find in what was seen, the evidence, the page, the reasons. */
  text?: string;
}

export interface HistoryQuery {
  filter: HistoryFilter;
  offset: number;
  limit: number;
  /** Also return every matching id (for "export everything that matches"). */
  withIds?: boolean;
}

/** What one line of the history list shows: short, and enough to decide whether to open the packet. */
export interface HistoryRow {
  id: number;
  firstSeenAt: number;
  lastSeenAt: number;
  count: number;
  site: string;
  owner: Owner;
  action: Action;
  bucket: StopRecord['bucket'];
  resetAt?: string;
  layer: StopRecord['evidence']['layer'];
  /** The start of what the user saw (or of the evidence), one line. Untrusted text: render as text. */
  snippet: string;
  /** Screenshots kept with this stop. */
  screenshots: number;
}

export interface HistoryPage {
  rows: HistoryRow[];
  /** Matching stops (up to the search cap when `capped`). */
  total: number;
  /** Why a search stopped early: it found enough matches, or it ran out of time. */
  capped: false | 'matches' | 'time';
  /** Stops stored in all. */
  stored: number;
  /** Every site with stored stops, for the site filter. */
  sites: string[];
  /** Every matching id, newest first, when asked for. */
  ids?: number[];
  /**
   * false: a first page shown before anything was counted (firstHistoryPage); `total`, `stored` and `sites` then
   * only describe these rows, and the counted page follows.
   */
  counted?: false;
}

export function toHistoryRow(stop: StopRecord & { id: number }, screenshots = 0): HistoryRow {
  const text = stop.visibleText || stop.evidence.text;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return {
    id: stop.id,
    firstSeenAt: stop.firstSeenAt,
    lastSeenAt: stop.lastSeenAt,
    count: stop.count,
    site: stop.site,
    owner: stop.owner,
    action: stop.action,
    bucket: stop.bucket,
    ...(stop.resetAt ? { resetAt: stop.resetAt } : {}),
    layer: stop.evidence.layer,
    snippet:
      oneLine.length > HISTORY_LIMITS.snippetChars ? `${oneLine.slice(0, HISTORY_LIMITS.snippetChars - 1)}…` : oneLine,
    screenshots,
  };
}

/** Lower-cased search words; a stop matches when every word is found (in any field). */
export function searchTerms(text: string | undefined): string[] {
  if (!text) return [];
  return [...new Set(text.slice(0, HISTORY_LIMITS.searchChars).toLowerCase().split(/\s+/).filter(Boolean))];
}

/** Whether a stop holds every search word in what was seen, its evidence, page, endpoint, provider or reasons. */
export function matchesText(stop: StopRecord, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const fields = [
    stop.visibleText,
    stop.evidence.text,
    stop.url,
    stop.site,
    stop.evidence.endpoint,
    stop.classification.provider,
    stop.evidence.status?.toString(),
    ...stop.classification.reasons,
  ];
  const haystack = fields
    .filter((f): f is string => !!f)
    .join('\n')
    .toLowerCase();
  return terms.every((t) => haystack.includes(t));
}

/**
 * Local calendar days (from the page's `<input type="date">` values, `YYYY-MM-DD`) as an inclusive range in epoch
 * ms: the start of the first day to the last millisecond of the last. Empty or malformed values leave that end open.
 */
export function dayRange(fromDay: string, toDay: string): { from?: number; to?: number } {
  const parse = (day: string, endOfDay: boolean): number | undefined => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
    if (!m) return undefined;
    const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (endOfDay) date.setHours(23, 59, 59, 999);
    const t = date.getTime();
    return Number.isFinite(t) ? t : undefined;
  };
  const from = parse(fromDay, false);
  const to = parse(toDay, true);
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/** Stable key of a filter, for the search cache. */
function filterKey(filter: HistoryFilter): string {
  return JSON.stringify([filter.owner, filter.action, filter.site, filter.from, filter.to, searchTerms(filter.text)]);
}

/** Ids that pass the index-backed filters, newest first (no record is read). */
async function indexedIds(db: LimitLensDb, filter: HistoryFilter): Promise<number[]> {
  const ordered =
    filter.from !== undefined
      ? db.stops.where('lastSeenAt').aboveOrEqual(filter.from).reverse()
      : db.stops.orderBy('lastSeenAt').reverse();
  const sets: Promise<number[]>[] = [];
  if (filter.owner) sets.push(db.stops.where('owner').equals(filter.owner).primaryKeys() as Promise<number[]>);
  if (filter.action) sets.push(db.stops.where('action').equals(filter.action).primaryKeys() as Promise<number[]>);
  if (filter.site) sets.push(db.stops.where('site').equals(filter.site).primaryKeys() as Promise<number[]>);
  if (filter.to !== undefined)
    sets.push(db.stops.where('firstSeenAt').belowOrEqual(filter.to).primaryKeys() as Promise<number[]>);
  const [order, ...required] = await Promise.all([ordered.primaryKeys() as Promise<number[]>, ...sets]);
  if (required.length === 0) return order;
  // Intersect, smallest set first.
  const bySize = required.map((ids) => new Set(ids)).sort((a, b) => a.size - b.size);
  return order.filter((id) => bySize.every((s) => s.has(id)));
}

async function searchIds(
  db: LimitLensDb,
  candidates: number[],
  terms: string[],
  now: () => number,
): Promise<{ ids: number[]; capped: HistoryPage['capped'] }> {
  const started = now();
  const ids: number[] = [];
  for (let i = 0; i < candidates.length; i += HISTORY_LIMITS.searchChunk) {
    const chunk = candidates.slice(i, i + HISTORY_LIMITS.searchChunk);
    const stops = await db.stops.bulkGet(chunk);
    for (const stop of stops) {
      if (!stop || !matchesText(stop, terms)) continue;
      ids.push(stop.id!);
      if (ids.length >= HISTORY_LIMITS.searchMatches) return { ids, capped: 'matches' };
    }
    if (now() - started > HISTORY_LIMITS.searchBudgetMs && i + chunk.length < candidates.length)
      return { ids, capped: 'time' };
  }
  return { ids, capped: false };
}

async function screenshotCounts(db: Pick<LimitLensDb, 'screenshots'>, ids: number[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  if (ids.length === 0) return counts;
  // The stopId index's keys, one per screenshot: counting needs no image to be read.
  const keys = (await db.screenshots.where('stopId').anyOf(ids).keys()) as number[];
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * The newest `limit` stops as rows, before anything is counted: the first page of an unfiltered history, read
 * from the lastSeenAt index (`limit` records and their screenshots' index keys), so it shows as soon with 10,000
 * stops stored as with 20. Read-only; the page runs it on its own connection (lib/storage/read-model.ts).
 */
export async function firstHistoryPage(
  db: ReadOnlyDb & { screenshots: LimitLensDb['screenshots'] },
  limit: number,
): Promise<HistoryPage> {
  const stops = (await recentStops(db, Math.min(limit, HISTORY_LIMITS.pageSize))) as (StopRecord & { id: number })[];
  const shots = await screenshotCounts(
    db,
    stops.map((s) => s.id),
  );
  const rows = stops.map((s) => toHistoryRow(s, shots.get(s.id) ?? 0));
  return {
    rows,
    total: rows.length,
    capped: false,
    stored: rows.length,
    sites: [...new Set(rows.map((r) => r.site))].sort(),
    counted: false,
  };
}

export interface HistoryQueries {
  query(q: HistoryQuery): Promise<HistoryPage>;
  /** Forget the cached search (after stops were added, changed or removed). */
  invalidate(): void;
}

export function createHistoryQueries(db: LimitLensDb, now: () => number = Date.now): HistoryQueries {
  let cached: { key: string; ids: number[]; capped: HistoryPage['capped']; at: number } | undefined;

  async function matchingIds(filter: HistoryFilter): Promise<{ ids: number[]; capped: HistoryPage['capped'] }> {
    const terms = searchTerms(filter.text);
    if (terms.length === 0) return { ids: await indexedIds(db, filter), capped: false };
    const key = filterKey(filter);
    if (cached && cached.key === key && now() - cached.at < HISTORY_LIMITS.searchCacheMs) return cached;
    const found = await searchIds(db, await indexedIds(db, filter), terms, now);
    cached = { key, ...found, at: now() };
    return found;
  }

  return {
    invalidate: () => void (cached = undefined),
    async query({ filter, offset, limit, withIds }) {
      const [{ ids, capped }, stored, sites] = await Promise.all([
        matchingIds(filter),
        db.stops.count(),
        db.stops.orderBy('site').uniqueKeys() as Promise<string[]>,
      ]);
      const pageIds = ids.slice(offset, offset + Math.min(limit, HISTORY_LIMITS.pageSize));
      const [records, shots] = await Promise.all([db.stops.bulkGet(pageIds), screenshotCounts(db, pageIds)]);
      const rows = records
        .filter((r): r is StopRecord & { id: number } => r !== undefined && r.id !== undefined)
        .map((r) => toHistoryRow(r, shots.get(r.id) ?? 0));
      return { rows, total: ids.length, capped, stored, sites, ...(withIds ? { ids } : {}) };
    },
  };
}
