/**
 * Word rules, in order: Failures with no limit named.
 * A slice of WORD_RULES (lib/classify/patterns.ts), which concatenates the families in the order that encodes the
 * traps; the order inside this file is the order of the rules.
 */
import type { WordRule } from './types.ts';

export const FAILURE_RULES: WordRule[] = [
  // ─── Failures with no limit named ─────────────────────────────────────────────────────────────────────────
  {
    id: 'tool-failure',
    kind: 'tool-failure',
    patterns: [
      /\bimage generation failed\b/i,
      /\b(?:an )?error (?:when|while) generating (?:the )?images?\b/i,
      /\bfailed to generate (?:the )?images?\b/i,
      /生成图片时遇到错误|图片生成失败/,
    ],
    langs: ['en', 'zh'],
    strength: 'weak',
    reason: 'the image tool failed without naming a limit',
    note: 'cg-image-failed-edit-misroute (must not become a quota); DALL·E error text (docs/chatgpt-protocol.md §5)',
  },
  {
    id: 'generic-error',
    kind: 'generic-error',
    patterns: [
      /\bsomething went wrong\b/i,
      /\bthere was an error generating a response\b/i,
      /\btry again later\b/i,
      /잠시\s*후\s*다시/,
      /请稍后(?:再试|重试)/,
      /しばらくして(?:から)?(?:もう一度)?お?試し/,
    ],
    langs: ['en', 'ko', 'zh', 'ja'],
    strength: 'weak',
    reason: 'an error that names no limit',
    note: 'stream error "Something went wrong while generating the response." (docs/chatgpt-protocol.md §3)',
  },
];
