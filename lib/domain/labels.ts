/**
 * The product's vocabulary, exactly as in the domain notes (owners, actions, buckets).
 * Every layer — classifier, storage, popup, export — uses these labels and nothing else.
 */

export const OWNERS = [
  'chatgpt-app',
  'openai-api',
  'openai-billing',
  'openai-access',
  'azure',
  'provider',
  'content-policy',
  'service-load',
  'unknown',
] as const;
export type Owner = (typeof OWNERS)[number];

export const ACTIONS = [
  'wait',
  'simplify',
  'retry-later',
  'reduce-throughput',
  'fix-billing',
  'get-access',
  'owner-console',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Which counter ran out. Kept coarse on purpose: the popup explains buckets in plain words and
 * API-only buckets (rpm, tpm, ipm…) must never be shown for a ChatGPT app stop.
 */
export const BUCKETS = [
  // ChatGPT app
  'app-image-quota', // plan cap on image generations ("You've hit the Plus plan limit…", blocked_features image_gen)
  'app-image-cooldown', // pacing ("generating images too quickly")
  'app-message-cap', // messages per hour / model usage cap
  'app-feature-cap', // other app features with their own cap (data analysis, uploads)
  'app-account-throttle', // "too many requests" / unusual activity on the account
  'app-login-required',
  'message-too-long',
  // OpenAI API (per organization and project)
  'api-requests-per-minute',
  'api-requests-per-day',
  'api-tokens-per-minute',
  'api-tokens-per-day',
  'api-images-per-minute',
  'api-input-images',
  'api-enqueued-tokens',
  'api-rate-unspecified',
  'api-no-tier-access', // a limit of 0: the tier has no image access at all
  // billing and access
  'billing-quota', // insufficient_quota
  'billing-hard-limit', // monthly ceiling
  'org-verification',
  'model-access',
  'login',
  // Azure
  'azure-call-rate',
  'azure-token-rate',
  'azure-daily-quota',
  'azure-resource-blocked',
  // providers
  'provider-credits',
  'provider-rate',
  'provider-quota',
  'provider-account-locked',
  // not limits
  'content-policy',
  'service-overload',
  'edge-rate-limit',
  'unknown',
] as const;
export type Bucket = (typeof BUCKETS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Where a reset value came from; kept with the value because sources can disagree. */
export const RESET_SOURCES = [
  'blocked_features.resets_after',
  'limits_progress.reset_after',
  'clears_in',
  'header:retry-after',
  'header:retry-after-ms',
  'header:x-ratelimit-reset-requests',
  'header:x-ratelimit-reset-tokens',
  'header:x-ratelimit-reset',
  'body:retry-delay',
  'text:duration',
  'text:clock',
] as const;
export type ResetSource = (typeof RESET_SOURCES)[number];

export interface ResetInfo {
  /** Absolute reset time (ISO 8601, UTC) when it can be known. */
  at?: string;
  /** The stated duration in seconds, when the source states one. */
  inSeconds?: number;
  source: ResetSource;
  /** The exact words, header value or field value that stated the reset. */
  stated: string;
  /**
   * A clock time that had already passed when seen (the quota bar is only refreshed on a request):
   * the limit may have reset already. Never silently turned into "tomorrow".
   */
  possiblyPassed?: boolean;
}

export interface ClassifyInput {
  /** Prose, a JSON error body, a ChatGPT stream event, or raw SSE lines. */
  text: string;
  status?: number;
  headers?: Record<string, string>;
  /** The page or endpoint where it was seen. */
  url?: string;
  locale?: string;
  /**
   * Whose service it is when the user said so: a provider site they configured, or the route picked when pasting
   * an error. Decides the owner of shared wording the way a page would; a ChatGPT stream shape keeps its owner.
   */
  route?: ClassifyRoute;
}

/** A route the user named: which family of services, and which third party when known. */
export interface ClassifyRoute {
  family: 'chatgpt' | 'openai' | 'azure' | 'provider';
  provider?: string;
}

export interface Classification {
  owner: Owner;
  action: Action;
  bucket: Bucket;
  /** A third party's id (openrouter, fal, replicate, google-gemini-api, …) when the owner is one. */
  provider?: string;
  /** The primary reset (the most trustworthy source). */
  reset?: ResetInfo;
  /** Every reset value found, in order of trust; sources can disagree (10 h vs 9 h). */
  resets?: ResetInfo[];
  confidence: Confidence;
  /** Short, human-readable reasons, in the order they were found. */
  reasons: string[];
}
