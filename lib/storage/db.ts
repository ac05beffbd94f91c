/**
 * The extension's own IndexedDB, written only by the background. Each schema version is declared here, in order,
 * with its upgrade; test/unit/storage-migrations.test.ts opens a database of every earlier version and upgrades it.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { AllowanceSnapshot, ScreenshotRecord, StopRecord } from '../domain/shapes.ts';

export const DB_NAME = 'limit-lens';

/** v1 indexes: newest-first listing, filters by owner/action/site, the repeat group and occurrence lookup. */
export const SCHEMA_V1 = {
  stops: '++id, lastSeenAt, firstSeenAt, owner, action, site, resetAt, groupKey, *occurrenceKeys',
} as const;

/** v2 adds the image allowance each site reported about itself; stops are unchanged. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  allowances: '&key, site, seenAt',
} as const;

/** v3 adds screenshots of the visible tab taken when a stop was captured (opt-in), looked up by their stop. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  screenshots: '++id, stopId',
} as const;

export class LimitLensDb extends Dexie {
  stops!: EntityTable<StopRecord, 'id'>;
  allowances!: EntityTable<AllowanceSnapshot, 'key'>;
  screenshots!: EntityTable<ScreenshotRecord, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
  }
}
