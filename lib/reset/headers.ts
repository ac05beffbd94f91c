/**
 * Reset times in HTTP response headers. Names are matched case-insensitively; values that cannot be read are
 * skipped, never thrown on.
 */
import type { ResetInfo, ResetSource } from '../domain/labels.ts';
import type { ResetContext } from './context.ts';
import { parseGoDuration } from './go-duration.ts';
import { nowMs, parseHttpDateMs, parseIsoMs, toIso } from './time.ts';

/** How a header's value is read. */
type Reader = 'milliseconds' | 'retry-after' | 'reset';

interface HeaderRule {
  names: readonly string[];
  source: ResetSource;
  read: Reader;
  note: string;
}

/** In order of trust: an explicit retry delay beats a bucket's refill time. */
export const HEADER_RULES: readonly HeaderRule[] = [
  {
    names: ['retry-after-ms'],
    source: 'header:retry-after-ms',
    read: 'milliseconds',
    note: 'Azure OpenAI / OpenAI SDKs, ms',
  },
  {
    names: ['retry-after'],
    source: 'header:retry-after',
    read: 'retry-after',
    note: 'RFC 9110: delay seconds or an HTTP date; Cloudflare 1015 sends "54749"',
  },
  {
    names: [
      'x-ratelimit-reset-requests',
      'x-ratelimit-reset-project-requests',
      'x-ratelimit-reset-requests_usage_based',
    ],
    source: 'header:x-ratelimit-reset-requests',
    read: 'reset',
    note: 'OpenAI, Go duration ("1s", "12ms"); project and usage-based variants share the source, the name stays in `stated`',
  },
  {
    names: ['x-ratelimit-reset-tokens', 'x-ratelimit-reset-project-tokens', 'x-ratelimit-reset-tokens_usage_based'],
    source: 'header:x-ratelimit-reset-tokens',
    read: 'reset',
    note: 'OpenAI, Go duration ("6m0s", "26.604s")',
  },
  {
    names: ['x-ratelimit-reset', 'x-ratelimit-reset-images', 'x-ratelimit-reset-after', 'ratelimit-reset'],
    source: 'header:x-ratelimit-reset',
    read: 'reset',
    note: 'OpenRouter epoch ms, others epoch s or delta s; -images seen only in third-party clients; IETF RateLimit delta',
  },
];

/** Epoch seconds reach 1e9 in 2001; a delta that large (31 years) is never meant. Epoch ms reach 1e12 in 2001. */
const EPOCH_SECONDS_MIN = 1e9;
const EPOCH_MS_MIN = 1e12;
const PLAIN_NUMBER_RE = /^\d{1,20}(?:\.\d{1,9})?$/;
/** Stated values are the raw header text; a hostile server can send anything, so keep it short. */
const MAX_STATED_VALUE = 200;

type Reading = { kind: 'delta'; seconds: number } | { kind: 'absolute'; ms: number };

function readValue(raw: string, read: Reader): Reading | undefined {
  const value = raw.trim();
  if (value.length === 0 || value.length > MAX_STATED_VALUE) return undefined;
  if (PLAIN_NUMBER_RE.test(value)) {
    const n = Number(value);
    if (!Number.isFinite(n)) return undefined;
    if (read === 'milliseconds') return { kind: 'delta', seconds: n / 1000 };
    if (read === 'retry-after') return { kind: 'delta', seconds: n };
    if (n >= EPOCH_MS_MIN) return { kind: 'absolute', ms: n };
    if (n >= EPOCH_SECONDS_MIN) return { kind: 'absolute', ms: n * 1000 };
    return { kind: 'delta', seconds: n };
  }
  if (read === 'milliseconds') return undefined;
  if (read === 'reset') {
    const go = parseGoDuration(value);
    if (go !== undefined) return { kind: 'delta', seconds: go };
  }
  const absolute = parseIsoMs(value) ?? parseHttpDateMs(value);
  return absolute === undefined ? undefined : { kind: 'absolute', ms: absolute };
}

/** Lower-cased name → first usable string value. Repeated names in other cases: the first one wins. */
function normalizeHeaders(headers: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (headers === null || typeof headers !== 'object') return out;
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    const key = name.toLowerCase().trim();
    if (out.has(key)) continue;
    if (typeof value === 'string') out.set(key, value);
    else if (typeof value === 'number' && Number.isFinite(value)) out.set(key, String(value));
    else if (Array.isArray(value) && typeof value[0] === 'string') out.set(key, value[0]);
  }
  return out;
}

export function resetsFromHeaders(headers: Record<string, string> | undefined, ctx: ResetContext): ResetInfo[] {
  try {
    const map = normalizeHeaders(headers);
    if (map.size === 0) return [];
    const now = nowMs(ctx);
    const out: ResetInfo[] = [];
    for (const rule of HEADER_RULES) {
      for (const name of rule.names) {
        const raw = map.get(name);
        if (raw === undefined) continue;
        const reading = readValue(raw, rule.read);
        if (!reading) continue;
        const info: ResetInfo = { source: rule.source, stated: `${name}: ${raw.trim()}` };
        if (reading.kind === 'delta') {
          if (!Number.isFinite(reading.seconds) || reading.seconds < 0) continue;
          info.inSeconds = reading.seconds;
          const at = now === undefined ? undefined : toIso(now + reading.seconds * 1000);
          if (at !== undefined) info.at = at;
        } else {
          const at = toIso(reading.ms);
          if (at === undefined) continue;
          info.at = at;
          if (now !== undefined && reading.ms < now) info.possiblyPassed = true;
        }
        out.push(info);
      }
    }
    return out;
  } catch {
    return [];
  }
}
