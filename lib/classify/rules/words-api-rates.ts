/**
 * Word rules, in order: API rate limits (owner by origin: OpenAI without one).
 * A slice of WORD_RULES (lib/classify/patterns.ts), which concatenates the families in the order that encodes the
 * traps; the order inside this file is the order of the rules.
 */
import type { WordRule } from './types.ts';

export const API_RATE_RULES: WordRule[] = [
  // ─── API rate limits (owner by origin: OpenAI without one) ─────────────────────────────────────────────────
  {
    id: 'azure-call-rate',
    kind: 'rate',
    bucket: 'azure-call-rate',
    patterns: [/\bexceeded (?:the )?call rate limit\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'Azure call-rate limit (requests per minute of the deployment)',
    note: 'azure-gpt-image-2-s0-24s, azure-gpt-image-2-aiservices-16s',
  },
  {
    id: 'azure-token-rate',
    kind: 'rate',
    bucket: 'azure-token-rate',
    patterns: [/\bexceeded (?:the )?token rate limit\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'Azure token-rate limit (tokens per minute of the deployment)',
    note: 'azure-gpt-5-1-token-60s',
  },
  {
    id: 'enqueued-tokens',
    kind: 'rate',
    bucket: 'api-enqueued-tokens',
    patterns: [/\benqueued token limit\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'Batch API enqueued-token limit: wait for in-progress batches',
    note: 'api-gpt-image-2-enqueued-tokens',
  },
  {
    id: 'rate-limit-template',
    kind: 'rate',
    patterns: [/\brate limit (?:reached|exceeded) for\b/i, /\brequest rate increased too quickly\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'rate-limit template ("Rate limit reached for …")',
    note:
      'api-tpm-gpt4-26s, api-ipm-15-of-16, api-rpm-default-global-with-image-limits, api-gpt-image-1-5-truncated, ' +
      'api-docs-429-rate-limit, api-slow-down-fixture',
  },
  {
    id: 'quota-exceeded',
    kind: 'quota',
    patterns: [
      /\bquota exceeded\b/i,
      /\bexceeded (?:the |your )?(?:daily |monthly )?quota\b/i,
      /\bresource has been exhausted\b/i,
    ],
    langs: ['en'],
    strength: 'strong',
    reason: 'a named quota ran out',
    note: 'vertex-imagen3-quota, gemini-image-resource-exhausted-generic',
  },
];
