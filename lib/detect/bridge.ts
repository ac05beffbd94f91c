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

export type { LimitProgress } from '../domain/chatgpt.ts';
import type { LimitProgress } from '../domain/chatgpt.ts';

export interface NetworkFinding {
  kinds: FindingKind[];
  /** URL pathname of the request, e.g. /backend-api/f/conversation, or `wss://<host>` for the socket. */
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
  /** The socket turn id, when the turn was (also) read from the socket: one occurrence per turn. */
  turnId?: string;
}

/** What a turn's finding needs besides its stream: the request and response that carried it. */
export interface TurnContext {
  method: string;
  status: number;
  headers: Record<string, string>;
}

/** The delta-v1 fields a handed-over event inherits: channel, path, op (turn-filter.ts). */
export type FrameCursor = [c: string, p: string | undefined, o: string | undefined];

export type BridgeMessage =
  /** `turn` keys the frames of one turn, whatever carried them (fetch body, socket, resume). */
  | { type: 'turn-start'; turn?: string; endpoint: string; conversationId?: string; at: number }
  | {
      type: 'turn-end';
      turn?: string;
      endpoint: string;
      conversationId?: string;
      /** The socket's id of the turn, when it was (also) read from the socket. */
      turnId?: string;
      context?: TurnContext;
      at: number;
      aborted: boolean;
    }
  /** One SSE event of a turn that the MAIN world's filter let through (never an answer token). */
  | { type: 'frame'; turn: string; cursor: FrameCursor; data: string }
  /**
   * Image-tool messages read outside a turn's stream: the last ones of a conversation the page re-read
   * (`recentOnly`: only those created lately count), or a queued task reporting back over the socket.
   */
  | {
      type: 'messages';
      endpoint: string;
      method: string;
      status: number;
      conversationId?: string;
      messages: unknown[];
      recentOnly: boolean;
      at: number;
    }
  /** `conversation/init`'s `{"blocked_features":…,"limits_progress":…}`, as JSON text. */
  | { type: 'gate'; endpoint: string; context: TurnContext; evidence: string; at: number }
  | { type: 'finding'; finding: NetworkFinding }
  /** What ChatGPT reported of the image allowance on a turn or page load that was not a stop. */
  | { type: 'progress'; endpoint: string; progress: LimitProgress[]; at: number }
  /**
   * A socket's count of envelopes about conversations in a shape it does not know, sent when the count reaches
   * 1, 2, 4, 8… (the health check; never per frame).
   */
  | { type: 'socket-stats'; unknown: number };
