/**
 * Words that mark rendered text as a stop, for the DOM fallback only (when no network signal came). Structure
 * decides first; these patterns only decide whether text is worth sending to the background, whose classifier
 * gives the labels. Kept short and in one place: this file ships in the content script.
 *
 * Assistant prose is only a stop when the reply *starts* with a stop sentence (quoting proxies anchor the same
 * way), so a reply that merely discusses limits is never recorded.
 */

export interface StopPattern {
  re: RegExp;
  lang: string;
  /** Which message this serves. */
  note: string;
}

/** How much of the start of an assistant reply is checked. */
export const ASSISTANT_HEAD_CHARS = 320;

export const STOP_TEXT_PATTERNS: readonly StopPattern[] = [
  {
    re: /\b(?:hit|reached)\s+(?:the|your|our)\b[^.]{0,60}\blimit\b/i,
    lang: 'en',
    note: 'plan caps: "You\'ve hit the Plus plan limit…", "reached your image creation limit"',
  },
  { re: /\blimit\s+resets?\s+in\b/i, lang: 'en', note: 'assistant paraphrase of the quota directive' },
  { re: /\bgenerating images too quickly\b/i, lang: 'en', note: 'image cooldown' },
  { re: /\bout of (?:images|image creations)\b/i, lang: 'en', note: '2026 "You\'re out of images" card' },
  { re: /\bmaking requests too quickly\b|\btoo many requests\b/i, lang: 'en', note: 'account throttle modal' },
  {
    re: /\bunable to (?:invoke|generate|create)\b[^.]{0,40}\bimage/i,
    lang: 'en',
    note: 'assistant paraphrase after a tool refusal',
  },
  {
    re: /\b(?:did not follow|violates?) our content polic/i,
    lang: 'en',
    note: 'content-policy refusal (recorded as not-a-limit)',
  },
  { re: /\b(?:experiencing high demand|image creation is temporarily unavailable)\b/i, lang: 'en', note: 'overload' },
  {
    re: /한도에\s*도달|한도가?\s*(?:초기화|재설정)|이미지\s*생성\s*가능\s*시간|너무\s*빠르게|요청이\s*너무\s*많/,
    lang: 'ko',
    note: 'Korean caps and cooldowns (paraphrases seen and inferred)',
  },
  { re: /上限に達|使い切りました|までお待ちください/, lang: 'ja', note: 'Japanese cap and "used up" card' },
  {
    re: /已达到.{0,30}上限|次数已用完|后重置|后重试/,
    lang: 'zh',
    note: 'Chinese directive, description and quota bar',
  },
  { re: /hạn mức|đã đạt giới hạn/i, lang: 'vi', note: 'Vietnamese paraphrase' },
];

export function looksLikeStop(text: string): boolean {
  for (const p of STOP_TEXT_PATTERNS) if (p.re.test(text)) return true;
  return false;
}
