/**
 * The parsed JSON a bridge event carries, or undefined when the detail is not a string of bounded size or not
 * JSON. The page can dispatch these events too, so this is the cheap first rejection, before any shape check.
 */
export function readBridgeDetail(event: Event, maxChars: number): unknown {
  const detail = (event as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string' || detail.length > maxChars) return undefined;
  try {
    return JSON.parse(detail);
  } catch {
    return undefined;
  }
}
