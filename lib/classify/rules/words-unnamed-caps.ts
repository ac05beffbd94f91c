/**
 * Word rules, in order: App-style caps whose feature the words do not name.
 * A slice of WORD_RULES (lib/classify/patterns.ts), which concatenates the families in the order that encodes the
 * traps; the order inside this file is the order of the rules.
 */
import type { WordRule } from './types.ts';

export const UNNAMED_CAP_RULES: WordRule[] = [
  // ─── App-style caps whose feature the words do not name ────────────────────────────────────────────────────
  {
    id: 'cap-resets',
    kind: 'cap',
    patterns: [
      /\b(?:limit|quota) (?:resets|will reset)\b/i,
      /\bresets in \d/i,
      /\btry again (?:tomorrow )?(?:after|at) \d{1,2}[:：]\d{2}\b/i,
      /\bwait for more\b/i,
      /请在在?\s*\d{1,2}[:：]\d{2}\s*后重试|上限将在|后重置/,
      /上限に達し|までお待ちください/,
      /한도에\s*도달|사용량?\s*한도|(?:초기화|재설정)(?:됩니다|되면|될)/,
      /hạn mức|đặt lại sau/i,
      new RegExp(
        [
          'el l[íi]mite se restablece',
          'o limite (?:for|ser[áa]) redefinido',
          'la limite sera r[ée]initialis[ée]e',
          'Limit (?:in .{1,30} )?zurückgesetzt',
        ].join('|'),
        'i',
      ),
    ],
    langs: ['en', 'zh', 'ja', 'ko', 'vi', 'es', 'pt', 'fr', 'de'],
    strength: 'strong',
    reason: 'a usage cap with a stated reset',
    note: 'cg-help-banner-resets-720h, cg-en-quota-bar-clock ("Please try again after 12:21."), zh quota bar "请在在 12:21后重试"',
  },
];
