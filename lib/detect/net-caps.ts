/**
 * Size caps shared by the MAIN-world network observer. Everything it keeps is bounded: the page can stream
 * megabytes, the bridge carries at most a few tens of kilobytes.
 */

/** Total evidence characters per finding (matches CAPTURE_LIMITS.evidenceChars). */
export const EVIDENCE_MAX = 16_384;
/** One retained JSON line (a tool message, a metadata event, an error frame). */
export const LINE_MAX = 8_192;
/** Bytes read from an error response body before the observer cancels its copy. */
export const ERROR_BODY_MAX = 65_536;

/**
 * `s` cut to at most `max` characters, the cut marked as `…[truncated N chars]` (the marker counts towards
 * `max`). Never splits a surrogate pair.
 */
export function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  let keep = max - 32;
  if (keep > 0 && (s.charCodeAt(keep - 1) & 0xfc00) === 0xd800) keep--;
  return s.slice(0, keep) + '…[truncated ' + (s.length - keep) + ' chars]';
}

/** `data: <line>\n` per line, each line capped at LINE_MAX, the whole capped at EVIDENCE_MAX. */
export function sseEvidence(lines: string[]): { evidence: string; truncated: boolean } {
  let evidence = '';
  let truncated = false;
  for (const line of lines) {
    const capped = cap(line, LINE_MAX);
    if (capped !== line) truncated = true;
    evidence += 'data: ' + capped + '\n';
  }
  if (evidence.length > EVIDENCE_MAX) {
    evidence = cap(evidence, EVIDENCE_MAX);
    truncated = true;
  }
  return { evidence, truncated };
}
