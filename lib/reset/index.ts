/**
 * Reset-time parsing: every way a limit says when it ends, with the source of each value kept.
 * Pure: no browser APIs, the clock is always passed in. No function here throws, whatever the input.
 *
 * CONTRACT (callers rely on these signatures):
 * - resetsFromHeaders(headers, ctx)  `retry-after-ms`, `retry-after`, `x-ratelimit-reset-*`; most trusted first.
 * - resetsFromText(text, ctx)        durations and clock times in prose (en/ko/ja/zh/vi, some es/pt/fr/de).
 *   = resolveTextResets(planResetsFromText(text), ctx): the reading, which does not depend on the moment, and
 *   its resolution at ctx.now, for callers that read one text many times.
 * - resetFromIso(iso, source, stated, ctx)      a structured ISO field with its stated words.
 * - resetFromSeconds(seconds, source, stated, ctx)  a structured seconds field.
 * Helpers: parseGoDuration (Go duration text → seconds).
 *
 * Choices callers should know:
 * - Durations: `inSeconds` is the stated length, `at` = now + it, `stated` the exact words (with "~"/"약"/"khoảng"
 *   and glued CJK postpositions like 后/後/후/内, without English "in"). Vague counts ("a few minutes", "几分钟",
 *   "数分", "몇 시간") read as 5 units (300 s for minutes) and rank after every precise value.
 * - Clock times: `at` is that wall time on the day seen, in ctx.timeZone (or the runtime zone; a zone named in the
 *   text, "00:00 UTC", wins). Already past → `possiblyPassed`, never rolled to tomorrow. "tomorrow"/내일/明日/明天
 *   → next calendar day. Clock entries carry no `inSeconds`.
 * - Text order of trust: durations with a trigger word ("resets in", "retry after", 后/後/후) > future clock >
 *   bare durations > passed clock > vague; ties keep text order. At most MAX_TEXT_RESULTS entries.
 * - Texts over TEXT_SCAN_LIMIT chars are scanned as their first 16,000 and last 4,000 characters.
 * - Headers: `stated` is "lower-case-name: raw value". x-ratelimit-reset numbers are epoch ms (≥1e12), epoch s
 *   (≥1e9) or a delta in seconds; absolute values carry no `inSeconds`.
 */
import type { ResetInfo, ResetSource } from '../domain/labels.ts';
import type { ResetContext } from './context.ts';
import { planResetsFromText, resolveTextResets, type TextResetPlan } from './text.ts';
import { nowMs, parseIsoMs, toIso } from './time.ts';

export type { ResetContext } from './context.ts';
export { resetsFromHeaders } from './headers.ts';
export {
  resetsFromText,
  planResetsFromText,
  resolveTextResets,
  MAX_TEXT_DURATION_SECONDS,
  MAX_TEXT_RESULTS,
  TEXT_SCAN_LIMIT,
  type TextResetPlan,
} from './text.ts';
export { parseGoDuration } from './go-duration.ts';

/**
 * An ISO timestamp from a structured field (blocked_features.resets_after…), with its stated words.
 * Any number of fractional digits is accepted (ChatGPT sends microseconds); `at` is normalized to UTC with ms.
 * `inSeconds` is set only when `stated` itself reads as a duration ("in 5 hours", "9小时 内"); it is what the words
 * say, and may disagree with `at` (sources can disagree: keep both). Empty `stated` falls back to the ISO value.
 * Undefined when `iso` is not a valid ISO date-time.
 */
export function resetFromIso(
  iso: string,
  source: ResetSource,
  stated: string,
  ctx: ResetContext,
  /** planResetsFromText(stated), when the caller read it already. */
  statedPlan?: TextResetPlan,
): ResetInfo | undefined {
  try {
    const ms = parseIsoMs(iso);
    const at = ms === undefined ? undefined : toIso(ms);
    if (ms === undefined || at === undefined) return undefined;
    const words = typeof stated === 'string' ? stated : '';
    const info: ResetInfo = { at, source, stated: words.trim() === '' ? iso.trim() : words };
    const duration = words
      ? resolveTextResets(statedPlan ?? planResetsFromText(words), ctx).find((r) => r.source === 'text:duration')
      : undefined;
    if (duration?.inSeconds !== undefined) info.inSeconds = duration.inSeconds;
    const now = nowMs(ctx);
    if (now !== undefined && ms < now) info.possiblyPassed = true;
    return info;
  } catch {
    return undefined;
  }
}

/**
 * A number of seconds from a structured field (clears_in, body retry delays): at = now + seconds.
 * Not a finite number: only source and stated are returned. Negative: the reset is in the past, so `at` is
 * that past instant, `possiblyPassed` is set and `inSeconds` is left out. Empty `stated` falls back to the number.
 */
export function resetFromSeconds(seconds: number, source: ResetSource, stated: string, ctx: ResetContext): ResetInfo {
  const words = typeof stated === 'string' && stated.trim() !== '' ? stated : String(seconds);
  try {
    const info: ResetInfo = { source, stated: words };
    if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return info;
    const now = nowMs(ctx);
    const at = now === undefined ? undefined : toIso(now + seconds * 1000);
    if (at !== undefined) info.at = at;
    if (seconds < 0) info.possiblyPassed = true;
    else info.inSeconds = seconds;
    return info;
  } catch {
    return { source, stated: words };
  }
}
