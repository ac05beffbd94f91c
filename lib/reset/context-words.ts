/**
 * The words around a stated duration that decide whether it is a reset: triggers ("resets in", "retry after") raise
 * its rank, negatives ("ago", "every", "per") rule it out. Tables, as in patterns.ts: a new language or wording is an
 * entry here with a note saying why; text.ts compiles them.
 */

/**
 * Words right before a duration that say "this is when it ends" ("resets in", "retry after", "wait for").
 * They raise the rank of a duration; the articles a/an need one.
 */
export const DURATION_TRIGGERS_BEFORE: readonly string[] = [
  'in',
  'after',
  'for',
  'within',
  'wait',
  'another', // en ("the next 3 hours" is a window, so no "next")
  '在',
  '等待',
  '等',
  '还有',
  '還有',
  '需要', // zh: "上限将在 22 小时后重置"
  'あと',
  '残り', // ja: "あと3時間"
  'sau',
  'trong',
  'còn',
  'chờ', // vi: "sau khoảng 6 giờ 44 phút"
  'en',
  'dentro de',
  'dans',
  'em', // es, fr, pt
  'tra',
  'fra',
  'over',
  'dalam',
  'через',
  'za',
  'خلال',
  'بعد',
  'ในอีก',
  'อีก', // it, it, nl, id, ru, pl, ar, ar, th, th
];

/**
 * Words right after a duration that make it relative to now ("17時間後", "10시간 후", "9小时 内"). CJK ones are
 * glued on and kept in `stated`, since they are part of the phrase the message uses.
 */
export const DURATION_TRIGGERS_AFTER: ReadonlyArray<{ word: string; keep: boolean }> = [
  ...['之后', '之後', '以后', '以後', '后', '後', '以内', '以內', '内', '內'].map((word) => ({ word, keep: true })), // zh/ja
  ...['후에', '후', '뒤에', '뒤', '이내', '내에', '안에'].map((word) => ({ word, keep: true })), // ko
  ...['later', 'from now'].map((word) => ({ word, keep: false })), // en
  ...['sonra', 'में', 'बाद'].map((word) => ({ word, keep: false })), // tr "3 saat sonra", hi "3 घंटे में"
];

/**
 * Right before a number: it is a rate or window length, a date, or a ceiling, not a reset.
 * "Limit: 15/1min", "60 queries per minute", "every 3 hours", "in the last 3 hours", "Too many requests in 1 hour",
 * "take up to 15 minutes to propagate", "3月2日", "lúc 3 giờ" (a clock), "每3小时", "第一天".
 */
export const NEGATIVE_BEFORE: readonly string[] = [
  'per',
  'every',
  'each',
  'last',
  'past',
  'up to',
  'max',
  'maximum',
  'rolling',
  'sliding',
  'first',
  'requests in',
  'messages in',
  'images in',
  'calls in',
  'queries in',
  'generations in',
  'tokens in',
  'prompts in',
  'lúc',
  'vào lúc',
  'mỗi',
  'cada',
  'par',
  'pro',
  'alle',
  '每',
  '毎',
  '매',
  '第',
  '月',
  '월',
  '/',
];

/**
 * Right after a duration: it is in the past, a window, or an amount. "3 hours ago", "24h window", "3시간마다",
 * "3時間ごと", "3小时前", "the 3 hour limit", "100s of requests", "5m tokens".
 */
export const NEGATIVE_AFTER: readonly string[] = [
  'ago',
  'earlier',
  'window',
  'rolling',
  'period',
  'cycle',
  'limit',
  'cap',
  'quota',
  'of',
  'per',
  '/',
  'tokens',
  'token',
  'requests',
  'request',
  'images',
  'image',
  'calls',
  'queries',
  'messages',
  'credits',
  'chars',
  'characters',
  'words',
  '前',
  'ごと',
  '毎',
  '전',
  '마다',
  'trước',
];

/** Phrases that start like a NEGATIVE_AFTER word but are not one: vi "2 phút trước khi…" is "2 minutes before…". */
export const NEGATIVE_AFTER_EXCEPTIONS: readonly string[] = ['trước khi'];
