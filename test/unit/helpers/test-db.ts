import { afterEach } from 'vitest';
import { LimitLensDb } from '../../../lib/storage/db.ts';
import { freshDbName } from './factories.ts';

/** Fresh databases for each test, deleted after it; call once at the top of a test file. */
export function useTestDbs(): () => LimitLensDb {
  const dbs: LimitLensDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });
  return () => {
    const db = new LimitLensDb(freshDbName());
    dbs.push(db);
    return db;
  };
}
