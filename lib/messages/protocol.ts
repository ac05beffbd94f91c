/**
 * The one typed message map between the extension's contexts (content scripts, popup, background).
 * Types only: content scripts import this file, so it must never pull in zod or dexie. The background
 * validates every incoming message against lib/messages/schemas.ts before acting on it.
 * The shapes the messages carry live in lib/domain/shapes.ts (a leaf), so nothing below this file imports it back.
 */
import type {
  AllowanceSnapshot,
  CapturePayload,
  CaptureResult,
  ProgressReport,
  ScreenshotRecord,
  StopRecord,
} from '../domain/shapes.ts';
import type { ExportedStop } from '../export/exported-stop.ts';
import type { ImportResult } from '../storage/import.ts';
import type { PastedStop, PasteResult } from '../evidence/pasted-stop.ts';
import type { CustomProviderInput, ProviderActionResult, ProvidersState } from '../providers/types.ts';

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
  /** A paste the page read (parse-pasted.ts), to classify: the draft stop, nothing stored. */
  classifyPaste: { request: PastedStop; response: PasteResult };
  /** A paste the page read, saved as evidence (an explicit click); an empty one is refused as in `classifyPaste`. */
  savePaste: { request: PastedStop; response: CaptureResult | Extract<PasteResult, { ok: false }> };
  /** Provider sites: state, turning on and off (permissions asked by the options page), custom entries. */
  listProviders: { request: Record<string, never>; response: ProvidersState };
  setProviderEnabled: { request: { id: string; enabled: boolean }; response: ProviderActionResult };
  saveCustomProvider: { request: CustomProviderInput; response: ProviderActionResult };
  deleteCustomProvider: { request: { id: string }; response: ProviderActionResult };
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

/**
 * The capture shapes, re-exported for the files that still import them from here (lib/detect/* coordinators and
 * entrypoints/background.ts, changed in other branches); new code imports lib/domain/shapes.ts.
 */
export { CAPTURE_LIMITS, SEEN_TEXT_KIND } from '../domain/shapes.ts';
export type { CaptureLayer, CapturePayload, CaptureResult, ProgressReport } from '../domain/shapes.ts';

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}
