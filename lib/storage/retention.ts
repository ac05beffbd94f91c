/**
 * Removing stops: one, all, or those older than the user's retention setting. A stop's screenshots go with it,
 * in the same transaction, so no picture outlives the evidence it belongs to and a failure removes nothing.
 */
import type { LimitLensDb } from './db.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Alarm that prunes old stops once a day, set only while a retention period is chosen. */
export const RETENTION_ALARM = 'retention';
export const RETENTION_ALARM_PERIOD_MINUTES = 24 * 60;

/** Removes the given stops and their screenshots; returns how many stops existed. */
export async function removeStops(db: LimitLensDb, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction('rw', db.stops, db.screenshots, async () => {
    const existing = (await db.stops
      .where(':id')
      .anyOf(ids as number[])
      .primaryKeys()) as number[];
    await db.stops.bulkDelete(existing);
    await db.screenshots.where('stopId').anyOf(existing).delete();
    return existing.length;
  });
}

/** Removes every stop, screenshot and allowance snapshot (what the sites reported); returns how many stops there were. */
export async function clearStops(db: LimitLensDb): Promise<number> {
  return db.transaction('rw', db.stops, db.screenshots, db.allowances, async () => {
    const count = await db.stops.count();
    await db.stops.clear();
    await db.screenshots.clear();
    await db.allowances.clear();
    return count;
  });
}

/** The moment before which a stop's last sighting makes it too old to keep. */
export function retentionCutoff(days: number, now: number): number {
  return now - days * DAY_MS;
}

export interface RetentionDeps {
  db: LimitLensDb;
  /** The user's setting (null: keep everything). */
  retentionDays: () => Promise<number | null>;
  alarms: {
    exists: (name: string) => Promise<boolean>;
    createDaily: (name: string, periodInMinutes: number) => Promise<void>;
    clear: (name: string) => Promise<void>;
  };
  /** Told when stops were removed, so open views and the badge refresh. */
  onRemoved: (count: number) => void;
  now: () => number;
}

/**
 * Applies the retention setting: prunes now, and keeps a daily alarm only while a period is chosen (nothing is
 * scheduled for the default, keep everything). Run at startup, on the alarm, and when the setting changes.
 */
export async function applyRetention(deps: RetentionDeps): Promise<number> {
  const days = await deps.retentionDays();
  if (days === null) {
    await deps.alarms.clear(RETENTION_ALARM);
    return 0;
  }
  if (!(await deps.alarms.exists(RETENTION_ALARM)))
    await deps.alarms.createDaily(RETENTION_ALARM, RETENTION_ALARM_PERIOD_MINUTES);
  const removed = await pruneOlderThan(deps.db, days, deps.now());
  if (removed > 0) deps.onRemoved(removed);
  return removed;
}

/**
 * Removes stops last seen before the retention period (null: keep everything, remove nothing). A stop seen again
 * recently is kept whole, however old its first sighting.
 */
export async function pruneOlderThan(db: LimitLensDb, days: number | null, now: number): Promise<number> {
  if (days === null) return 0;
  const cutoff = retentionCutoff(days, now);
  const old = (await db.stops.where('lastSeenAt').below(cutoff).primaryKeys()) as number[];
  return removeStops(db, old);
}
