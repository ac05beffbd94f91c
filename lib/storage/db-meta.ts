/**
 * What a page needs to know of the extension's database without loading Dexie: its name, the schema version this
 * build declares (lib/storage/db.ts declares the schema itself), and how a newer release's database is refused.
 */
export const DB_NAME = 'limit-lens';

/** The last `version(n)` LimitLensDb declares; IndexedDB holds Dexie's version times 10. */
export const SCHEMA_VERSION = 3;

/** The name of the error every read and write of a LimitLensDb fails with on a newer release's database. */
export const NEWER_SCHEMA = 'LimitLensNewerSchemaError';

/** The refusal itself, as both readers (Dexie's and the popup's first paint) raise it. */
export function newerSchemaError(name: string): DOMException {
  return new DOMException(
    `The database "${name}" was written by a newer version of Limit Lens; this version leaves it untouched.`,
    NEWER_SCHEMA,
  );
}

/** Whether `error` (as Dexie hands it on: itself, or wrapped as a closed database's `inner`) is the refusal. */
export function isNewerSchemaError(error: unknown): boolean {
  const e = error as { name?: unknown; inner?: { name?: unknown } } | null | undefined;
  return e?.name === NEWER_SCHEMA || e?.inner?.name === NEWER_SCHEMA;
}
