/**
 * Word rules, in order: Generic rate words (owner by origin).
 * A slice of WORD_RULES (lib/classify/patterns.ts), which concatenates the families in the order that encodes the
 * traps; the order inside this file is the order of the rules.
 */
import type { WordRule } from './types.ts';

export const RATE_WORD_RULES: WordRule[] = [
  // ─── Generic rate words (owner by origin) ──────────────────────────────────────────────────────────────────
  {
    id: 'rate-words',
    kind: 'rate',
    patterns: [
      /\brate[ -]limit(?:ed|s|ing)?\b/i,
      /\b(?:request|requests) (?:was|were|is|are|being) throttled\b/i,
      /\btoo many requests\b/i,
      /速率限制|请求频率|请求过于频繁|频率过高|并发数过高/,
      /レート制限|リクエストが多すぎ/,
      /요청이\s*너무\s*많|요청을\s*너무\s*(?:빠르게|빨리)|속도\s*제한|요청\s*한도/,
      /giới hạn tốc độ|quá nhiều yêu cầu/i,
      /请求过多|請求過多|要求過多/,
      /demasiadas solicitudes|muitas solicita[çc][õo]es|trop de requ[êe]tes|zu viele Anfragen|troppe richieste/i,
      /terlalu banyak permintaan|слишком много запросов|çok fazla istek|zbyt wiele żądań|te veel verzoeken/i,
      /बहुत सारे अनुरोध|طلبات كثيرة جد|คำขอมากเกินไป/,
    ],
    langs: ['en', 'zh', 'ja', 'ko', 'vi', 'es', 'pt', 'fr', 'de', 'it', 'id', 'ru', 'tr', 'pl', 'hi', 'ar', 'th', 'nl'],
    strength: 'strong',
    reason: 'rate-limit wording',
    note:
      'together-flux-model-rate-limit, together-credit-limit-60qpm, replicate-429-docs ("Request was throttled"), ' +
      'zhipu-glm-image-429 ("您的账户已达到速率限制"); the "too many requests" dialog in other languages (*-throttle ' +
      'fixture lines, synthetic): the page decides whose',
  },
];
