/**
 * Captures kept aside while the database belongs to a newer release (lib/storage/db.ts refuses to write into it):
 * a bounded list in the extension's local storage, saved into the database by the first build that can open it.
 * The contract for every later release: at start-up, a build whose schema the database is at or below saves the
 * list (`local:keptAside`, validated capture payloads in arrival order) and removes what it saved.
 */
import type { CapturePayload, CaptureResult } from '../messages/protocol.ts';

/** Where the list lives: a port, so this file stays free of browser APIs. */
export interface KeptAsideStore {
  get(): Promise<CapturePayload[]>;
  set(list: CapturePayload[]): Promise<void>;
}

/** At most this many captures, and this many characters of JSON, are kept; later ones are counted, not kept. */
export const KEPT_ASIDE_LIMITS = { captures: 200, chars: 2_000_000 } as const;

/** Adds `capture` unless the list is full; whether it was kept. */
export async function keepAside(store: KeptAsideStore, capture: CapturePayload): Promise<boolean> {
  const list = await store.get();
  const size = (xs: CapturePayload[]) => JSON.stringify(xs).length;
  if (list.length >= KEPT_ASIDE_LIMITS.captures || size([...list, capture]) > KEPT_ASIDE_LIMITS.chars) return false;
  await store.set([...list, capture]);
  return true;
}

/**
 * Saves the kept captures in order through `save` and removes each one saved (or refused as not a stop or
 * invalid: saving it again would not change that). Stops at the first storage failure, the newer schema
 * included, keeping it and the rest for the next start. How many were saved.
 */
export async function drainKeptAside(
  store: KeptAsideStore,
  save: (capture: CapturePayload) => Promise<CaptureResult>,
): Promise<number> {
  const list = await store.get();
  let done = 0;
  for (const capture of list) {
    const result = await save(capture);
    if (!result.ok && (result.reason === 'storage-error' || result.reason === 'newer-schema')) break;
    done++;
  }
  if (done > 0) await store.set(list.slice(done));
  return done;
}
