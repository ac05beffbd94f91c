/**
 * What the MAIN-world provider observer tells the isolated provider content script, through a DOM CustomEvent
 * whose detail is a JSON string. The page can read and forge these: the receiver checks their shape and rate and
 * the background validates everything again. Bundled into content scripts: no zod, no dexie.
 */

export const PROVIDER_BRIDGE_EVENT = 'limit-lens:provider';

/**
 * - `http-error`: one of the page's own responses had status >= 400.
 * - `error-body`: a successful status whose body is an error object (`{"error":…}`, a limit `detail`, an SSE
 *   `error` event), as some APIs and gateways answer mid-stream failures.
 */
export type ProviderFindingKind = 'http-error' | 'error-body';

export interface ProviderFinding {
  kinds: ProviderFindingKind[];
  /** Origin and path of the request, without query or fragment (queries can carry API keys). */
  endpoint: string;
  method: string;
  status: number;
  transport: 'fetch' | 'xhr';
  /** The response body (or its error lines), capped; `truncated` says when the cap cut it. */
  evidence: string;
  truncated: boolean;
  /** Limit headers the page itself could read (CORS hides most of them cross-origin), lower-cased names. */
  headers: Record<string, string>;
  /** Epoch milliseconds. */
  seenAt: number;
}

export interface ProviderBridgeMessage {
  type: 'finding';
  finding: ProviderFinding;
}
