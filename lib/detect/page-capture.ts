/**
 * What both page coordinators (ChatGPT's and the providers') send about the page itself: where the capture was
 * made, and the text the user saw after a finding as a capture of its own. One shape, so the background reads both
 * alike (build-record.ts keeps a seen-text capture from counting as a new stop).
 */
import { CAPTURE_LIMITS, SEEN_TEXT_KIND, type CapturePayload } from '../domain/shapes.ts';

/** The page's site and address without query or fragment (they can carry tokens), capped. */
export function pageOf(location: Pick<Location, 'hostname' | 'origin' | 'pathname'>): { site: string; url: string } {
  const { hostname, origin, pathname } = location;
  return { site: hostname, url: (origin + pathname).slice(0, CAPTURE_LIMITS.urlChars) };
}

/** The text on screen after a finding, sent under the finding's occurrence keys so it joins that stop. */
export function seenTextCapture(
  page: { site: string; url: string },
  seen: string,
  occurrenceKeys: string[],
  seenAt: number,
  conversationId?: string,
): CapturePayload {
  return {
    ...page,
    ...(conversationId ? { conversationId } : {}),
    layer: 'dom',
    kinds: [SEEN_TEXT_KIND],
    evidence: seen,
    evidenceTruncated: false,
    visibleText: seen,
    occurrenceKeys,
    seenAt,
  };
}
