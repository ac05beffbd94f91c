/**
 * Word rules, in order: Edge limits in front of an API.
 * A slice of WORD_RULES (lib/classify/patterns.ts), which concatenates the families in the order that encodes the
 * traps; the order inside this file is the order of the rules.
 */
import type { WordRule } from './types.ts';

export const EDGE_RULES: WordRule[] = [
  // ─── Edge limits in front of an API ─────────────────────────────────────────────────────────────────────────
  {
    id: 'cloudflare-1015',
    kind: 'edge-rate-limit',
    patterns: [/\berror code:?\s*1015\b/i, /\bcloudflare\b.{0,80}\brate limited\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'Cloudflare edge rate limit (1015), not an account or tier limit',
    note: 'api-cloudflare-1015 (plain-text body with a huge retry-after)',
  },
];
