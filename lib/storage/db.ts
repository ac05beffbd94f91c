/**
 * The extension's own IndexedDB, written only by the background. Each schema version is declared here, in order,
 * with its upgrade; test/unit/storage-migrations.test.ts opens a database of every earlier version and upgrades it.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { StopRecord } from './record.ts';

export const DB_NAME = 'limit-lens';

/** v1 indexes: newest-first listing, filters by owner/action/site, the repeat group and occurrence lookup. */
export const SCHEMA_V1 = {
  stops: '++id, lastSeenAt, firstSeenAt, owner, action, site, resetAt, groupKey, *occurrenceKeys',
} as const;

export class LimitLensDb extends Dexie {
  stops!: EntityTable<StopRecord, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
  }
}
