/** Code rules: exact machine codes, ordered like the word rules; shape and order rules: lib/classify/rules/types.ts. */
import type { CodeRule } from './types.ts';

export const CODE_RULES: CodeRule[] = [
  {
    id: 'code-content-policy',
    codes:
      /^(?:moderation_blocked|content_policy_violation|ResponsibleAIPolicyViolation|content_filter|\w*SensitiveContentDetected)$/i,
    kind: 'content-policy',
    reason: 'refused for content',
    note: 'azure-dalle3-content-policy (inner_error ResponsibleAIPolicyViolation), seedream-output-sensitive, gpt-image moderation_blocked',
  },
  {
    id: 'code-billing-hard-limit',
    codes: /^billing_hard_limit_reached$/i,
    kind: 'billing-hard-limit',
    reason: 'billing, not a rate limit',
    note: 'api-billing-hard-limit-images, api-billing-hard-limit-image-user-error-type (PHP print_r)',
  },
  {
    id: 'code-insufficient-quota',
    codes: /^insufficient_quota$/i,
    kind: 'billing-quota',
    reason: 'billing, not a rate limit',
    note: 'OpenAI 429 insufficient_quota (domain.md traps)',
  },
  {
    id: 'code-credits',
    codes: /^(?:insufficient_credits?|insufficient_balance|payment_required)$/i,
    kind: 'credits',
    reason: 'credits ran out',
    note: 'provider variants of the credit gate',
  },
  {
    id: 'code-model-access',
    codes: /^(?:model_not_found|unsupported_model|DeploymentNotFound|PERMISSION_DENIED)$/i,
    kind: 'access',
    bucket: 'model-access',
    reason: 'no access to the model',
    note: 'api-model-not-found-gpt-5-5-imagegen',
  },
  {
    id: 'code-too-long',
    codes: /^(?:context_length_exceeded|string_above_max_length)$/i,
    kind: 'too-long',
    reason: 'request too long',
    note: 'OpenAI size rejections',
  },
  {
    id: 'code-model-cap',
    codes: /^model_cap_exceeded$/i,
    kind: 'message-cap',
    family: 'chatgpt',
    reason: 'ChatGPT model usage cap',
    note: 'older ChatGPT 429 {"detail":{"code":"model_cap_exceeded","clears_in":…}} (docs/chatgpt-protocol.md §5)',
  },
  {
    id: 'code-azure-rate',
    codes: /^RateLimitReached$/,
    kind: 'rate',
    family: 'azure',
    reason: 'Azure rate limit',
    note: 'azure-gpt-image-2-aiservices-16s',
  },
  {
    id: 'code-enqueued',
    codes: /^token_limit_exceeded$/i,
    kind: 'rate',
    reason: 'token limit',
    note: 'api-gpt-image-2-enqueued-tokens',
  },
  {
    id: 'code-rate',
    codes: /^(?:rate_limit_exceeded|rate_limit_error|slow_down)$/i,
    kind: 'rate',
    reason: 'rate limit',
    note: 'api-tpm-gpt4-26s, api-ipm-15-of-16, api-slow-down-fixture',
  },
  {
    id: 'code-resource-exhausted',
    codes: /^RESOURCE_EXHAUSTED$/,
    kind: 'quota',
    family: 'provider',
    provider: 'google-gemini-api',
    reason: 'Google quota',
    note: 'gemini-image-resource-exhausted-generic; Gemini QuotaFailure bodies (messages.md)',
  },
  {
    id: 'code-overload',
    codes:
      /^(?:image_generation_server_error|image_generation_failed|server_is_overloaded|service_unavailable_error|overloaded_error|UNAVAILABLE)$/i,
    kind: 'overload',
    reason: 'server-side failure or overload',
    note: 'api-image-stream-server-error, Responses-API server_is_overloaded, gemini-3-pro-image-503-overloaded',
  },
];
