/**
 * Chrome match patterns, only the https form provider sites need: `https://host/path` where host is a name,
 * `*.name` (the name and its subdomains) or, for the manifest only, `*`. Pure: used by the options form, the
 * background's validation, the route lookup and the content scripts (no zod, no dexie).
 */

/** Longest pattern accepted; a real one is a few dozen characters. */
export const MAX_PATTERN_CHARS = 200;

export interface ParsedPattern {
  /** `*` for any host, else a lower-case host name. */
  host: string;
  /** `*.example.com`: the name and every subdomain. */
  subdomains: boolean;
  /** Path glob, starting with `/`; `*` matches any run of characters. */
  path: string;
}

export type PatternProblem = 'empty' | 'too-long' | 'not-https' | 'bad-host' | 'any-host' | 'bad-path';

const HOST_RE = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Parses a pattern; `allowAnyHost` admits the any-host form (the manifest's own entry, never a user's site). */
export function parsePattern(
  raw: string,
  opts: { allowAnyHost?: boolean } = {},
): { ok: true; pattern: ParsedPattern } | { ok: false; problem: PatternProblem } {
  const text = raw.trim();
  if (!text) return { ok: false, problem: 'empty' };
  if (text.length > MAX_PATTERN_CHARS) return { ok: false, problem: 'too-long' };
  const m = /^([a-z*]+):\/\/([^/]*)(\/.*)?$/i.exec(text);
  if (!m || m[1]!.toLowerCase() !== 'https') return { ok: false, problem: 'not-https' };
  const host = m[2]!.toLowerCase();
  const path = m[3] ?? '';
  if (!path.startsWith('/') || /\s/.test(path)) return { ok: false, problem: 'bad-path' };
  if (host === '*') {
    return opts.allowAnyHost
      ? { ok: true, pattern: { host: '*', subdomains: true, path } }
      : { ok: false, problem: 'any-host' };
  }
  // A port, user info or a wildcard inside the name is not a pattern Chrome accepts for host permissions.
  if (!HOST_RE.test(host) || host.indexOf('*', 1) !== -1) return { ok: false, problem: 'bad-host' };
  const subdomains = host.startsWith('*.');
  return { ok: true, pattern: { host: subdomains ? host.slice(2) : host, subdomains, path } };
}

/** Does `url` fall under `pattern`? Unparseable URLs or patterns never match. */
export function matchesPattern(pattern: string, url: string): boolean {
  const parsed = parsePattern(pattern, { allowAnyHost: true });
  if (!parsed.ok) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:') return false;
  const { host, subdomains, path } = parsed.pattern;
  const hostname = u.hostname.toLowerCase();
  if (host !== '*') {
    const hostOk = hostname === host || (subdomains && hostname.endsWith(`.${host}`));
    if (!hostOk) return false;
  }
  return globMatch(path, u.pathname + u.search);
}

export function matchesAny(patterns: readonly string[], url: string): boolean {
  return patterns.some((p) => matchesPattern(p, url));
}

/**
 * The origin permission a pattern needs: Chrome grants hosts, not paths, so `https://x.com/app/*` is asked for as
 * `https://x.com/*`.
 */
export function originPermissionOf(pattern: string): string | undefined {
  const parsed = parsePattern(pattern, { allowAnyHost: true });
  if (!parsed.ok) return undefined;
  const { host, subdomains } = parsed.pattern;
  return `https://${host === '*' ? '*' : subdomains ? `*.${host}` : host}/*`;
}

/** Distinct origin permissions for a list of patterns, in first-seen order. */
export function originPermissionsOf(patterns: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    const origin = originPermissionOf(p);
    if (origin && !out.includes(origin)) out.push(origin);
  }
  return out;
}

function globMatch(glob: string, text: string): boolean {
  // Iterative `*` matching: linear in practice, never exponential.
  let g = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] !== '*' && glob[g] === text[t]) {
      g++;
      t++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = t;
    } else if (star !== -1) {
      g = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}
