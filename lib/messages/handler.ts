/**
 * The background's message handling, apart from the browser APIs that deliver messages, so it runs in unit tests
 * with a fake database. Every message is validated first; a rejected one changes nothing.
 *
 * Trust: a content script runs inside a web page, so what it sends is the page's word. It may only send `capture`
 * and `reportProgress` (lib/messages/sender.ts), filed under its own tab's site, with times clamped to our clock
 * and within its site's budget (lib/messages/page-budget.ts). Everything else is for extension pages.
 */
import type { Classification, ClassifyInput } from '../domain/labels.ts';
import type { LimitLensDb } from '../storage/db.ts';
import { listAllowances, saveProgress } from '../storage/allowances-repository.ts';
import { listStops, saveCapture } from '../storage/stops-repository.ts';
import { importStops } from '../storage/import.ts';
import { clearStops, removeStops } from '../storage/retention.ts';
import { listScreenshots } from '../evidence/screenshot.ts';
import { newRecord } from '../evidence/build-record.ts';
import { pastedStopCapture } from '../evidence/pasted-stop.ts';
import type { ProviderService } from '../providers/service.ts';
import type { CapturePayload, CaptureResult } from '../domain/shapes.ts';
import { drainKeptAside, keepAside, type KeptAsideStore } from '../storage/kept-aside.ts';
import type { Envelope, MessageType, RequestOf, ResponseOf } from './protocol.ts';
import { parseEnvelope, type ParsedEnvelope } from './schemas.ts';
import { PAGE_MESSAGE_TYPES, type MessageSender } from './sender.ts';
import { clampToClock, createPageBudget, PAGE_BUDGET, type PageBudgetLimits } from './page-budget.ts';

export interface HandlerDeps {
  db: LimitLensDb;
  classify: (input: ClassifyInput, options: { now: Date }) => Classification;
  /** Told after every stored change, so open views and the badge can refresh. */
  onStopsChanged?: () => void;
  /** Provider sites (settings, registrations, webRequest headers); absent where a test does not need them. */
  providers?: Pick<
    ProviderService,
    'state' | 'setEnabled' | 'saveCustom' | 'deleteCustom' | 'routeFor' | 'enrichCapture'
  >;
  /**
   * Told when a save fails (with what the user should hear) and when a save succeeds again (undefined), so the
   * failure can be kept where the popup reads it without asking. Called on the first success after a start too:
   * a failure from before the worker was stopped is then cleared.
   */
  onSaveFailure?: (failure: { message: string; at: number } | undefined) => void;
  /**
   * Where captures go while the database belongs to a newer release (lib/storage/kept-aside.ts); without it they
   * are refused like any failed save.
   */
  keptAside?: KeptAsideStore;
  /** The background's clock (page-chosen times are clamped to it). */
  now?: () => number;
  /** What one site's pages may store (tests pass smaller numbers). */
  pageBudget?: PageBudgetLimits;
  /**
   * An image turn is under way on a page (`imageTurn`): ready what a capture needs. Called at most once per
   * {@link IMAGE_TURN_EVERY_MS}; the message itself carries nothing the page could misuse.
   */
  onImageTurn?: () => void;
}

/** A page's "image turn under way" is acted on at most this often (it only readies the capture path). */
export const IMAGE_TURN_EVERY_MS = 10_000;

const NO_PROVIDERS = {
  ok: false,
  reason: 'unknown-provider',
  message: 'provider sites are not available here',
} as const;
const FORBIDDEN = {
  ok: false,
  reason: 'forbidden',
  message: "this message is only accepted from the extension's own pages",
} as const;

export function createMessageHandler(deps: HandlerDeps) {
  let storageError: { message: string; at: number } | undefined;
  /** Whether a failure may still be on record outside this handler (one from before a restart counts). */
  let failureOnRecord = true;

  const now = deps.now ?? Date.now;
  const budget = createPageBudget(now, deps.pageBudget ?? PAGE_BUDGET);
  let imageTurnAt = -Infinity;

  /**
   * A content script's message as the page's word only: its own site, our clock, its site's budget. Returns the
   * message to act on, or the answer refusing it.
   */
  function fromPage(
    envelope: ParsedEnvelope,
    from: Extract<MessageSender, { kind: 'page' }>,
  ): { envelope: ParsedEnvelope } | { refused: unknown } {
    if (!PAGE_MESSAGE_TYPES.has(envelope.type)) return { refused: FORBIDDEN };
    if (envelope.type === 'reportProgress') {
      const verdict = budget.takeProgress(from.site);
      if (!verdict.ok) return { refused: { ok: false, reason: 'over-budget', message: verdict.message } };
      return {
        envelope: {
          type: 'reportProgress',
          payload: { ...envelope.payload, site: from.site, seenAt: clampToClock(envelope.payload.seenAt, now()) },
        },
      };
    }
    if (envelope.type === 'imageTurn') return { envelope };
    if (envelope.type !== 'capture') return { refused: FORBIDDEN };
    const capture = envelope.payload;
    // The page's address is the sender's: a page cannot file a capture under another site.
    if (hostOf(capture.url) !== from.site) {
      return { refused: { ok: false, reason: 'invalid', message: 'capture: url: not the page that sent it' } };
    }
    const bytes =
      capture.evidence.length + (capture.visibleText?.length ?? 0) + JSON.stringify(capture.headers ?? {}).length;
    const verdict = budget.takeCapture(from.site, capture.layer, bytes);
    if (!verdict.ok) return { refused: { ok: false, reason: 'over-budget', message: verdict.message } };
    return {
      envelope: {
        type: 'capture',
        payload: { ...capture, site: from.site, seenAt: clampToClock(capture.seenAt, now()) },
      },
    };
  }

  /** Classifies a validated capture (with the route its page is configured for) and saves it. */
  async function store(capture: CapturePayload): Promise<CaptureResult> {
    const route = await deps.providers?.routeFor(capture.url);
    const input = { ...classifyInputOf(capture), ...(route ? { route } : {}) };
    const classification = deps.classify(input, { now: new Date(capture.seenAt) });
    return saveCapture(deps.db, capture, classification);
  }

  /** Saves what was kept aside while the database was a newer release's; a no-op when nothing was. */
  async function drainKeptAsideCaptures(): Promise<number> {
    if (!deps.keptAside) return 0;
    // Written by this or another release: validated again like any capture before it is saved.
    const saved = await drainKeptAside(deps.keptAside, (kept) => {
      const parsed = parseEnvelope({ type: 'capture', payload: kept });
      if (!parsed.ok || parsed.envelope.type !== 'capture')
        return Promise.resolve({ ok: false, reason: 'invalid', message: 'kept-aside capture: invalid' } as const);
      return store(parsed.envelope.payload);
    });
    if (saved > 0) deps.onStopsChanged?.();
    return saved;
  }

  /**
   * One handler per message, typed request → response by the message map: a handler that answers the wrong shape
   * does not compile. Payloads arrive validated (and, from a page, re-filed under its site by `fromPage`).
   */
  const handlers: { [T in MessageType]: (payload: RequestOf<T>, from: MessageSender) => Promise<ResponseOf<T>> } = {
    async capture(payload, from) {
      // A provider page's capture gets the headers webRequest saw (for requests its own page made) and the route
      // the user configured for the page.
      const capture =
        deps.providers && from.kind === 'page'
          ? await deps.providers.enrichCapture(payload, {
              origin: from.origin,
              ...(from.tabId !== undefined ? { tabId: from.tabId } : {}),
            })
          : payload;
      const result = await store(capture);
      if (!result.ok && result.reason === 'newer-schema' && deps.keptAside) {
        const kept = await keepAside(deps.keptAside, capture).catch(() => false);
        return kept ? { ...result, message: 'kept aside until Limit Lens is updated' } : result;
      }
      if (result.ok && result.outcome === 'created') budget.recordCreated(capture.site);
      if (result.ok) {
        storageError = undefined;
        if (failureOnRecord) deps.onSaveFailure?.(undefined);
        failureOnRecord = false;
        deps.onStopsChanged?.();
      } else if (result.reason === 'storage-error') {
        storageError = { message: result.message, at: Date.now() };
        failureOnRecord = true;
        deps.onSaveFailure?.(storageError);
        deps.onStopsChanged?.();
      }
      return result;
    },
    async listStops(payload) {
      return { ...(await listStops(deps.db, payload.limit)), ...(storageError ? { storageError } : {}) };
    },
    async reportProgress(payload) {
      const saved = await saveProgress(deps.db, payload);
      if (saved) deps.onStopsChanged?.();
      return { ok: true };
    },
    async listAllowances(payload) {
      return { allowances: await listAllowances(deps.db, payload.site) };
    },
    async getStop(payload) {
      return { stop: (await deps.db.stops.get(payload.id)) ?? null };
    },
    async classifyPaste(payload) {
      const paste = pastedStopCapture({ ...payload, seenAt: Math.min(payload.seenAt, now()) });
      if (!paste.ok) return paste;
      // Classifying stores nothing; only the explicit save does.
      const classification = deps.classify(paste.input, { now: new Date(paste.capture.seenAt) });
      return { ok: true, draft: newRecord(paste.capture, classification) };
    },
    async savePaste(payload) {
      const paste = pastedStopCapture({ ...payload, seenAt: Math.min(payload.seenAt, now()) });
      if (!paste.ok) return paste;
      const classification = deps.classify(paste.input, { now: new Date(paste.capture.seenAt) });
      const result = await saveCapture(deps.db, paste.capture, classification);
      if (result.ok) deps.onStopsChanged?.();
      return result;
    },
    async listProviders() {
      return deps.providers ? deps.providers.state() : { entries: [] };
    },
    async setProviderEnabled(payload) {
      return deps.providers ? deps.providers.setEnabled(payload.id, payload.enabled) : NO_PROVIDERS;
    },
    async saveCustomProvider(payload) {
      return deps.providers ? deps.providers.saveCustom(payload) : NO_PROVIDERS;
    },
    async deleteCustomProvider(payload) {
      return deps.providers ? deps.providers.deleteCustom(payload.id) : NO_PROVIDERS;
    },
    async deleteStop(payload) {
      // Its screenshots go with it.
      const ok = (await removeStops(deps.db, [payload.id])) > 0;
      if (ok) deps.onStopsChanged?.();
      return { ok };
    },
    async getStops(payload) {
      const stops = await deps.db.stops.bulkGet(payload.ids);
      return { stops: stops.filter((s) => s !== undefined) };
    },
    async clearStops() {
      const removed = await clearStops(deps.db);
      deps.onStopsChanged?.();
      return { removed };
    },
    async importStops(payload) {
      const result = await importStops(deps.db, payload.stops);
      if (result.ok && result.summary.added > 0) deps.onStopsChanged?.();
      return result;
    },
    async listScreenshots(payload) {
      return { screenshots: await listScreenshots(deps.db, payload.stopIds) };
    },
    async imageTurn() {
      if (now() - imageTurnAt >= IMAGE_TURN_EVERY_MS) {
        imageTurnAt = now();
        deps.onImageTurn?.();
      }
      return { ok: true };
    },
  };

  return Object.assign(handleMessage, { drainKeptAside: drainKeptAsideCaptures });

  async function handleMessage(raw: unknown, from: MessageSender): Promise<unknown> {
    const parsed = parseEnvelope(raw);
    if (!parsed.ok) return { ok: false, reason: 'invalid', message: parsed.error };
    let { envelope } = parsed;
    if (from.kind === 'page') {
      const checked = fromPage(envelope, from);
      if ('refused' in checked) return checked.refused;
      envelope = checked.envelope;
    }
    return dispatch(envelope, from);
  }

  /** Hands a validated message to its handler: the one place where the union is narrowed to one message. */
  function dispatch<T extends MessageType>(envelope: Envelope<T>, from: MessageSender): Promise<ResponseOf<T>> {
    return handlers[envelope.type](envelope.payload, from);
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
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
