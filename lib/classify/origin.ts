/**
 * Whose service a stop came from: the route the user named, the page's host, words and shapes that name a service,
 * or the code. The owner of shared wording ("rate limit") is decided here, never by the words alone.
 */
import type { Bucket, ClassifyRoute, Owner } from '../domain/labels.ts';
import { clip, type Finding } from './findings.ts';
import type { Family } from './kinds.ts';
import { ORIGIN_RULES } from './patterns.ts';
import type { Structure } from './structure.ts';

/** Codes only the OpenAI API sends: quoted on a ChatGPT page, the error is still the API's. */
const OPENAI_API_CODES =
  /^(?:rate_limit_exceeded|insufficient_quota|billing_hard_limit_reached|token_limit_exceeded)$/i;

export interface Origin {
  family: Family;
  provider?: string;
  reason?: string;
}

function parseUrl(url: string): URL | undefined {
  for (const candidate of [url, `https://${url}`]) {
    try {
      return new URL(candidate);
    } catch {
      // try the next form
    }
  }
  return undefined;
}

const originOf = (family: Family, provider: string | undefined, reason: string): Origin => ({
  family,
  ...(provider ? { provider } : {}),
  reason,
});

export function decideOrigin(url: string | undefined, s: Structure, finding: Finding, route?: ClassifyRoute): Origin {
  if (finding.pinned && finding.family) return { family: finding.family };
  if (route?.family === 'chatgpt') {
    // Like ChatGPT's page, the ChatGPT route decides ChatGPT's own wording, not an API error quoted there.
    const quoted = quotedOn(s, finding, 'the route given (chatgpt)');
    if (quoted) return quoted;
  }
  if (route) {
    // The user named the route: it decides, keeping a third party's id when the page or words name the same family.
    const found = originFromEvidence(url, s, finding);
    if (found.family === route.family && (found.provider || !route.provider)) return found;
    return originOf(
      route.family,
      route.provider,
      `the route given (${route.provider ?? route.family}) decides the owner`,
    );
  }
  return originFromEvidence(url, s, finding);
}

function originFromEvidence(url: string | undefined, s: Structure, finding: Finding): Origin {
  const page = url ? parseUrl(url) : undefined;
  if (page) {
    const host = page.hostname.toLowerCase();
    const rule = ORIGIN_RULES.find((r) => r.hosts?.test(host) && (!r.path || r.path.test(page.pathname)));
    if (rule?.family === 'chatgpt') {
      // ChatGPT's page decides its own wording, not an API error quoted on it (pasted into a chat, shown by a GPT).
      const quoted = quotedOn(s, finding, `the page (${host})`);
      if (quoted) return quoted;
    }
    if (rule) return originOf(rule.family, rule.provider, `origin ${host} decides the owner`);
  }
  for (const rule of ORIGIN_RULES) {
    const m = rule.words?.exec(s.wordText);
    if (m) {
      const name = rule.provider ?? rule.family;
      return originOf(rule.family, rule.provider, `the text names ${name} ("${clip(m[0], 40)}")`);
    }
  }
  if (finding.family) {
    return originOf(finding.family, finding.provider, `the code names ${finding.provider ?? finding.family}`);
  }
  if (s.chatgpt) return { family: 'chatgpt', reason: 'ChatGPT stream shapes' };
  return { family: 'none' };
}

/** An error quoted on ChatGPT's page or route (`where`) that names another service: that service's. */
function quotedOn(s: Structure, finding: Finding, where: string): Origin | undefined {
  const quoted = quotedOrigin(s, finding);
  if (!quoted) return undefined;
  return originOf(
    quoted.family,
    quoted.provider,
    `${where} only shows a quoted ${quoted.provider ?? quoted.family} error`,
  );
}

/** Another service an error on a ChatGPT page names: by its words, or by a code only the OpenAI API sends. */
function quotedOrigin(s: Structure, finding: Finding): { family: Family; provider?: string } | undefined {
  for (const rule of ORIGIN_RULES) {
    if (rule.family === 'chatgpt') continue;
    const words = rule.quotedWords ?? rule.words;
    if (words?.test(s.wordText)) return { family: rule.family, ...(rule.provider ? { provider: rule.provider } : {}) };
  }
  if (finding.code && OPENAI_API_CODES.test(finding.code)) return { family: 'openai' };
  return undefined;
}

/** A bucket a rule names only applies to the owner it belongs to. */
export function bucketFits(bucket: Bucket, owner: Owner): boolean {
  if (bucket.startsWith('azure-')) return owner === 'azure';
  if (bucket.startsWith('api-')) return owner === 'openai-api' || owner === 'provider';
  if (bucket.startsWith('app-')) return owner === 'chatgpt-app';
  return true;
}
