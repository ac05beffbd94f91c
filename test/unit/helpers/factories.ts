import type { Classification } from '../../../lib/domain/labels.ts';
import type { CapturePayload } from '../../../lib/domain/shapes.ts';

export function capture(over: Partial<CapturePayload> = {}): CapturePayload {
  return {
    site: 'chatgpt.com',
    url: 'https://chatgpt.com/c/11111111-2222-3333-4444-555555555555',
    conversationId: '11111111-2222-3333-4444-555555555555',
    layer: 'network',
    kinds: ['image-quota'],
    evidence: 'data: {"message":{"author":{"role":"tool","name":"t2uay3k.sj1i4kz"}}}',
    evidenceTruncated: false,
    endpoint: '/backend-api/f/conversation',
    status: 200,
    headers: {},
    occurrenceKeys: ['msg:tool-1'],
    seenAt: Date.parse('2026-11-27T10:00:00Z'),
    ...over,
  };
}

export function classification(over: Partial<Classification> = {}): Classification {
  return {
    owner: 'chatgpt-app',
    action: 'wait',
    bucket: 'app-image-quota',
    reset: {
      at: '2026-11-27T15:00:00.000Z',
      inSeconds: 18000,
      source: 'blocked_features.resets_after',
      stated: 'in 5 hours',
    },
    confidence: 'high',
    reasons: ['image tool returned ChatGPTAgentToolRateLimitException'],
    ...over,
  };
}

let n = 0;
export function freshDbName(): string {
  return `limit-lens-test-${Date.now()}-${n++}`;
}
