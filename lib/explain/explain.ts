/**
 * What the popup says about a stop, chosen from the classification. Keeps the domain's rules in one place:
 * countdowns only where waiting helps, API tier wording never in a ChatGPT app explanation, advice that follows the
 * owner (a ChatGPT log-in is not an API verification, an Azure block is not a quota), and the API route offered to
 * app users only where it is a real alternative (image caps and cooldowns, never a log-in or a too-long message).
 */
import type { Action, Bucket, Classification, Owner } from '../domain/labels.ts';
import type { CardStrings } from '../i18n/types/index.ts';
import type { AdviceKey } from './advice-keys.ts';

/** Actions for which waiting is (part of) the answer, so a countdown helps. */
const COUNTDOWN_ACTIONS = new Set<Action>(['wait', 'reduce-throughput', 'retry-later', 'owner-console']);

/** App buckets where the API is a real alternative for someone who needs images at volume. */
const API_ROUTE_BUCKETS = new Set<Bucket>(['app-image-quota', 'app-image-cooldown']);

/** Display names of the third parties the classifier names (ids from lib/classify/patterns.ts ORIGIN_RULES). */
export const PROVIDER_NAMES: Readonly<Record<string, string>> = {
  openrouter: 'OpenRouter',
  replicate: 'Replicate',
  fal: 'fal',
  together: 'Together AI',
  'google-vertex': 'Google Vertex AI',
  'google-gemini-api': 'Gemini API (Google AI Studio)',
  'google-gemini-app': 'Gemini',
  stability: 'Stability AI',
  bfl: 'Black Forest Labs',
  'volcengine-seedream': 'Volcengine (Seedream)',
  zhipu: 'Zhipu AI',
  diffusers: 'Stable Diffusion (diffusers)',
};

export interface Explanation {
  owner: string;
  bucket: string;
  action: string;
  actionDetail: string;
  adviceKey: AdviceKey;
  showCountdown: boolean;
  offerApiRoute: boolean;
}

export function explain(c: Classification, s: CardStrings): Explanation {
  const provider = providerName(c.provider);
  const bucket = safeBucket(c);
  // Advice reads the bucket the card shows: an app stop is never advised with an API bucket's words either.
  const key = adviceKey({ ...c, bucket });
  return {
    owner: c.owner === 'provider' && provider ? s.providerOwner(provider) : s.owners[c.owner],
    bucket: s.buckets[bucket],
    action: c.action === 'owner-console' ? s.consoleAction(consoleName(c.owner, provider, s)) : s.actions[c.action],
    actionDetail: s.advice[key](provider ?? s.theProvider),
    adviceKey: key,
    showCountdown: COUNTDOWN_ACTIONS.has(c.action) && c.owner !== 'content-policy',
    offerApiRoute: c.owner === 'chatgpt-app' && API_ROUTE_BUCKETS.has(c.bucket),
  };
}

/** A known third party's display name, a custom id as given, or nothing. */
export function providerName(id: string | undefined): string | undefined {
  if (!id) return undefined;
  return PROVIDER_NAMES[id] ?? id;
}

function consoleName(owner: Owner, provider: string | undefined, s: CardStrings): string {
  if (owner === 'azure') return s.azurePortal;
  if (owner === 'provider') return s.providerDashboard(provider ?? s.theProvider);
  return s.serviceConsole;
}

export function adviceKey(c: Pick<Classification, 'owner' | 'action' | 'bucket' | 'provider'>): AdviceKey {
  const { owner, bucket } = c;
  switch (c.action) {
    case 'wait':
      if (owner === 'chatgpt-app') {
        if (bucket === 'app-image-cooldown') return 'wait-cooldown';
        if (bucket === 'app-account-throttle') return 'wait-throttle';
        return 'wait-app';
      }
      if (owner === 'provider') return bucket === 'provider-quota' ? 'wait-provider-daily' : 'wait-provider';
      return 'wait-other';
    case 'simplify':
      return bucket === 'message-too-long' ? 'simplify-too-long' : 'simplify-policy';
    case 'retry-later':
      if (bucket === 'edge-rate-limit') return 'retry-edge';
      if (owner === 'service-load') return 'retry-load';
      if (owner === 'chatgpt-app') return 'retry-app';
      return 'retry-unknown';
    case 'reduce-throughput':
      if (bucket === 'api-enqueued-tokens') return 'throughput-enqueued';
      if (owner === 'openai-api') return 'throughput-api';
      if (owner === 'provider') return 'throughput-provider';
      return 'throughput-other';
    case 'fix-billing':
      if (bucket === 'api-no-tier-access' && (owner === 'openai-api' || owner === 'provider'))
        return 'billing-tier-zero';
      if (owner === 'openai-billing' || owner === 'openai-api') return 'billing-openai';
      if (owner === 'provider') return 'billing-provider';
      if (owner === 'chatgpt-app') return 'billing-app';
      return 'billing-other';
    case 'get-access':
      if (owner === 'chatgpt-app') return bucket === 'app-login-required' ? 'access-app-login' : 'access-app-account';
      if (owner === 'openai-access') return 'access-openai';
      if (owner === 'azure') return 'access-azure';
      if (owner === 'provider') return 'access-provider';
      return 'access-other';
    case 'owner-console':
      if (owner === 'azure')
        return bucket === 'azure-resource-blocked' ? 'console-azure-blocked' : 'console-azure-quota';
      if (owner === 'provider') return 'console-provider';
      return 'console-other';
  }
}

/** An app stop is never described with an API bucket, even if a classifier rule ever produced one. */
function safeBucket(c: Classification): Bucket {
  if (c.owner === 'chatgpt-app' && !c.bucket.startsWith('app-') && c.bucket !== 'message-too-long') return 'unknown';
  return c.bucket;
}
