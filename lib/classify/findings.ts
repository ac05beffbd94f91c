/**
 * What in a message names a stop, in precedence order: structural ChatGPT shapes, exact error codes, words, and the
 * bare HTTP status last. Each returns the first finding of its kind, or undefined; lib/classify/index.ts takes the
 * first of them that finds anything.
 */
import type { Bucket, Confidence } from '../domain/labels.ts';
import type { Family, Kind } from './kinds.ts';
import { CODE_RULES, firstWordRule, type WordRule } from './patterns.ts';
import { isImageFeature, type Structure } from './structure.ts';

export interface Finding {
  kind: Kind;
  confidence: Confidence;
  reason: string;
  bucket?: Bucket;
  /** The signal itself names whose service it is. */
  family?: Family;
  provider?: string;
  /** A ChatGPT stream shape: the page or words cannot make it someone else's. */
  pinned?: boolean;
  /** The exact machine code that named the kind, when one did. */
  code?: string;
}

export const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A ChatGPT stream shape names its owner: neither the page nor other words can make it someone else's. */
const chatgptShape = (kind: Kind, confidence: Confidence, reason: string): Finding => ({
  kind,
  confidence,
  reason,
  family: 'chatgpt',
  pinned: true,
});

export function structuralFinding(s: Structure): Finding | undefined {
  if (s.moderationBlocked)
    return chatgptShape('content-policy', 'high', 'moderation event: blocked (wins over any limit)');

  const imageException = s.tools.find((t) => t.image && t.rateLimitException);
  if (imageException) return chatgptShape('image-quota', 'high', `image tool returned ${imageException.exceptionName}`);

  const blockedImage = s.blockedFeatures.find((b) => isImageFeature(b.name));
  if (blockedImage) return chatgptShape('image-quota', 'high', `blocked_features lists ${blockedImage.name}`);

  const imageError = s.tools.find((t) => t.image && t.isError);
  if (imageError) {
    const rule = firstRule(imageError.text);
    if (rule) return chatgptShape(rule.kind, 'high', `image tool error: ${rule.reason}`);
    return chatgptShape('tool-failure', 'medium', 'image tool reported an error without naming a limit');
  }

  const other = s.tools.find((t) => !t.image && t.rateLimitException);
  if (other) {
    const reason = `${other.tool} tool returned ${other.exceptionName}: not the image tool, so not the image quota`;
    return chatgptShape('feature-cap', 'high', reason);
  }

  if (s.blockedFeatures.length > 0) {
    const names = clip(s.blockedFeatures.map((b) => b.name).join(', '), 60);
    return chatgptShape('feature-cap', 'medium', `blocked_features lists ${names} (not image_gen)`);
  }

  const exhausted = s.limitsProgress.find((l) => isImageFeature(l.feature) && l.remaining === 0);
  if (exhausted) return chatgptShape('image-quota', 'medium', 'limits_progress shows image_gen with 0 remaining');

  if (s.imageQueued) return chatgptShape('overload', 'medium', 'image queued under high demand (informational card)');
  return undefined;
}

export function codeFinding(codes: string[], status: number | undefined): Finding | undefined {
  for (const rule of CODE_RULES) {
    const code = codes.find((c) => rule.codes.test(c));
    if (!code) continue;
    return {
      kind: rule.kind,
      confidence: 'high',
      reason: `${status ? `HTTP ${status} with ` : ''}code ${code}: ${rule.reason}`,
      code,
      ...(rule.bucket ? { bucket: rule.bucket } : {}),
      ...(rule.family ? { family: rule.family } : {}),
      ...(rule.provider ? { provider: rule.provider } : {}),
    };
  }
  return undefined;
}

export function firstRule(text: string): WordRule | undefined {
  if (!text) return undefined;
  return firstWordRule(text);
}

export function wordFinding(text: string): Finding | undefined {
  const rule = firstRule(text);
  if (!rule) return undefined;
  return {
    kind: rule.kind,
    confidence: rule.strength === 'strong' ? 'medium' : 'low',
    reason: `${rule.reason} [${rule.id}]`,
    ...(rule.bucket ? { bucket: rule.bucket } : {}),
  };
}

const STATUS_KINDS: Record<number, Kind> = {
  401: 'access',
  402: 'credits',
  403: 'access',
  404: 'access',
  413: 'too-long',
  429: 'rate',
  500: 'overload',
  502: 'overload',
  503: 'overload',
  504: 'overload',
  529: 'overload',
};

export function statusFinding(status: number | undefined): Finding | undefined {
  const kind = status ? STATUS_KINDS[status] : undefined;
  if (!status || !kind) return undefined;
  return {
    kind,
    confidence: 'low',
    reason: `HTTP ${status} alone (no code or known wording)`,
    ...(status === 401 ? { bucket: 'login' as const } : {}),
  };
}
