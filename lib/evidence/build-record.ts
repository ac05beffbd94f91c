/**
 * Turns a validated capture and its classification into a stop record. Pure: the caller owns the clock and the
 * database. Decides what is worth keeping: a DOM-only capture that the classifier cannot place is not a stop.
 */
import type { Classification } from '../domain/labels.ts';
import { SEEN_TEXT_KIND, type CapturePayload } from '../domain/shapes.ts';
import type { StopRecord } from '../domain/shapes.ts';

/** Repeats of one limit within this window merge into one record (count and last-seen), like a re-render. */
export const REPEAT_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Reset times of the same limit drift by seconds to minutes between sightings (and 10 h vs 9 h between sources). */
const RESET_BUCKET_MS = 15 * 60 * 1000;
export const MAX_OCCURRENCE_KEYS = 64;

const STRUCTURAL_KINDS = new Set(['image-quota', 'image-cooldown', 'image-tool-error', 'image-gate', 'moderation']);

/**
 * A capture is kept when structure says it is a stop, or when the classifier placed it with some confidence.
 * An HTTP error the classifier cannot place (a 404 on some unrelated endpoint) is noise, except rate-limit
 * statuses, which are always evidence worth keeping.
 */
export function isWorthKeeping(capture: CapturePayload, c: Classification): boolean {
  // The text seen for a network finding only ever completes that finding's record.
  if (capture.kinds.includes(SEEN_TEXT_KIND)) return false;
  if (capture.kinds.some((k) => STRUCTURAL_KINDS.has(k))) return true;
  if (c.owner !== 'unknown') return true;
  return capture.status === 429 || capture.status === 503;
}

export function groupKeyOf(site: string, c: Classification): string {
  const resetAt = c.reset?.at ? Date.parse(c.reset.at) : NaN;
  const window = Number.isFinite(resetAt) ? String(Math.round(resetAt / RESET_BUCKET_MS)) : 'none';
  return [site, c.owner, c.bucket, c.provider ?? '', window].join('|');
}

export function newRecord(capture: CapturePayload, c: Classification): StopRecord {
  return {
    firstSeenAt: capture.seenAt,
    lastSeenAt: capture.seenAt,
    count: 1,
    site: capture.site,
    url: capture.url,
    ...(capture.conversationId ? { conversationId: capture.conversationId } : {}),
    ...(capture.visibleText ? { visibleText: capture.visibleText } : {}),
    evidence: {
      text: capture.evidence,
      truncated: capture.evidenceTruncated,
      kinds: capture.kinds,
      layer: capture.layer,
      ...(capture.endpoint ? { endpoint: capture.endpoint } : {}),
      ...(capture.status !== undefined ? { status: capture.status } : {}),
      ...(capture.headers ? { headers: capture.headers } : {}),
      ...(capture.limitsProgress ? { limitsProgress: capture.limitsProgress } : {}),
    },
    classification: c,
    owner: c.owner,
    action: c.action,
    bucket: c.bucket,
    ...(c.reset?.at ? { resetAt: c.reset.at } : {}),
    groupKey: groupKeyOf(capture.site, c),
    occurrenceKeys: capture.occurrenceKeys.slice(0, MAX_OCCURRENCE_KEYS),
  };
}

/**
 * The same occurrence seen again (by the other layer, or re-rendered): fill in what was missing, count nothing.
 * Structural evidence is never replaced by text-only evidence.
 */
export function mergeSameOccurrence(existing: StopRecord, capture: CapturePayload, c: Classification): StopRecord {
  const layer = existing.evidence.layer === capture.layer ? existing.evidence.layer : 'both';
  const takeNewEvidence = existing.evidence.layer === 'dom' && capture.layer !== 'dom';
  const base = takeNewEvidence ? newRecord(capture, c) : existing;
  return {
    ...base,
    id: existing.id,
    firstSeenAt: Math.min(existing.firstSeenAt, capture.seenAt),
    lastSeenAt: Math.max(existing.lastSeenAt, capture.seenAt),
    count: existing.count,
    visibleText: existing.visibleText ?? capture.visibleText ?? base.visibleText,
    evidence: { ...base.evidence, layer, kinds: union(existing.evidence.kinds, capture.kinds) },
    occurrenceKeys: union(existing.occurrenceKeys, capture.occurrenceKeys).slice(-MAX_OCCURRENCE_KEYS),
  };
}

/**
 * A new occurrence of the same limit: one more in the count, the latest evidence and reset kept. Captures can
 * arrive out of order (parallel 429s waiting for their headers, a retried send): the times merge with min/max, and
 * an older capture counts but does not replace newer evidence.
 */
export function mergeRepeat(existing: StopRecord, capture: CapturePayload, c: Classification): StopRecord {
  const older = capture.seenAt < existing.lastSeenAt;
  const fresh = older ? existing : newRecord(capture, c);
  return {
    ...fresh,
    id: existing.id,
    firstSeenAt: Math.min(existing.firstSeenAt, capture.seenAt),
    lastSeenAt: Math.max(existing.lastSeenAt, capture.seenAt),
    count: existing.count + 1,
    visibleText: fresh.visibleText ?? existing.visibleText ?? capture.visibleText,
    occurrenceKeys: union(existing.occurrenceKeys, capture.occurrenceKeys).slice(-MAX_OCCURRENCE_KEYS),
  };
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
