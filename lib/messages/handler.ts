/**
 * The background's message handling, apart from the browser APIs that deliver messages, so it runs in unit tests
 * with a fake database. Every message is validated first; a rejected one changes nothing.
 */
import type { Classification, ClassifyInput } from '../domain/labels.ts';
import type { LimitLensDb } from '../storage/db.ts';
import { listAllowances, saveProgress } from '../storage/allowances-repository.ts';
import { deleteStop, listStops, saveCapture } from '../storage/stops-repository.ts';
import type { CapturePayload } from './protocol.ts';
import { parseEnvelope } from './schemas.ts';

export interface HandlerDeps {
  db: LimitLensDb;
  classify: (input: ClassifyInput, options: { now: Date }) => Classification;
  /** Told after every stored change, so open views and the badge can refresh. */
  onStopsChanged?: () => void;
}

export function createMessageHandler(deps: HandlerDeps) {
  let storageError: { message: string; at: number } | undefined;

  return async function handleMessage(raw: unknown): Promise<unknown> {
    const parsed = parseEnvelope(raw);
    if (!parsed.ok) return { ok: false, reason: 'invalid', message: parsed.error };
    const { envelope } = parsed;
    switch (envelope.type) {
      case 'capture': {
        const capture = envelope.payload;
        const classification = deps.classify(classifyInputOf(capture), { now: new Date(capture.seenAt) });
        const result = await saveCapture(deps.db, capture, classification);
        if (result.ok) {
          storageError = undefined;
          deps.onStopsChanged?.();
        } else if (result.reason === 'storage-error') {
          storageError = { message: result.message, at: Date.now() };
          deps.onStopsChanged?.();
        }
        return result;
      }
      case 'listStops':
        return { ...(await listStops(deps.db, envelope.payload.limit)), ...(storageError ? { storageError } : {}) };
      case 'reportProgress': {
        const saved = await saveProgress(deps.db, envelope.payload);
        if (saved) deps.onStopsChanged?.();
        return { ok: true };
      }
      case 'listAllowances':
        return { allowances: await listAllowances(deps.db, envelope.payload.site) };
      case 'deleteStop': {
        const ok = await deleteStop(deps.db, envelope.payload.id);
        if (ok) deps.onStopsChanged?.();
        return { ok };
      }
    }
  };
}

/** Structure first: the raw evidence is classified (for a DOM-only stop the content script sends the visible text as evidence). */
export function classifyInputOf(capture: CapturePayload): ClassifyInput {
  return {
    text: capture.evidence,
    url: capture.url,
    ...(capture.status !== undefined ? { status: capture.status } : {}),
    ...(capture.headers ? { headers: capture.headers } : {}),
  };
}
