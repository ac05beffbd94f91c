/**
 * What the popup says about a stop, chosen from the classification. Keeps the domain's rules in one place:
 * countdowns only where waiting helps, API tier wording never in a ChatGPT app explanation, and the API route
 * offered to app users only as an alternative.
 */
import type { Action, Bucket, Classification } from '../domain/labels.ts';
import type { UiStrings } from '../i18n/strings.ts';

/** Actions for which waiting is (part of) the answer, so a countdown helps. */
const COUNTDOWN_ACTIONS = new Set<Action>(['wait', 'reduce-throughput', 'retry-later', 'owner-console']);

export interface Explanation {
  owner: string;
  bucket: string;
  action: string;
  actionDetail: string;
  showCountdown: boolean;
  offerApiRoute: boolean;
}

export function explain(c: Classification, s: UiStrings): Explanation {
  return {
    owner: s.owners[c.owner],
    bucket: s.buckets[safeBucket(c)],
    action: s.actions[c.action],
    actionDetail: s.actionDetails[c.action],
    showCountdown: COUNTDOWN_ACTIONS.has(c.action) && c.owner !== 'content-policy',
    offerApiRoute: c.owner === 'chatgpt-app',
  };
}

/** An app stop is never described with an API bucket, even if a classifier rule ever produced one. */
function safeBucket(c: Classification): Bucket {
  if (c.owner === 'chatgpt-app' && !c.bucket.startsWith('app-') && c.bucket !== 'message-too-long') return 'unknown';
  return c.bucket;
}
