/**
 * A saved stop: the evidence a person can hand over, and the classification that explains it.
 * Shape of the `stops` table since schema v1 (see lib/storage/db.ts for versions).
 */
import type { Action, Bucket, Classification, Owner } from '../domain/labels.ts';
import type { LimitProgress } from '../detect/bridge.ts';
import type { CaptureLayer } from '../messages/protocol.ts';

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
