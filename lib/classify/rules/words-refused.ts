/**
 * Word rules, in order: Not limits: the content was refused, or a whole resource was blocked.
 * A slice of WORD_RULES (lib/classify/patterns.ts), which concatenates the families in the order that encodes the
 * traps; the order inside this file is the order of the rules.
 */
import type { WordRule } from './types.ts';

export const REFUSED_RULES: WordRule[] = [
  // ─── Not limits: the content was refused, or a whole resource was blocked ───────────────────────────────────
  {
    id: 'azure-resource-blocked',
    kind: 'resource-blocked',
    patterns: [/\bresource has been (?:temporarily )?blocked\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'the resource itself was blocked (abuse review), not one prompt',
    note: 'azure-resource-temporarily-blocked: mentions "content policy" but the fix is in the Azure portal',
  },
  {
    id: 'content-policy',
    kind: 'content-policy',
    patterns: [
      /\bcontent[ _-]?polic(?:y|ies)\b/i,
      /\bas a result of (?:our|the) safety system\b/i,
      /\bviolate[sd]? (?:our |the )?(?:guardrails|usage polic(?:y|ies)|terms of use)\b/i,
      /\bguardrails around\b/i,
      /\bNSFW content (?:was )?detected\b/i,
      /\brequest moderated\b/i,
      /\b(?:was|were|been) flagged by (?:our|the) (?:moderation|safety)\b/i,
      /\bmay contain sensitive (?:information|content)\b/i,
      /\brequires moderation and your input was flagged\b/i,
    ],
    langs: ['en'],
    strength: 'strong',
    reason: 'the content was refused (content policy): not a limit, rephrase instead of waiting',
    note:
      'cg-policy-did-not-follow, cg-policy-cant-create-fixture, cg-policy-guardrails-nudity ("please retry or edit ' +
      'your prompt" is not a limit), api-moderation-prompt-text, azure-dalle3-content-policy, ' +
      'diffusers-nsfw-black-image, bfl-request-moderated, seedream-output-sensitive; OpenRouter 403 moderation (messages.md)',
  },
  {
    id: 'content-policy-cjk-vi-th-es-fr',
    kind: 'content-policy',
    patterns: [
      /콘텐츠\s*정책|정책(?:을|에)?\s*(?:위반|위배)/,
      /コンテンツ\s*ポリシー|ポリシー(?:に|へ)?違反|リクエストを拒否/,
      /内容(?:政策|安全策略)|违反.{0,12}(?:政策|规定)|不安全或敏感内容|敏感内容/,
      /chính sách nội dung|vi phạm chính sách/i,
      /ขัดต่อนโยบาย|ละเมิดนโยบาย/,
      /pol[ií]tica de contenido|politique de contenu/i,
      /가이드라인(?:을|에)?\s*(?:위반|위배|어긋|맞지\s*않|따르지\s*않)/,
      /內容政策|違反.{0,12}(?:政策|規定)/,
      /pol[ií]tica de conte[úu]do/i,
      /\bInhaltsrichtlinien\b/i,
      /\bnorme sui contenuti\b/i,
      /\bkebijakan konten\b/i,
      /политик[аиуе]\s+(?:в отношении\s+)?(?:контента|содержимого)/i,
      /içerik politika/i,
      /polityk[aięą] treści/i,
      /सामग्री नीति/,
      /سياسة المحتوى/,
      /\bcontentbeleid\b/i,
    ],
    langs: ['ko', 'ja', 'zh', 'vi', 'th', 'es', 'fr', 'pt', 'de', 'it', 'id', 'ru', 'tr', 'pl', 'hi', 'ar', 'nl'],
    strength: 'strong',
    reason: 'localized content-policy refusal: not a limit',
    note:
      'ja tool refusal "画像生成ツールが性的内容としてリクエストを拒否" (docs/chatgpt-protocol.md §5); Thai "ขัดต่อนโยบาย" ' +
      '(cg-th-cannot-invoke-tool notes); Zhipu 1301 wording (docs.bigmodel.cn api-code); ko "가이드라인" refusals; ' +
      'the other languages are synthetic fixture lines (*-policy) to validate live',
  },
];
