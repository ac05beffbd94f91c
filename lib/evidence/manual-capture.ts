/**
 * Manual capture: text the user selected on any page and saved with the context menu entry "Save as limit
 * evidence". The selection arrives in the background with the click (contextMenus.onClicked info.selectionText),
 * so no host permission is needed and no script runs on the page.
 *
 * Classified like every other stop, with the page as its origin. Unlike an automatic capture, it is always kept:
 * the user asked for it explicitly. When the classifier cannot place it, it is stored as owner `unknown` with the
 * classifier's own reasons ("no limit signal found"), which is what the packet then shows. Saving the same
 * selection on the same page again finds the stored stop (same occurrence key) instead of making a second one.
 */
import type { Classification, ClassifyInput } from '../domain/labels.ts';
import { textHash } from '../detect/text-hash.ts';
import { CAPTURE_LIMITS, type CapturePayload, type CaptureResult } from '../domain/shapes.ts';
import type { LimitLensDb } from '../storage/db.ts';
import { mergeSameOccurrence, newRecord } from './build-record.ts';

/** The context menu entry's id. */
export const SAVE_SELECTION_MENU_ID = 'save-selection-as-evidence';
/** The structural signal of a manual selection (shown as "Signals" in the packet). */
export const MANUAL_SELECTION_KIND = 'manual:selection';
/** Site of a selection on a page without a usable host name (a local file, a browser page). */
export const MANUAL_SITE = 'manual';

export interface SelectionClick {
  selectionText?: string;
  pageUrl?: string;
  /** Epoch ms. */
  seenAt: number;
}

const CONVERSATION_IN_PATH = /^\/c\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;

/** Never splits a surrogate pair. */
function cut(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  let end = max;
  if ((text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
  return { text: text.slice(0, end), truncated: true };
}

/** Host name and page address (origin and path, never the query: it can carry keys) of the page it was selected on. */
export function pageOf(pageUrl: string | undefined): { site: string; url: string; conversationId?: string } {
  let parsed: URL | undefined;
  try {
    parsed = pageUrl ? new URL(pageUrl) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed) return { site: MANUAL_SITE, url: 'manual:selection' };
  const host = parsed.hostname.toLowerCase();
  const site = /^[a-z0-9.-]{1,253}$/.test(host) ? host : MANUAL_SITE;
  const url = `${parsed.protocol}//${parsed.host}${parsed.pathname}`.slice(0, CAPTURE_LIMITS.urlChars);
  const conversation = host === 'chatgpt.com' ? CONVERSATION_IN_PATH.exec(parsed.pathname)?.[1] : undefined;
  return { site, url, ...(conversation ? { conversationId: conversation.toLowerCase() } : {}) };
}

/**
 * The selection as a capture (layer `manual`, size-capped like a page capture) and what the classifier reads.
 * Undefined when nothing but white space was selected.
 */
export function selectionCapture(click: SelectionClick): { capture: CapturePayload; input: ClassifyInput } | undefined {
  const raw = (click.selectionText ?? '').trim();
  if (!raw) return undefined;
  const evidence = cut(raw, CAPTURE_LIMITS.evidenceChars);
  const seen = cut(raw, CAPTURE_LIMITS.visibleTextChars);
  const page = pageOf(click.pageUrl);
  const capture: CapturePayload = {
    site: page.site,
    url: page.url,
    ...(page.conversationId ? { conversationId: page.conversationId } : {}),
    layer: 'manual',
    kinds: [MANUAL_SELECTION_KIND],
    evidence: evidence.text,
    evidenceTruncated: evidence.truncated,
    visibleText: seen.text,
    occurrenceKeys: [`sel:${textHash(`${page.url}\n${raw}`)}`],
    seenAt: click.seenAt,
  };
  // The classifier reads all of the selection (capped) with the page as its origin, as for a page capture.
  const input: ClassifyInput = { text: evidence.text, ...(click.pageUrl ? { url: page.url } : {}) };
  return { capture, input };
}

export interface ManualCaptureDeps {
  db: LimitLensDb;
  classify: (input: ClassifyInput, options: { now: Date }) => Classification;
}

export type SelectionResult = CaptureResult | { ok: false; reason: 'empty'; message: string };

/** Classifies and stores a selection (always kept, see above). One transaction; a failed write changes nothing. */
export async function saveSelection(deps: ManualCaptureDeps, click: SelectionClick): Promise<SelectionResult> {
  const made = selectionCapture(click);
  if (!made) return { ok: false, reason: 'empty', message: 'nothing was selected' };
  const { capture, input } = made;
  const classification = deps.classify(input, { now: new Date(capture.seenAt) });
  const { db } = deps;
  try {
    return await db.transaction('rw', db.stops, async () => {
      const same = await db.stops.where('occurrenceKeys').anyOf(capture.occurrenceKeys).first();
      if (same) {
        await db.stops.put(mergeSameOccurrence(same, capture, classification));
        return { ok: true, id: same.id!, outcome: 'merged' } as const;
      }
      const id = (await db.stops.add(newRecord(capture, classification))) as number;
      return { ok: true, id, outcome: 'created' } as const;
    });
  } catch (error) {
    const name = (error as { name?: string })?.name ?? 'error';
    return {
      ok: false,
      reason: 'storage-error',
      message: `Could not save the selection (${name}). Nothing stored was changed.`,
    };
  }
}
