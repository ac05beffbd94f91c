/**
 * The popup's first reads: the latest stop (bounded, straight from the extension's IndexedDB) and the settings. The
 * popup's first card waits for them, and they wait for nothing: main.tsx starts them before anything else.
 */
import { readFirstPaint } from '@/lib/storage/first-paint-read.ts';
import { POPUP_STOPS } from '@/lib/storage/read-model.ts';
import type { AllowanceSnapshot, StopRecord } from '@/lib/domain/shapes.ts';
import type { SaveFailure } from '@/lib/storage/save-failure.ts';

export interface Shown {
  stops: StopRecord[];
  allowance?: AllowanceSnapshot;
  storageError?: string;
}

/** The first read's outcome, in hand before the first render. */
export type FirstRead = { shown: Shown } | { error: unknown };

export interface FirstReads {
  first: Promise<FirstRead>;
  /** What storage holds under WXT's `local:settings` key (lib/settings/store.ts), read without WXT's storage. */
  settings: Promise<unknown>;
}

/**
 * Bounded reads only: the same cost with 20 stops stored or 10,000. The failed save is the background's, in session
 * storage under WXT's key for `session:saveFailure` (lib/storage/save-failure.ts).
 */
export async function readShown(limit = POPUP_STOPS): Promise<Shown> {
  const [{ stops, allowance }, failure] = await Promise.all([
    readFirstPaint(indexedDB, limit, { site: 'chatgpt.com', feature: 'image_gen' }),
    browser.storage.session.get('saveFailure').then((r) => r.saveFailure as SaveFailure | null | undefined),
  ]);
  return { stops, ...(allowance ? { allowance } : {}), ...(failure ? { storageError: failure.message } : {}) };
}

/** The first card shows the latest stop only (the recent ones follow once it is on screen). */
export function startFirstReads(): FirstReads {
  return {
    first: readShown(1).then(
      (shown) => ({ shown }),
      (error: unknown) => ({ error }),
    ),
    settings: browser.storage.local.get('settings').then((r) => r.settings),
  };
}
