/**
 * The popup's first paint, read straight from the extension's IndexedDB with the platform's own API: no Dexie to
 * load and evaluate before the first card (Dexie is ~95 KiB the popup would parse first). The same bounded reads as
 * read-model.ts: the `lastSeenAt` index walked backwards for `limit` stops, and one allowance by its key, in one
 * read-only transaction, so the cost is the same with 20 stops stored or 10,000.
 *
 * Read-only by contract, like read-model.ts. The database is the background's (lib/storage/db.ts declares it): a
 * page never creates it (before the background's first write there is nothing to show), and a newer background's
 * upgrade is never held up, because the connection is closed as soon as the read is done (and at once if an
 * upgrade asks while it is open). A newer release's database (a downgrade) is refused as LimitLensDb refuses it:
 * its records may not have the shape this build reads, so the read fails with NEWER_SCHEMA and the page says why.
 */
import { allowanceKey } from './allowances-repository.ts';
import { DB_NAME, newerSchemaError, SCHEMA_VERSION } from './db-meta.ts';
import type { AllowanceSnapshot, StopRecord } from '../domain/shapes.ts';

export interface FirstPaint {
  /** Newest first by last sighting. */
  stops: StopRecord[];
  allowance?: AllowanceSnapshot;
}

/** Opens the database as it is (no version: never an upgrade), or undefined when the background has not made it yet. */
function openExisting(idb: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = idb.open(name);
    // Only a database that does not exist yet asks for an upgrade without a version: leave its making to the background.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      if (db.version > SCHEMA_VERSION * 10) {
        db.close();
        reject(newerSchemaError(name));
        return;
      }
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(undefined) : reject(request.error));
    request.onblocked = () => reject(new Error('the database is being upgraded'));
  });
}

/** The latest `limit` stops and one site's latest report of one feature's allowance. */
export async function readFirstPaint(
  idb: IDBFactory,
  limit: number,
  allowanceOf: { site: string; feature: string },
  name: string = DB_NAME,
): Promise<FirstPaint> {
  const db = await openExisting(idb, name);
  if (!db) return { stops: [] };
  try {
    const stores = ['stops', 'allowances'].filter((name) => db.objectStoreNames.contains(name));
    if (!stores.includes('stops')) return { stops: [] };
    const tx = db.transaction(stores, 'readonly');
    const stops = new Promise<StopRecord[]>((resolve, reject) => {
      const out: StopRecord[] = [];
      const cursor = tx.objectStore('stops').index('lastSeenAt').openCursor(null, 'prev');
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (c && out.length < limit) out.push(c.value as StopRecord);
        // Done at the limit'th record, not one step later: each step is a round trip to the browser's database.
        if (!c || out.length >= limit) resolve(out);
        else c.continue();
      };
      cursor.onerror = () => reject(cursor.error);
    });
    const allowance = stores.includes('allowances')
      ? new Promise<AllowanceSnapshot | undefined>((resolve, reject) => {
          const get = tx.objectStore('allowances').get(allowanceKey(allowanceOf.site, allowanceOf.feature));
          get.onsuccess = () => resolve(get.result as AllowanceSnapshot | undefined);
          get.onerror = () => reject(get.error);
        })
      : Promise.resolve(undefined);
    const [s, a] = await Promise.all([stops, allowance]);
    return { stops: s, ...(a ? { allowance: a } : {}) };
  } finally {
    db.close();
  }
}
