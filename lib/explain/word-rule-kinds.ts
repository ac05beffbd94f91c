/**
 * The classifier's word rules as the popup's plain reasons need them: each rule's id, kind and reason, in the
 * order of WORD_RULES (lib/classify/patterns.ts). The rules themselves (every pattern in every language, ~20 KB)
 * are the classifier's; the popup's first card only needs to know which kind a reason or a rule id stands for.
 * test/unit/explain-reasons.test.ts checks that this list is WORD_RULES' own, so a rule added, renamed or reworded
 * there fails until it is here too.
 */
import type { Kind } from '../classify/kinds.ts';

/** [id, kind, reason], as WORD_RULES has them. */
export const WORD_RULE_KINDS: readonly (readonly [id: string, kind: Kind, reason: string])[] = [
  ['azure-resource-blocked', 'resource-blocked', 'the resource itself was blocked (abuse review), not one prompt'],
  [
    'content-policy',
    'content-policy',
    'the content was refused (content policy): not a limit, rephrase instead of waiting',
  ],
  ['content-policy-cjk-vi-th-es-fr', 'content-policy', 'localized content-policy refusal: not a limit'],
  ['cloudflare-1015', 'edge-rate-limit', 'Cloudflare edge rate limit (1015), not an account or tier limit'],
  ['billing-hard-limit', 'billing-hard-limit', 'monthly billing ceiling reached: retries create no budget'],
  [
    'project-budget',
    'billing-hard-limit',
    'a monthly usage limit or project budget was reached: retries create no budget',
  ],
  [
    'exceeded-current-quota',
    'billing-quota',
    '"exceeded your current quota": a quota or billing stop, not a rate limit (the origin decides whose)',
  ],
  [
    'credit-rationed-rate',
    'credit-throttle',
    'rate rationed because the credit balance is low: adding credit lifts it',
  ],
  ['account-locked', 'account-locked', 'the provider locked the account'],
  ['credits', 'credits', 'credits or balance ran out: add credit, retries create none'],
  ['org-verification', 'access', 'organization verification required: refused before generation, waiting never helps'],
  ['model-access', 'access', 'no access to the model (project/key permissions): refused before generation'],
  ['login-required', 'login-required', 'image generation needs a signed-in account'],
  ['too-long', 'too-long', 'the request is too long: shorten it (not a rate limit)'],
  ['overload', 'overload', 'temporary load or outage: retry later with backoff, not in a loop'],
  ['image-cooldown', 'image-cooldown', 'app cooldown: generating images too quickly'],
  ['image-plan-cap', 'image-quota', 'image-generation cap wording (plan limit)'],
  ['image-plan-cap-ko', 'image-quota', 'Korean image-generation limit wording'],
  ['image-plan-cap-ja', 'image-quota', 'Japanese image-generation limit wording'],
  ['image-plan-cap-zh', 'image-quota', 'Chinese image-generation limit wording'],
  ['image-plan-cap-vi-th', 'image-quota', 'Vietnamese/Thai image-generation limit wording'],
  ['image-plan-cap-more', 'image-quota', 'image-generation limit wording (id, ru, tr, pl, hi, ar, nl)'],
  ['feature-cap', 'feature-cap', 'ChatGPT cap on another feature (not image generation)'],
  ['message-cap', 'message-cap', 'message or usage cap wording'],
  ['account-throttle', 'account-throttle', 'ChatGPT account throttle ("Too many requests" dialog), not an image quota'],
  ['unusual-activity', 'unusual-activity', 'unusual-activity (risk) block, not a plan quota'],
  ['azure-call-rate', 'rate', 'Azure call-rate limit (requests per minute of the deployment)'],
  ['azure-token-rate', 'rate', 'Azure token-rate limit (tokens per minute of the deployment)'],
  ['enqueued-tokens', 'rate', 'Batch API enqueued-token limit: wait for in-progress batches'],
  ['rate-limit-template', 'rate', 'rate-limit template ("Rate limit reached for …")'],
  ['quota-exceeded', 'quota', 'a named quota ran out'],
  ['rate-words', 'rate', 'rate-limit wording'],
  ['cap-resets', 'cap', 'a usage cap with a stated reset'],
  ['tool-failure', 'tool-failure', 'the image tool failed without naming a limit'],
  ['generic-error', 'generic-error', 'an error that names no limit'],
];
