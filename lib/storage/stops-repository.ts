/**
 * Saving and reading stops. One transaction per capture, so two tabs reporting the same stop at once still make
 * one record, and a failed write changes nothing.
 */
import type { Classification } from '../domain/labels.ts';
import {
  isWorthKeeping,
  mergeRepeat,
  mergeSameOccurrence,
  newRecord,
  REPEAT_WINDOW_MS,
  groupKeyOf,
} from '../evidence/build-record.ts';
import type { CapturePayload, CaptureResult } from '../domain/shapes.ts';
import { isNewerSchemaError, type LimitLensDb } from './db.ts';
import { storageFailureOf } from './storage-error.ts';
import type { StopRecord } from '../domain/shapes.ts';
import { recentStops } from './read-model.ts';

const NOT_A_STOP = {
  ok: false,
  reason: 'not-a-stop',
  message: 'the capture carries no stop signal the classifier recognises',
} as const;

export async function saveCapture(db: LimitLensDb, capture: CapturePayload, c: Classification): Promise<CaptureResult> {
  try {
    return await db.transaction('rw', db.stops, async () => {
      const same = await db.stops.where('occurrenceKeys').anyOf(capture.occurrenceKeys).first();
      if (same) {
        const merged = mergeSameOccurrence(same, capture, c);
        await db.stops.put(merged);
        return { ok: true, id: same.id!, outcome: 'merged' } as const;
      }
      if (!isWorthKeeping(capture, c)) return NOT_A_STOP;
      const groupKey = groupKeyOf(capture.site, c);
      const repeat = await db.stops
        .where('groupKey')
        .equals(groupKey)
        // Either way round: captures arrive out of order, and an imported record dated ahead must not absorb
        // every later capture.
        .filter((r) => Math.abs(capture.seenAt - r.lastSeenAt) < REPEAT_WINDOW_MS)
        .last();
      if (repeat) {
        await db.stops.put(mergeRepeat(repeat, capture, c));
        return { ok: true, id: repeat.id!, outcome: 'repeat' } as const;
      }
      const id = await db.stops.add(newRecord(capture, c));
      return { ok: true, id: id as number, outcome: 'created' } as const;
    });
  } catch (error) {
    if (isNewerSchemaError(error))
      return { ok: false, reason: 'newer-schema', message: 'the database belongs to a newer version of Limit Lens' };
    return { ok: false, reason: 'storage-error', message: describeStorageError(error) };
  }
}

/** Newest first, by last sighting. */
export async function listStops(db: LimitLensDb, limit: number): Promise<{ stops: StopRecord[]; total: number }> {
  const [stops, total] = await Promise.all([recentStops(db, limit), db.stops.count()]);
  return { stops, total };
}

function describeStorageError(error: unknown): string {
  const { quota, name } = storageFailureOf(error);
  if (quota) return 'The browser refused to store more data (storage quota reached). Nothing stored was changed.';
  return `Could not save the stop (${name}). Nothing stored was changed.`;
}
