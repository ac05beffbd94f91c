/**
 * The shapes every layer shares: what a content script captures, the stop record stored from it (with its
 * evidence), the allowance a site reported, the screenshot kept with a stop, and the size limits on a capture.
 * A leaf: it imports only the domain labels beside it and ChatGPT's LimitProgress (lib/domain/chatgpt.ts, a leaf), so
 * storage, export, evidence and messages can all depend on it without depending on each other.
 * Stored shapes: the `stops` table since schema v1, `allowances` v2, `screenshots` v3 (see lib/storage/db.ts).
 */
import type { LimitProgress } from './chatgpt.ts';
import type { Action, Bucket, Classification, Owner } from './labels.ts';

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
  | {
      ok: false;
      reason: 'invalid' | 'not-a-stop' | 'storage-error' | 'newer-schema' | 'over-budget' | 'forbidden';
      message: string;
    };

export interface StopEvidence {
  /** What was classified (raw stream lines, error body or visible text), truncated with a marker over the cap. */
  text: string;
  truncated: boolean;
  endpoint?: string;
  status?: number;
  headers?: Record<string, string>;
  limitsProgress?: LimitProgress[];
  kinds: string[];
  layer: CaptureLayer;
}

/** A saved stop: the evidence a person can hand over, and the classification that explains it. */
export interface StopRecord {
  id?: number;
  /** Epoch milliseconds of the first and the latest sighting. */
  firstSeenAt: number;
  lastSeenAt: number;
  /** How many distinct occurrences (new turns hitting the same limit) were merged into this record. */
  count: number;
  site: string;
  url: string;
  conversationId?: string;
  /** What the user saw on the page, when it was rendered. */
  visibleText?: string;
  evidence: StopEvidence;
  classification: Classification;
  /** Copies of classification fields, indexed for filtering. */
  owner: Owner;
  action: Action;
  bucket: Bucket;
  /** ISO reset time of the primary reset, indexed for "soonest active stop". */
  resetAt?: string;
  /** Same site, owner, bucket and reset window: repeats of one limit merge into one record. */
  groupKey: string;
  occurrenceKeys: string[];
}

/**
 * The latest image allowance a site reported about itself (schema v2): ChatGPT's limits_progress figures, shown
 * with their source and when they were seen. Never a hand-typed cap.
 */
export interface AllowanceSnapshot {
  /** `${site}|${feature}`: one snapshot per site and feature, replaced by newer reports. */
  key: string;
  site: string;
  feature: string;
  remaining?: number;
  /** ISO, as the site sent it. */
  resetAfter?: string;
  source: 'limits_progress';
  endpoint: string;
  seenAt: number;
}

/**
 * A picture of the visible tab taken when a stop was captured (schema v3; only when the user turned screenshots
 * on). Kept as the data URL the browser returned, so it crosses runtime messages as plain text. Never redacted:
 * the export says so.
 */
export interface ScreenshotRecord {
  id?: number;
  stopId: number;
  takenAt: number;
  /** `data:image/jpeg;base64,…` */
  dataUrl: string;
}
