/**
 * What a stop means, before knowing whose it is. Signals (structure, codes, words) name a Kind; the origin (the page,
 * or words and shapes that name a service) then decides the owner. This is how one sentence can belong to two owners:
 * "You exceeded your current quota…" is OpenAI billing without an origin and Google's quota on aistudio.google.com.
 */
import type { Action, Bucket, Owner } from '../domain/labels.ts';

export const KINDS = [
  'content-policy', // the request's content was refused: not a limit
  'resource-blocked', // a whole resource blocked for suspected abuse (Azure)
  'image-quota', // app plan cap on image generations
  'image-cooldown', // app pacing: generating images too quickly
  'message-cap', // app message / model usage cap
  'feature-cap', // app cap on another feature (data analysis, uploads…)
  'cap', // an app-style cap whose feature the words do not name
  'account-throttle', // app account-level "too many requests"
  'unusual-activity', // abuse / risk signal
  'login-required',
  'too-long', // request too large: shorten it
  'rate', // a request/token rate limit
  'billing-quota', // "You exceeded your current quota…" / insufficient_quota
  'quota', // some other named quota ran out
  'billing-hard-limit', // monthly ceiling
  'credits', // prepaid credits or balance ran out
  'credit-throttle', // rate rationed because credit is low
  'account-locked', // provider account locked (often for balance)
  'tier-zero', // a limit of 0: the tier has no access at all
  'access', // verification, model access, permissions
  'overload', // temporary load or outage
  'edge-rate-limit', // a CDN/edge limit in front of the API
  'tool-failure', // the image tool failed for no stated limit reason
  'generic-error', // some error, nothing says which
] as const;
export type Kind = (typeof KINDS)[number];

/** Whose service the stop came from, as far as the evidence tells. */
export type Family = 'chatgpt' | 'openai' | 'azure' | 'provider' | 'none';

export type Outcome = readonly [Owner, Bucket, Action];

/**
 * (kind, family) → owner, bucket, action. `none` is the default for families a kind does not list.
 * Buckets here are coarse; index.ts refines them from details (IPM vs TPM, call vs token rate, per day…).
 */
export const RESOLUTION: Record<Kind, Partial<Record<Family, Outcome>> & { none: Outcome }> = {
  'content-policy': { none: ['content-policy', 'content-policy', 'simplify'] },
  'resource-blocked': {
    none: ['azure', 'azure-resource-blocked', 'owner-console'],
    provider: ['provider', 'provider-account-locked', 'owner-console'],
  },
  'image-quota': {
    none: ['chatgpt-app', 'app-image-quota', 'wait'],
    // An image limit in words on an API page is the project's rate limit, never a ChatGPT plan.
    openai: ['openai-api', 'api-rate-unspecified', 'reduce-throughput'],
    provider: ['provider', 'provider-quota', 'wait'],
  },
  'image-cooldown': {
    none: ['chatgpt-app', 'app-image-cooldown', 'wait'],
    provider: ['provider', 'provider-rate', 'wait'],
  },
  'message-cap': {
    none: ['chatgpt-app', 'app-message-cap', 'wait'],
    // "You've reached your usage limit" on an API page is the monthly usage limit (billing), not a message cap.
    openai: ['openai-billing', 'billing-hard-limit', 'fix-billing'],
    provider: ['provider', 'provider-rate', 'wait'],
  },
  'feature-cap': {
    none: ['chatgpt-app', 'app-feature-cap', 'wait'],
    provider: ['provider', 'provider-quota', 'wait'],
  },
  cap: {
    none: ['unknown', 'unknown', 'wait'],
    chatgpt: ['chatgpt-app', 'unknown', 'wait'],
    openai: ['openai-billing', 'billing-hard-limit', 'fix-billing'],
    provider: ['provider', 'provider-quota', 'wait'],
  },
  'account-throttle': {
    none: ['chatgpt-app', 'app-account-throttle', 'wait'],
    openai: ['openai-api', 'api-rate-unspecified', 'reduce-throughput'],
    azure: ['azure', 'azure-call-rate', 'owner-console'],
    provider: ['provider', 'provider-rate', 'reduce-throughput'],
  },
  'unusual-activity': {
    none: ['unknown', 'unknown', 'retry-later'],
    chatgpt: ['chatgpt-app', 'app-account-throttle', 'retry-later'],
    provider: ['provider', 'provider-account-locked', 'owner-console'],
  },
  'login-required': {
    none: ['chatgpt-app', 'app-login-required', 'get-access'],
    openai: ['openai-access', 'login', 'get-access'],
    azure: ['azure', 'login', 'get-access'],
    provider: ['provider', 'login', 'get-access'],
  },
  'too-long': {
    none: ['unknown', 'message-too-long', 'simplify'],
    chatgpt: ['chatgpt-app', 'message-too-long', 'simplify'],
    provider: ['provider', 'message-too-long', 'simplify'],
  },
  rate: {
    none: ['openai-api', 'api-rate-unspecified', 'reduce-throughput'],
    // Rate words on ChatGPT's own page are the account throttle ("Too many requests"), not an API bucket.
    chatgpt: ['chatgpt-app', 'app-account-throttle', 'wait'],
    azure: ['azure', 'azure-call-rate', 'owner-console'],
    provider: ['provider', 'provider-rate', 'reduce-throughput'],
  },
  'billing-quota': {
    none: ['openai-billing', 'billing-quota', 'fix-billing'],
    azure: ['azure', 'unknown', 'owner-console'],
    provider: ['provider', 'provider-quota', 'owner-console'],
  },
  quota: {
    none: ['unknown', 'unknown', 'owner-console'],
    openai: ['openai-billing', 'billing-quota', 'fix-billing'],
    chatgpt: ['chatgpt-app', 'unknown', 'wait'],
    azure: ['azure', 'unknown', 'owner-console'],
    provider: ['provider', 'provider-quota', 'owner-console'],
  },
  'billing-hard-limit': {
    none: ['openai-billing', 'billing-hard-limit', 'fix-billing'],
    azure: ['azure', 'unknown', 'owner-console'],
    provider: ['provider', 'provider-credits', 'fix-billing'],
  },
  credits: {
    none: ['provider', 'provider-credits', 'fix-billing'],
    openai: ['openai-billing', 'billing-quota', 'fix-billing'],
    chatgpt: ['chatgpt-app', 'unknown', 'fix-billing'],
    azure: ['azure', 'unknown', 'owner-console'],
  },
  'credit-throttle': {
    none: ['provider', 'provider-credits', 'fix-billing'],
    openai: ['openai-billing', 'billing-quota', 'fix-billing'],
  },
  'account-locked': {
    none: ['provider', 'provider-account-locked', 'owner-console'],
    openai: ['openai-access', 'unknown', 'get-access'],
    chatgpt: ['chatgpt-app', 'app-account-throttle', 'get-access'],
    azure: ['azure', 'azure-resource-blocked', 'owner-console'],
  },
  'tier-zero': {
    none: ['openai-api', 'api-no-tier-access', 'fix-billing'],
    azure: ['azure', 'unknown', 'owner-console'],
    provider: ['provider', 'api-no-tier-access', 'fix-billing'],
  },
  access: {
    none: ['openai-access', 'model-access', 'get-access'],
    chatgpt: ['chatgpt-app', 'model-access', 'get-access'],
    azure: ['azure', 'model-access', 'owner-console'],
    provider: ['provider', 'model-access', 'get-access'],
  },
  overload: { none: ['service-load', 'service-overload', 'retry-later'] },
  'edge-rate-limit': { none: ['unknown', 'edge-rate-limit', 'retry-later'] },
  'tool-failure': { none: ['unknown', 'unknown', 'retry-later'] },
  'generic-error': { none: ['unknown', 'unknown', 'retry-later'] },
};

export function resolve(kind: Kind, family: Family): Outcome {
  const row = RESOLUTION[kind];
  return row[family] ?? row.none;
}
