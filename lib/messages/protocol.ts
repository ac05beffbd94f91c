/**
 * The one typed message map between the extension's contexts (content scripts, popup, background).
 * Types only: content scripts import this file, so it must never pull in zod or dexie. The background
 * validates every incoming message against lib/messages/schemas.ts before acting on it.
 */
import type { LimitProgress } from '../detect/bridge.ts';
import type { AllowanceSnapshot, ScreenshotRecord, StopRecord } from '../storage/record.ts';
import type { ExportedStop } from '../export/json.ts';
import type { HistoryPage, HistoryQuery } from '../storage/history-query.ts';
import type { ImportResult } from '../storage/import.ts';
import type { PasteRequest, PasteResult } from '../evidence/parse-pasted.ts';
import type { CustomProviderInput, ProviderActionResult, ProvidersState } from '../providers/types.ts';

/** Which layer saw the stop: the page's own traffic, the rendered page, or both; `manual`: pasted by the user. */
export type CaptureLayer = 'network' | 'dom' | 'both' | 'manual';

/** Limits on what a content script may send; the schema enforces the same numbers. */
export const CAPTURE_LIMITS = {
  evidenceChars: 16_384,
  visibleTextChars: 4_096,
  urlChars: 2_048,
  keyChars: 256,
  headerCount: 40,
  headerValueChars: 512,
  kinds: 8,
  keys: 16,
} as const;

/** Kind of the capture that attaches the text the user saw to an already stored network finding. */
export const SEEN_TEXT_KIND = 'dom:seen';

export interface CapturePayload {
  /** Hostname of the page, e.g. chatgpt.com. */
  site: string;
  /** Origin and path of the page (no query or fragment). */
  url: string;
  conversationId?: string;
  layer: CaptureLayer;
  /** Structural signals (network FindingKind) or DOM surfaces ('dom:assistant', 'dom:error', 'dom:dialog'…). */
  kinds: string[];
  /** What the classifier reads: raw stream lines, an error body, or the visible text for DOM-only stops. */
  evidence: string;
  evidenceTruncated: boolean;
  /** The text the user actually saw, when the page rendered it. */
  visibleText?: string;
  endpoint?: string;
  status?: number;
  headers?: Record<string, string>;
  limitsProgress?: LimitProgress[];
  /** Stable ids of this occurrence (message ids, gate reset times, text hashes): a re-render is not a new stop. */
  occurrenceKeys: string[];
  /** Epoch milliseconds. */
  seenAt: number;
}

/** The image allowance the site itself reported (ChatGPT's limits_progress), kept as the latest snapshot. */
export interface ProgressReport {
  site: string;
  endpoint: string;
  progress: LimitProgress[];
  seenAt: number;
}

export type CaptureResult =
  | { ok: true; id: number; outcome: 'created' | 'merged' | 'repeat' }
  | { ok: false; reason: 'invalid' | 'not-a-stop' | 'storage-error' | 'newer-schema' | 'over-budget' | 'forbidden'; message: string };

export interface MessageMap {
  capture: { request: CapturePayload; response: CaptureResult };
  listStops: {
    request: { limit: number };
    /** `storageError`: the latest failed save since the background started, so the user hears of a full disk. */
    response: { stops: StopRecord[]; total: number; storageError?: { message: string; at: number } };
  };
  deleteStop: { request: { id: number }; response: { ok: boolean } };
  reportProgress: { request: ProgressReport; response: { ok: boolean } };
  listAllowances: { request: { site: string }; response: { allowances: AllowanceSnapshot[] } };
  /** One stored stop, for its packet page. */
  getStop: { request: { id: number }; response: { stop: StopRecord | null } };
  /** Paste to classify: the draft stop, nothing stored. */
  classifyPaste: { request: PasteRequest; response: PasteResult };
  /** Paste to classify, saved as evidence (an explicit click). */
  savePaste: { request: PasteRequest; response: CaptureResult };
  /** Provider sites: state, turning on and off (permissions asked by the options page), custom entries. */
  listProviders: { request: Record<string, never>; response: ProvidersState };
  setProviderEnabled: { request: { id: string; enabled: boolean }; response: ProviderActionResult };
  saveCustomProvider: { request: CustomProviderInput; response: ProviderActionResult };
  deleteCustomProvider: { request: { id: string }; response: ProviderActionResult };
  /** The history page: one page of filtered, searched stops (short rows), counted. */
  queryHistory: { request: HistoryQuery; response: HistoryPage };
  /** Whole stored stops by id (for an export), at most 500 at a time. */
  getStops: { request: { ids: number[] }; response: { stops: StopRecord[] } };
  /** Removes every stop and screenshot (the history page asks the user first). */
  clearStops: { request: Record<string, never>; response: { removed: number } };
  /** Stops read from an export file: merged without duplicates in one transaction. */
  importStops: { request: { stops: ExportedStop[] }; response: ImportResult };
  /** Screenshots kept with some stops (opt-in), at most 500 stops at a time. */
  listScreenshots: { request: { stopIds: number[] }; response: { screenshots: ScreenshotRecord[] } };
  /**
   * From ChatGPT's content script: a turn under way called the image tool, so a stop may follow within seconds.
   * Carries nothing; it wakes a sleeping background, which readies the capture path (storage, classifier) before
   * the stop arrives. Ordinary turns never send it.
   */
  imageTurn: { request: Record<string, never>; response: { ok: boolean } };
}

/** Broadcast from the background to open extension pages after stored stops changed; no answer expected. */
export const STOPS_CHANGED = 'stopsChanged';
export interface StopsChangedEvent {
  type: typeof STOPS_CHANGED;
}

export type MessageType = keyof MessageMap;
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}
