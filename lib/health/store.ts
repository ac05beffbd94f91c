/**
 * The health counters in the extension's local storage (WXT storage item, one record of 30 days). The background
 * is the only writer (a content script's flush, allow-listed first); the options page and the popup read it.
 */
import { storage } from '#imports';
import type { Counters } from './counters.ts';
import { addToDays, type HealthDays } from './days.ts';
import { allowListed } from './keys.ts';

export const healthItem = storage.defineItem<HealthDays>('local:health', { fallback: {}, version: 1 });

/** Writes are chained so two flushes arriving together both count. */
export function createHealthRecorder(
  item: { getValue(): Promise<HealthDays>; setValue(v: HealthDays): Promise<void> },
  now: () => number = Date.now,
) {
  let chain: Promise<unknown> = Promise.resolve();
  return (raw: unknown): Promise<void> => {
    const counts: Counters =
      typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? allowListed(raw as Record<string, unknown>) : {};
    if (!Object.keys(counts).length) return Promise.resolve();
    const next = chain.then(async () => item.setValue(addToDays(await item.getValue(), counts, now())));
    chain = next.catch(() => {});
    return next;
  };
}
