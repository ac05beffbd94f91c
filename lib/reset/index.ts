/**
 * Reset-time parsing: every way a limit says when it ends, with the source of each value kept.
 * Pure: no browser APIs, the clock is always passed in.
 *
 * CONTRACT (implemented by the reset-parsing work; callers rely on these signatures):
 */
import type { ResetInfo, ResetSource } from '../domain/labels.ts';

export interface ResetContext {
  /** The moment the message was seen; relative times count from here. */
  now: Date;
  /**
   * IANA zone for clock times ("after 3:45 PM" is local to the user's browser when seen).
   * Undefined means the runtime's local zone.
   */
  timeZone?: string;
}

/** `retry-after` (seconds or HTTP date), `retry-after-ms`, `x-ratelimit-reset-*` (Go durations), epoch s/ms. */
export declare function resetsFromHeaders(headers: Record<string, string> | undefined, ctx: ResetContext): ResetInfo[];

/** Durations and clock times stated in prose, in en/ko/ja/zh/vi at least. Most specific first. */
export declare function resetsFromText(text: string, ctx: ResetContext): ResetInfo[];

/** An ISO timestamp from a structured field (blocked_features.resets_after…), with its stated words. */
export declare function resetFromIso(iso: string, source: ResetSource, stated: string, ctx: ResetContext): ResetInfo | undefined;

/** A number of seconds from a structured field (clears_in, body retry delays). */
export declare function resetFromSeconds(seconds: number, source: ResetSource, stated: string, ctx: ResetContext): ResetInfo;
