/**
 * Word rules, in order: Temporary load: not a quota, and before the app's caps (a busy notice may name the limit).
 * A slice of WORD_RULES (lib/classify/patterns.ts), which concatenates the families in the order that encodes the
 * traps; the order inside this file is the order of the rules.
 */
import type { WordRule } from './types.ts';

export const LOAD_RULES: WordRule[] = [
  // ─── Temporary load: not a quota, and before the app's caps (a busy notice may name the limit) ──────────────
  {
    id: 'overload',
    kind: 'overload',
    patterns: [
      /\boverloaded\b/i,
      /\bhigh demand\b/i,
      /\b(?:under |experiencing |due to )?heavy (?:load|traffic)\b/i,
      /\btemporarily unavailable\b/i,
      /\bservice unavailable\b/i,
      /\b(?:at|over) capacity\b/i,
      /服务器繁忙|负载过高|访问量过大|服务(?:暂时)?不可用/,
      /수요가\s*(?:많|급증)|일시적으로\s*사용할\s*수\s*없/,
      /混雑して|一時的に(?:利用|使用)できません/,
      /quá tải/i,
    ],
    langs: ['en', 'zh', 'ko', 'ja', 'vi'],
    strength: 'strong',
    reason: 'temporary load or outage: retry later with backoff, not in a loop',
    note:
      'api-model-overloaded-legacy, cg-dalle-tool-high-demand, gemini-3-pro-image-503-overloaded, ' +
      'cg-img-temporarily-unavailable; Zhipu 1312 "访问量过大"; before the plan caps: ko-overload-demand-names-limit, ' +
      'en-heavy-load-names-limit ("heavy load" beside "image generation limit" is load, not a cap)',
  },
];
