/**
 * What the MAIN-world network observer tells the isolated content script, through a DOM CustomEvent whose
 * detail is a JSON string (strings cross worlds cleanly; the page can read and forge these, so the receiver
 * treats them as untrusted and the background validates everything again).
 *
 * This file must stay free of zod and dexie: it is bundled into content scripts.
 */

export const BRIDGE_EVENT = 'limit-lens:network';

/** Structural signals the observer can see in the page's own traffic. */
export type FindingKind =
  | 'image-quota' // image tool system_error ChatGPTAgentToolRateLimitException
  | 'image-cooldown' // image tool text with metadata.is_error ("generating images too quickly")
  | 'image-tool-error' // image tool failed for another reason (is_error, failed status)
  | 'image-gate' // conversation_detail_metadata / conversation/init blocked_features has image_gen
  | 'moderation' // {"type":"moderation","moderation_response":{"blocked":true}}
  | 'http-error' // a backend response with status >= 400
  | 'stream-error'; // a non-null top-level "error" in the stream

export interface LimitProgress {
  feature_name: string;
  remaining?: number;
  reset_after?: string;
}

export interface NetworkFinding {
  kinds: FindingKind[];
  /** URL pathname of the request, e.g. /backend-api/f/conversation. */
  endpoint: string;
  method: string;
  status: number;
  conversationId?: string;
  /** Ids of the image tool message and of the assistant message that followed, when known. */
  messageIds: string[];
  /**
   * What to classify: the relevant raw SSE `data:` lines of the turn (only the signal events, never the
   * streamed answer), or the error response body. Capped; `truncated` says when the cap cut it.
   */
  evidence: string;
  truncated: boolean;
  /** Response headers relevant to limits (retry-after, x-ratelimit-*, cf-*), lower-cased names. */
  headers: Record<string, string>;
  /** image_gen entries of limits_progress, when the page's traffic reported them. */
  limitsProgress?: LimitProgress[];
  /** Epoch milliseconds. */
  seenAt: number;
}

export type BridgeMessage =
  | { type: 'turn-start'; endpoint: string; conversationId?: string; at: number }
  | { type: 'turn-end'; endpoint: string; conversationId?: string; at: number; aborted: boolean }
  | { type: 'finding'; finding: NetworkFinding }
  /** What ChatGPT reported of the image allowance on a turn or page load that was not a stop. */
  | { type: 'progress'; endpoint: string; progress: LimitProgress[]; at: number };
