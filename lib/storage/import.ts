/**
 * Writing an imported export into the database. The file was validated by parseExportJson (on the page, and its
 * stops again by the message schema in the background); here the merge plan is made against the occurrence keys
 * stored at this moment and the new stops are written in ONE transaction: reading the keys inside it means a
 * capture arriving meanwhile cannot slip in a duplicate, and a failed write leaves everything as it was.
 */
import { planImport, type ExportedStop, type ImportSummary } from '../export/exported-stop.ts';
import { hashOccurrenceKey } from '../export/occurrence-key.ts';
import type { LimitLensDb } from './db.ts';
import { type StorageFailure, storageFailureOf } from './storage-error.ts';

export type ImportResult =
  | { ok: true; summary: ImportSummary; ids: number[] }
  | ({ ok: false; reason: 'storage-error'; message: string } & StorageFailure);

export async function importStops(db: LimitLensDb, stops: readonly ExportedStop[]): Promise<ImportResult> {
  try {
    return await db.transaction('rw', db.stops, async () => {
      // The multi-entry index lists every stored occurrence key once; no record is read.
      const existing = new Set((await db.stops.orderBy('occurrenceKeys').uniqueKeys()) as string[]);
      const plan = planImport(existing, stops);
      // Stops arrive without ids (ids belong to the database that exported them): new ones are assigned here.
      const ids = plan.toAdd.length
        ? ((await db.stops.bulkAdd(
            plan.toAdd.map((s) => rekeyed(withoutId(s))),
            { allKeys: true },
          )) as number[])
        : [];
      return { ok: true, summary: plan.summary, ids } as const;
    });
  } catch (error) {
    const failure = storageFailureOf(error);
    const { name } = failure;
    return {
      ok: false,
      reason: 'storage-error',
      ...failure,
      message: failure.quota
        ? 'The browser refused to store more data (storage quota reached). Nothing was imported; what was stored is unchanged.'
        : `The import could not be written (${name}). Nothing was imported; what was stored is unchanged.`,
    };
  }
}

/**
 * Imported stops keep their occurrence keys only as hashes (`h:…`): a live capture looks its keys up raw, so a
 * file can never pre-claim a future capture (a forged `msg:<id>` would otherwise swallow the real stop when it
 * happens). Importing the same file again still finds them: planImport compares hashes when any key is one.
 */
function rekeyed(stop: ExportedStop): ExportedStop {
  return { ...stop, occurrenceKeys: [...new Set(stop.occurrenceKeys.map(hashOccurrenceKey))] };
}

/** An export never carries ids, but a hand-edited file might: a stored id must never be overwritten. */
function withoutId(stop: ExportedStop): ExportedStop {
  const { id: _ignored, ...rest } = stop as ExportedStop & { id?: unknown };
  return rest;
}
