/**
 * What extension pages read straight from the extension's IndexedDB, without asking the background: they share its
 * origin, so the popup shows the latest stop however long the service worker has been asleep, and never wakes it.
 *
 * Read-only by contract (writes stay with the background, the one place that validates and merges), and bounded:
 * every query here walks an index and reads at most `limit` records, so the first paint costs the same with 20
 * stops or 10,000. Nothing here counts, scans or sorts all stops.
 */
import type { LimitLensDb } from './db.ts';
import { allowanceKey } from './allowances-repository.ts';
import type { AllowanceSnapshot, StopRecord } from '../domain/shapes.ts';

/** The stops the popup lists (the latest card and the recent ones under it). */
export const POPUP_STOPS = 20;

/** Read access only: the tables' query methods, none of their writers. */
export type ReadOnlyDb = {
  stops: Pick<LimitLensDb['stops'], 'orderBy' | 'get' | 'where' | 'count'>;
  allowances: Pick<LimitLensDb['allowances'], 'get' | 'where'>;
};

/** Newest first by last sighting: the `lastSeenAt` index walked backwards, `limit` records read. */
export function recentStops(db: ReadOnlyDb, limit: number): Promise<StopRecord[]> {
  return db.stops.orderBy('lastSeenAt').reverse().limit(limit).toArray();
}

/** The latest allowance one site reported for one feature: one record, by its key. */
export function latestAllowance(db: ReadOnlyDb, site: string, feature: string): Promise<AllowanceSnapshot | undefined> {
  return db.allowances.get(allowanceKey(site, feature));
}
