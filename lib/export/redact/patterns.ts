/**
 * The pattern pieces and acceptance checks the redaction rules are built from (bounded, linear-time).
 * Part of lib/export/redact.ts (how redaction works, and the mask format, are described there).
 */
import type { RedactionKind, RedactionRule } from './kinds.ts';

// ── pattern pieces ─────────────────────────────────────────────────────────────────────────────────────────────
/**
 * Start of a token: not glued to a preceding word character, except when that character ends an escape: a JSON
 * escape (`\n`, `\t`…: inside an escaped JSON body "…\nsk-proj-…" the key starts right after the `n`), a
 * `\u0027` / `\u0022` / `\x27` escaped quote (.NET and JavaScript logs), or URL encoding (`Bearer%20sk-…`,
 * `key%3DAIza…`, `%22hf_…`).
 */
export const B = String.raw`(?:(?<=\\[nrtbf])|(?<=\\u00[0-9a-fA-F]{2}|\\x[0-9a-fA-F]{2}|%[0-9a-fA-F]{2})|(?<![A-Za-z0-9_]))`;
/** An optional quote around a header or field name, plain or JSON-escaped ("name", \"name\", 'name'). */
export const Q = String.raw`(?:\\{0,7}["'])?`;
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** Characters of a token68-like credential (RFC 7235), without quotes, backslashes, commas or semicolons. */
export const TOKEN = '[A-Za-z0-9._~+/=-]';
export const AUTH_SCHEMES = 'Bearer|Basic|Token|Key|Bot|ApiKey|Digest|Negotiate|OAuth';
/** Any Authorization scheme word (Api-Key, SSWS, AWS4-HMAC-SHA256…): the scheme stays readable, the rest is masked. */
export const ANY_SCHEME = '[A-Za-z][A-Za-z0-9_-]{1,31}';
/**
 * Session and clearance cookies worth masking wherever their name appears: ChatGPT's next-auth session (a JWE,
 * also chunked as .0 / .1), _puid, Cloudflare's clearance cookies, and any __Secure- / __Host- cookie.
 */
export const SESSION_COOKIE_NAMES =
  '(?:__Secure-|__Host-)?next-auth\\.(?:session-token|csrf-token|callback-url)(?:\\.\\d{1,2})?|' +
  '_puid|__cf_bm|cf_clearance|_cfuvid|oai-sc|oai-did|__Secure-[A-Za-z0-9._-]{1,64}|' +
  '__Host-[A-Za-z0-9._-]{1,64}|sessionid|session_id|connect\\.sid|JSESSIONID|PHPSESSID';
/**
 * Between a cookie's name and its value, in every notation people paste: `name=value` (a Cookie header),
 * `name: value`, `'name': 'value'` (a Python dict), `"name": "value"` (JSON), or a tab (cookies.txt, a row copied
 * from the browser's cookie table).
 */
export const COOKIE_SEP = `(?:${Q}\\s{0,8}[:=]\\s{0,8}${Q}|\\t)`;
/** A cookie value: up to the next separator, quote or backslash. */
export const COOKIE_VALUE = '[^;\\s"\'\\\\,]{8,4096}';
/** A JSON string's content (escapes allowed), bounded. */
const JSON_STRING = String.raw`"(?:[^"\\\r\n]|\\[^\r\n]){0,256}"`;
/** Headers whose value is a credential, as they appear in text (a "Copy as cURL" paste, a HAR file). */
export const CREDENTIAL_HEADER_NAMES =
  'x-csrf-token|x-xsrf-token|csrf-token|openai-sentinel-[a-z-]{0,40}token|oai-device-id|x-auth-token|x-amz-security-token';
/** Placeholders that stand for a secret without being one: `<password>`, `{password}`, `YOUR_PASSWORD`, `****`. */
export const PLACEHOLDER = /^(?:\*+|x{3,}|\.{3}|…|<[^>]*>?|\{[^}]*\}?|\$\{?[A-Za-z_]+\}?|%[A-Za-z_]+%|[A-Z][A-Z_]*)$/;

export const rx = (source: string, flags = ''): RegExp => new RegExp(source, `gd${flags}`);

export const hasDigit = (v: string): boolean => /\d/.test(v);
/** Real credentials carry digits or are long; "Bearer authentication" and "Bearer YOUR_TOKEN" are words. */
export const looksLikeCredential = (v: string): boolean => hasDigit(v) || v.length >= 24;
/** Real OpenAI ids are mixed-case alphanumerics; `org-verification` (a bucket label) is a word. */
export const looksLikeId = (v: string): boolean => /[0-9A-Z]/.test(v.slice(v.search(/[-_]/) + 1));

const VENDOR_DOMAINS = new Set([
  'openai.com',
  'microsoft.com',
  'azure.com',
  'openrouter.ai',
  'fal.ai',
  'replicate.com',
  'anthropic.com',
  'google.com',
  'huggingface.co',
  'together.ai',
  'github.com',
  'stability.ai',
  'x.ai',
]);
const ROLE_MAILBOXES = /^(?:support|help|noreply|no-reply|billing|sales|security|privacy|abuse|ar)$/i;
const IMAGE_TLDS = /\.(?:png|jpe?g|gif|webp|svg|avif)$/i;
/** The text before a match ends in `scheme://user:` — the match is a URL password, not an address. */
const URL_USERINFO_BEFORE = /[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s/?#@:"'\\]{1,256}:$/;

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;

/**
 * An address's local part can be glued to a token longer than the pattern's 64-character window: the match then
 * starts mid-run. Widen it back to the run's start (never onto the letter of a JSON escape) so nothing of the run
 * is left half-masked, and so the checks below judge the whole address.
 */
export function localPartStart(text: string, start: number): number {
  let s = start;
  while (s > 0 && LOCAL_CHAR.test(text[s - 1]!) && text[s - 2] !== '\\') s--;
  return s;
}

/** An address's local part and domain, split at its last `@` or percent-encoded `%40`. */
export function splitAddress(v: string): { local: string; domain: string } {
  const encoded = v.toLowerCase().lastIndexOf('%40');
  const plain = v.lastIndexOf('@');
  if (encoded > plain) return { local: v.slice(0, encoded), domain: v.slice(encoded + 3) };
  return { local: v.slice(0, plain), domain: v.slice(plain + 1) };
}

export function acceptEmail(v: string, m: RegExpMatchArray, start: number): boolean {
  const input = m.input ?? v;
  if (URL_USERINFO_BEFORE.test(input.slice(Math.max(0, start - 300), start))) return false; // a URL password
  const { local, domain: rawDomain } = splitAddress(v);
  const domain = rawDomain.toLowerCase();
  if (IMAGE_TLDS.test(domain)) return false; // logo@2x.png is a file name
  return !(ROLE_MAILBOXES.test(local) && VENDOR_DOMAINS.has(domain));
}

/**
 * Two rules for JSON objects that pair a "name" with a "value" (cookie exports, HAR header entries): the value of
 * an entry whose name is one of `names`, whichever of the two comes first.
 */
export function nameValueRules(id: string, kind: RedactionKind, names: string, note: string): RedactionRule[] {
  const name = `"name"\\s*:\\s*"(?:${names})"`;
  const value = `"value"\\s*:\\s*"(?<v>[^"\\\\\\r\\n]{8,8192})"`;
  const between = `(?:[^{}"]|${JSON_STRING}){0,512}?`;
  return [
    {
      id: `${id}-name-first`,
      kind,
      hints: ['"value"'],
      pattern: rx(`${name}${between}${value}`, 'i'),
      mask: 'secret',
      note: `${note}.`,
    },
    {
      id: `${id}-value-first`,
      kind,
      hints: ['"value"'],
      pattern: rx(`${value}${between}${name}`, 'i'),
      mask: 'secret',
      note: `${note}, value first.`,
    },
  ];
}
