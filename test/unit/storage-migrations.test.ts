import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LimitLensDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../lib/storage/db.ts';
import { newRecord } from '../../lib/evidence/build-record.ts';
import { capture, classification, freshDbName } from './helpers/factories.ts';

/**
 * Every schema version ever shipped, with a sample record as that version wrote it. A database created by each is
 * opened by the current code and must keep every record readable. Add a line here with each new version.
 */
const SHIPPED_VERSIONS: { version: number; stores: Record<string, string>; sample: () => object }[] = [
  { version: 1, stores: SCHEMA_V1, sample: () => newRecord(capture(), classification()) },
  { version: 2, stores: SCHEMA_V2, sample: () => newRecord(capture(), classification()) },
  { version: 3, stores: SCHEMA_V3, sample: () => newRecord(capture(), classification()) },
];

describe('schema versions', () => {
  it.each(SHIPPED_VERSIONS)(
    'a database written by v$version opens with the current schema and keeps its records',
    async ({ version, stores, sample }) => {
      const name = freshDbName();
      const old = new Dexie(name);
      old.version(version).stores(stores);
      const id = await old.table('stops').add(sample());
      old.close();

      const current = new LimitLensDb(name);
      const stop = await current.stops.get(id as number);
      expect(stop).toMatchObject({ owner: 'chatgpt-app', action: 'wait', count: 1 });
      expect(await current.stops.where('occurrenceKeys').equals('msg:tool-1').count()).toBe(1);
      expect(current.verno).toBeGreaterThanOrEqual(version);
      // Tables added after this version start empty and usable.
      expect(await current.allowances.count()).toBe(0);
      expect(await current.screenshots.count()).toBe(0);
      await current.delete();
    },
  );

  it('the current schema is the newest shipped one (a change to the indexes needs a new version)', () => {
    const db = new LimitLensDb(freshDbName());
    const latest = SHIPPED_VERSIONS[SHIPPED_VERSIONS.length - 1]!;
    expect(db.verno).toBe(latest.version);
    const actual = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].sort()]),
    );
    const declared = Object.fromEntries(
      Object.entries(latest.stores).map(([name, spec]) => [
        name,
        spec
          .split(',')
          .map((x) => x.trim().replace(/^&/, ''))
          .sort(),
      ]),
    );
    expect(actual).toEqual(declared);
  });
});
