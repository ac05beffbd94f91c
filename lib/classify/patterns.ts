/**
 * Every word pattern the classifier uses, as data. Structure is read first (index.ts / structure.ts); these tables
 * are the fallback when a stop arrives as words: an error body, a pasted log line or the text the user saw.
 *
 * A rule names a Kind, not an owner: owner, bucket and action come from the Kind and the origin (kinds.ts
 * RESOLUTION), because the same words can belong to different owners ("You exceeded your current quota" is OpenAI
 * billing, or Google's quota on a Google page). A rule's `bucket` refines when the words name the counter.
 *
 * Rules are ORDERED: the first word rule that matches names the stop's Kind. The order encodes the traps:
 *  - refusals of content come first ("please retry or edit your prompt" is not a limit);
 *  - billing, credits and access come before rate limits ("insufficient_quota" arrives as a 429 but is billing;
 *    a credit gate that says "please wait a few minutes" is still a credit gate);
 *  - the ChatGPT app's own caps come before generic rate words;
 *  - generic words last, weakest last.
 * Notes cite the fixture ids (test/fixtures/limit-messages.jsonl) or the doc section each rule serves.
 * Patterns are bounded (no nested quantifiers, gaps capped with {0,N}) so a 64 KB input scans in linear time.
 *
 * The tables live in lib/classify/rules/: one file per word-rule family (words-*.ts), the code rules and the origin
 * rules. This file puts the word families in their order and keeps the smaller signal patterns below.
 */
import type { Bucket, Owner } from '../domain/labels.ts';
import { CODE_RULES } from './rules/codes.ts';
import { ORIGIN_RULES } from './rules/origins.ts';
import type { WordRule } from './rules/types.ts';
import { REFUSED_RULES } from './rules/words-refused.ts';
import { EDGE_RULES } from './rules/words-edge.ts';
import { BILLING_ACCESS_RULES } from './rules/words-billing-access.ts';
import { LOAD_RULES } from './rules/words-load.ts';
import { APP_CAP_RULES } from './rules/words-app-caps.ts';
import { API_RATE_RULES } from './rules/words-api-rates.ts';
import { RATE_WORD_RULES } from './rules/words-rate-words.ts';
import { UNNAMED_CAP_RULES } from './rules/words-unnamed-caps.ts';
import { FAILURE_RULES } from './rules/words-failures.ts';

export type { CodeRule, Lang, OriginRule, WordRule } from './rules/types.ts';
export { CODE_RULES, ORIGIN_RULES };

/**
 * A word-rule family with its gate: the family's patterns joined into one alternation per set of flags, so that
 * `gates.some(g => g.test(text))` is true exactly when one of its patterns matches. One scan of the text per gate
 * instead of one per pattern (~190 patterns, mostly matching nothing) makes a text no family names ~3× cheaper;
 * when a gate matches, the family's rules are tried one by one as before, so the first rule that matches is the
 * same (test/unit/classify-word-gates.test.ts).
 */
export interface WordFamily {
  rules: readonly WordRule[];
  gates: readonly RegExp[];
}

/** A pattern whose source cannot be joined with others without changing what it means (group references). */
const STANDS_ALONE = /\\[1-9]|\\k<|\(\?<(?![=!])/;

export function familyGates(rules: readonly WordRule[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  const gates: RegExp[] = [];
  for (const p of rules.flatMap((r) => r.patterns)) {
    // A global or sticky pattern's test() depends on its lastIndex: such a pattern is its own gate, as it is.
    if (p.global || p.sticky || STANDS_ALONE.test(p.source)) gates.push(p);
    else byFlags.set(p.flags, [...(byFlags.get(p.flags) ?? []), `(?:${p.source})`]);
  }
  for (const [flags, sources] of byFlags) gates.push(new RegExp(sources.join('|'), flags));
  return gates;
}

/** The word families in order (see the head of this file): the first rule that matches names the stop's Kind. */
export const WORD_FAMILIES: readonly WordFamily[] = [
  REFUSED_RULES,
  EDGE_RULES,
  BILLING_ACCESS_RULES,
  LOAD_RULES,
  APP_CAP_RULES,
  API_RATE_RULES,
  RATE_WORD_RULES,
  UNNAMED_CAP_RULES,
  FAILURE_RULES,
].map((rules) => ({ rules, gates: familyGates(rules) }));

/** Every word rule, family by family in the order above. */
export const WORD_RULES: WordRule[] = WORD_FAMILIES.flatMap((f) => f.rules);

/** The first word rule (in WORD_RULES order) with a pattern that matches the text; families no gate admits are skipped. */
export function firstWordRule(text: string): WordRule | undefined {
  for (const family of WORD_FAMILIES) {
    if (!family.gates.some((g) => g.test(text))) continue;
    const rule = family.rules.find((r) => r.patterns.some((p) => p.test(text)));
    if (rule) return rule;
  }
  return undefined;
}

/** Which counter a rate limit names, by owner. First match wins. */
export const RATE_BUCKET_DETAILS: Partial<Record<Owner, { bucket: Bucket; pattern: RegExp }[]>> = {
  'openai-api': [
    { bucket: 'api-enqueued-tokens', pattern: /\benqueued tokens?\b/i },
    { bucket: 'api-input-images', pattern: /\binput[- ]images? per min/i },
    { bucket: 'api-images-per-minute', pattern: /\bimages per min(?:ute)?\b|\(IPM\)|\bIPM\b/ },
    { bucket: 'api-tokens-per-day', pattern: /\btokens per day\b|\(TPD\)|\bTPD\b/ },
    { bucket: 'api-tokens-per-minute', pattern: /\btokens per min(?:ute)?\b|\(TPM\)|\bTPM\b/ },
    { bucket: 'api-requests-per-day', pattern: /\brequests per day\b|\(RPD\)|\bRPD\b/ },
    { bucket: 'api-requests-per-minute', pattern: /\brequests per min(?:ute)?\b|\(RPM\)|\bRPM\b/ },
  ],
  // "call rate" is requests per minute, "token rate" tokens per minute (messages.md, Azure).
  azure: [
    { bucket: 'azure-token-rate', pattern: /\btoken rate limit\b/i },
    { bucket: 'azure-call-rate', pattern: /\bcall rate limit\b/i },
  ],
};

/** "Limit: 0", "limit: 0, model: …", "Limit 0, Used 0": the tier has no access at all (waiting never helps). */
export const LIMIT_ZERO = /\blimit\b[:=]?\s*0(?:\.0+)?(?!\d|[.,]\d)/i;

/** Words that say which app feature an unnamed cap is about. */
export const FEATURE_WORDS: { bucket: Bucket; pattern: RegExp }[] = [
  { bucket: 'app-image-quota', pattern: /\bimages?\b|画像|图片|图像|이미지|ảnh|ภาพ|imágenes/i },
  { bucket: 'app-feature-cap', pattern: /\bdata analysis\b|\buploads?\b|\bdeep research\b|\bvoice\b/i },
  { bucket: 'app-message-cap', pattern: /\bmessages?\b|메시지|消息|メッセージ/i },
];

/** Words that name which quota ran out; RESOURCE_EXHAUSTED without them is Google's shared capacity. */
export const NAMED_QUOTA = /\bexceeded your current quota\b|\bquota exceeded for\b/i;

/** Google quota ids and metrics: per minute is a rate, per day a daily quota. */
export const QUOTA_PER_MINUTE = /per[ _-]?minute|PerMinute|_per_min\b|requests?_per_/i;
export const QUOTA_PER_DAY = /per[ _-]?day|PerDay|daily/i;

/** Why a provider locked an account: balance reasons are fixed with billing. */
export const LOCK_FOR_BALANCE = /\b(?:top[ _-]?up|balance|credits?|payment|billing)\b/i;

/** Feature names in ChatGPT's blocked_features / limits_progress that mean image generation. */
export const IMAGE_FEATURE = /^(?:image_gen|image_generation|dalle|t2i)/i;

export { IMAGE_TOOL } from '../domain/chatgpt.ts';

/** A tool text saying it cannot run because of a limit (docs/chatgpt-protocol.md §5). */
export const TOOL_RATE_LIMIT_EXCEPTION = /RateLimitException$/;
