/**
 * The extension's own IndexedDB, written only by the background. Each schema version is declared here, in order,
 * with its upgrade; test/unit/storage-migrations.test.ts opens a database of every earlier version and upgrades it.
 */
import Dexie, { type EntityTable } from 'dexie';
import { DB_NAME, isNewerSchemaError, NEWER_SCHEMA, newerSchemaError } from './db-meta.ts';
import type { AllowanceSnapshot, ScreenshotRecord, StopRecord } from '../domain/shapes.ts';

export { DB_NAME, isNewerSchemaError, NEWER_SCHEMA };

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

/**
 * Refuses a database written by a newer release. Dexie, told the installed version is higher than the schema it
 * was given (a VersionError), opens it anyway at that version, and adds whatever indexes it misses by bumping the
 * version again: an older build would then write records of its own shape into a newer release's tables and
 * change that release's schema. So the one call Dexie makes only in that case, `open(name)` without a version after
 * the VersionError, fails instead: every read and write fails with {@link NEWER_SCHEMA}, nothing is touched, and
 * the caller says so (the popup shows a notice, captures are kept aside: lib/storage/kept-aside.ts).
 */
export function refuseNewerSchema(factory: IDBFactory): IDBFactory {
  return new Proxy(factory, {
    get(target, key) {
      if (key !== 'open') {
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (name: string, version?: number) =>
        version === undefined ? refusedOpen(name) : target.open(name, version);
    },
  });
}

/** An open request that fails as IndexedDB's own would, on the next task: what Dexie reads of it and no more. */
function refusedOpen(name: string): IDBOpenDBRequest {
  const error = newerSchemaError(name);
  const request = { error, result: undefined, readyState: 'done' } as unknown as IDBOpenDBRequest & {
    onerror: ((e: Event) => void) | null;
  };
  setTimeout(() =>
    request.onerror?.({
      target: request,
      type: 'error',
      preventDefault() {},
      stopPropagation() {},
    } as unknown as Event),
  );
  return request;
}

export class LimitLensDb extends Dexie {
  stops!: EntityTable<StopRecord, 'id'>;
  allowances!: EntityTable<AllowanceSnapshot, 'key'>;
  screenshots!: EntityTable<ScreenshotRecord, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    const factory = (options?.indexedDB as IDBFactory | undefined) ?? globalThis.indexedDB;
    super(
      name,
      factory ? { IDBKeyRange: globalThis.IDBKeyRange, ...options, indexedDB: refuseNewerSchema(factory) } : options,
    );
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
  }
}
