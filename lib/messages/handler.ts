/**
 * The background's message handling, apart from the browser APIs that deliver messages, so it runs in unit tests
 * with a fake database. Every message is validated first; a rejected one changes nothing.
 */
import type { Classification, ClassifyInput } from '../domain/labels.ts';
import type { LimitLensDb } from '../storage/db.ts';
import { listAllowances, saveProgress } from '../storage/allowances-repository.ts';
import { listStops, saveCapture } from '../storage/stops-repository.ts';
import { createHistoryQueries, type HistoryQueries } from '../storage/history-query.ts';
import { importStops } from '../storage/import.ts';
import { clearStops, removeStops } from '../storage/retention.ts';
import { listScreenshots } from '../evidence/screenshot.ts';
import { newRecord } from '../evidence/build-record.ts';
import { readPaste } from '../evidence/parse-pasted.ts';
import type { ProviderService } from '../providers/service.ts';
import type { CapturePayload } from './protocol.ts';
import { parseEnvelope } from './schemas.ts';

export interface HandlerDeps {
  db: LimitLensDb;
  classify: (input: ClassifyInput, options: { now: Date }) => Classification;
  /** Told after every stored change, so open views and the badge can refresh. */
  onStopsChanged?: () => void;
  /** Provider sites (settings, registrations, webRequest headers); absent where a test does not need them. */
  providers?: Pick<ProviderService, 'state' | 'setEnabled' | 'saveCustom' | 'deleteCustom' | 'routeFor' | 'enrichCapture'>;
  /** The history page's queries; passed in when other writers (retention, the context menu) must invalidate them. */
  history?: HistoryQueries;
}

const NO_PROVIDERS = { ok: false, reason: 'unknown-provider', message: 'provider sites are not available here' } as const;

export function createMessageHandler(deps: HandlerDeps) {
  let storageError: { message: string; at: number } | undefined;
  const history = deps.history ?? createHistoryQueries(deps.db);
  // Every stored change this handler makes also drops the history page's cached search.
  const notifyChanged = deps.onStopsChanged;
  deps = {
    ...deps,
    onStopsChanged: () => {
      history.invalidate();
      notifyChanged?.();
    },
  };

  return async function handleMessage(raw: unknown): Promise<unknown> {
    const parsed = parseEnvelope(raw);
    if (!parsed.ok) return { ok: false, reason: 'invalid', message: parsed.error };
    const { envelope } = parsed;
    switch (envelope.type) {
      case 'capture': {
        // A provider page's capture gets the headers webRequest saw and the route the user configured for the page.
        const capture = deps.providers ? await deps.providers.enrichCapture(envelope.payload) : envelope.payload;
        const route = await deps.providers?.routeFor(capture.url);
        const input = { ...classifyInputOf(capture), ...(route ? { route } : {}) };
        const classification = deps.classify(input, { now: new Date(capture.seenAt) });
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
      case 'getStop':
        return { stop: (await deps.db.stops.get(envelope.payload.id)) ?? null };
      case 'classifyPaste':
      case 'savePaste': {
        const paste = readPaste(envelope.payload);
        if (!paste.ok) return paste;
        const classification = deps.classify(paste.input, { now: new Date(paste.capture.seenAt) });
        // Classifying stores nothing; only the explicit save does.
        if (envelope.type === 'classifyPaste') return { ok: true, draft: newRecord(paste.capture, classification), summary: paste.summary };
        const result = await saveCapture(deps.db, paste.capture, classification);
        if (result.ok) deps.onStopsChanged?.();
        return result;
      }
      case 'listProviders':
        return deps.providers ? deps.providers.state() : { entries: [] };
      case 'setProviderEnabled':
        return deps.providers ? deps.providers.setEnabled(envelope.payload.id, envelope.payload.enabled) : NO_PROVIDERS;
      case 'saveCustomProvider':
        return deps.providers ? deps.providers.saveCustom(envelope.payload) : NO_PROVIDERS;
      case 'deleteCustomProvider':
        return deps.providers ? deps.providers.deleteCustom(envelope.payload.id) : NO_PROVIDERS;
      case 'deleteStop': {
        // Its screenshots go with it.
        const ok = (await removeStops(deps.db, [envelope.payload.id])) > 0;
        if (ok) deps.onStopsChanged?.();
        return { ok };
      }
      case 'queryHistory':
        return history.query(envelope.payload);
      case 'getStops': {
        const stops = await deps.db.stops.bulkGet(envelope.payload.ids);
        return { stops: stops.filter((s) => s !== undefined) };
      }
      case 'clearStops': {
        const removed = await clearStops(deps.db);
        deps.onStopsChanged?.();
        return { removed };
      }
      case 'importStops': {
        const result = await importStops(deps.db, envelope.payload.stops);
        if (result.ok && result.summary.added > 0) deps.onStopsChanged?.();
        return result;
      }
      case 'listScreenshots':
        return { screenshots: await listScreenshots(deps.db, envelope.payload.stopIds) };
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
