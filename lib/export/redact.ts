/**
 * Redaction: masks secrets and personal identifiers in captured text before anything leaves the device (export,
 * incident packet, clipboard). Pure: no browser APIs, no storage.
 *
 * How it works. Every rule in REDACTION_RULES is tried on the ORIGINAL text and yields candidate spans (the `v`
 * group of its pattern, or the whole match). Overlapping candidates are merged into one span, so a secret is never
 * left half-masked; the widest candidate names the merged span's kind (a Cookie header value holding a JWT is one
 * `cookie`), and on a tie the more specific kind wins (`Authorization: Bearer sk-proj-…` is an `api-key`).
 *
 * Mask format (docs/export-format.md, "Redaction"):
 *   secrets             [REDACTED:<kind>]                      e.g. [REDACTED:cookie], [REDACTED:jwt]
 *   API keys            [REDACTED:api-key <prefix>…<last 4>]  e.g. [REDACTED:api-key sk-proj-…a1b2]
 *                       (the public prefix names the key type; the last 4 are what provider dashboards show)
 *   org / project / user ids  kept prefix + first 2 and last 3  e.g. org-EY…mf1, proj_ab…xyz
 *   e-mail addresses    first letter, domain's first letter, top-level domain: j…@e….com
 *   conversation ids    first 4 and last 4 (only with options.conversationIds): 6a1f…9c2e
 * Masks never contain quotes, backslashes or line breaks, and every rule stops at an unescaped quote or a
 * backslash, so redacting valid JSON text leaves valid JSON. Masks are not matched again: redaction is idempotent.
 *
 * Deliberately kept (support needs them): request ids (req_…, x-request-id, "request ID 32-hex"), model names,
 * header names, dates, durations, documentation URLs, limit figures, and any 32-hex or uuid that is not in a
 * secret's context.
 *
 * Performance: every pattern has bounded repetition, so a 64 KB input scans in linear time (no pattern can
 * backtrack quadratically over a long base64 run), and a rule only runs when the text holds one of its `hints`.
 */
import type { StopRecord } from '../domain/shapes.ts';

export const REDACTION_KINDS = [
  'api-key',
  'bearer',
  'authorization',
  'cookie',
  'session-token',
  'jwt',
  'private-key',
  'secret-field',
  'url-credentials',
  'url-secret',
  'email',
  'org-id',
  'project-id',
  'user-id',
  'conversation-id',
] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export interface RedactionFinding {
  kind: RedactionKind;
  /** The text that is masked. Only for a local preview: never written into an export. */
  original: string;
  /** What replaces it. */
  masked: string;
  /** Offset of `original` in the input text (UTF-16 code units); 0 for whole-field masks. */
  index: number;
  /** Which field of a record it was found in (redactRecord), e.g. `evidence.headers.authorization`. */
  field?: string;
}

export interface RedactOptions {
  /** Also mask ChatGPT conversation ids (uuids in /c/<id> paths, conversation_id fields, the record's own id). */
  conversationIds: boolean;
  /** Conversation ids known to the caller (a record's conversationId), masked wherever they appear verbatim. */
  knownConversationIds?: readonly string[];
}

type MaskStyle = 'secret' | 'partial-id' | 'email' | 'conversation';

export interface RedactionRule {
  id: string;
  kind: RedactionKind;
  /**
   * Lower-case substrings one of which any match must contain: the pattern only runs when the text has one
   * (most rules never run on most text). Omitted: always runs.
   */
  hints?: readonly string[];
  /** Global with indices (`gd`); the named group `v`, when present, is the part masked. */
  pattern: RegExp;
  mask: MaskStyle;
  /** A last check on the matched value: false keeps it (a word after "Bearer", a vendor's support address). */
  accept?: (value: string, match: RegExpMatchArray, start: number) => boolean;
  /** Moves a match's start back (see localPartStart). */
  widenStart?: (text: string, start: number) => number;
  /** Only when options.conversationIds is set. */
  conversationOnly?: boolean;
  /**
   * Also look for matches that start inside an earlier match of the same rule (an address whose domain ran into
   * the next address). Only for patterns of bounded length, where that costs little.
   */
  overlapping?: boolean;
  /** Why the rule exists and what it must not catch. */
  note: string;
}

// ── pattern pieces ─────────────────────────────────────────────────────────────────────────────────────────────
/**
 * Start of a token: not glued to a preceding word character, except when that character ends an escape: a JSON
 * escape (`\n`, `\t`…: inside an escaped JSON body "…\nsk-proj-…" the key starts right after the `n`), a
 * `\u0027` / `\u0022` / `\x27` escaped quote (.NET and JavaScript logs), or URL encoding (`Bearer%20sk-…`,
 * `key%3DAIza…`, `%22hf_…`).
 */
const B = String.raw`(?:(?<=\\[nrtbf])|(?<=\\u00[0-9a-fA-F]{2}|\\x[0-9a-fA-F]{2}|%[0-9a-fA-F]{2})|(?<![A-Za-z0-9_]))`;
/** An optional quote around a header or field name, plain or JSON-escaped ("name", \"name\", 'name'). */
const Q = String.raw`(?:\\{0,7}["'])?`;
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** Characters of a token68-like credential (RFC 7235), without quotes, backslashes, commas or semicolons. */
const TOKEN = '[A-Za-z0-9._~+/=-]';
const AUTH_SCHEMES = 'Bearer|Basic|Token|Key|Bot|ApiKey|Digest|Negotiate|OAuth';
/** Any Authorization scheme word (Api-Key, SSWS, AWS4-HMAC-SHA256…): the scheme stays readable, the rest is masked. */
const ANY_SCHEME = '[A-Za-z][A-Za-z0-9_-]{1,31}';
/**
 * Session and clearance cookies worth masking wherever their name appears: ChatGPT's next-auth session (a JWE,
 * also chunked as .0 / .1), _puid, Cloudflare's clearance cookies, and any __Secure- / __Host- cookie.
 */
const SESSION_COOKIE_NAMES =
  '(?:__Secure-|__Host-)?next-auth\\.(?:session-token|csrf-token|callback-url)(?:\\.\\d{1,2})?|_puid|__cf_bm|cf_clearance|_cfuvid|oai-sc|oai-did|__Secure-[A-Za-z0-9._-]{1,64}|__Host-[A-Za-z0-9._-]{1,64}|sessionid|session_id|connect\\.sid|JSESSIONID|PHPSESSID';
/**
 * Between a cookie's name and its value, in every notation people paste: `name=value` (a Cookie header),
 * `name: value`, `'name': 'value'` (a Python dict), `"name": "value"` (JSON), or a tab (cookies.txt, a row copied
 * from the browser's cookie table).
 */
const COOKIE_SEP = `(?:${Q}\\s{0,8}[:=]\\s{0,8}${Q}|\\t)`;
/** A cookie value: up to the next separator, quote or backslash. */
const COOKIE_VALUE = '[^;\\s"\'\\\\,]{8,4096}';
/** A JSON string's content (escapes allowed), bounded. */
const JSON_STRING = String.raw`"(?:[^"\\\r\n]|\\[^\r\n]){0,256}"`;
/** Headers whose value is a credential, as they appear in text (a "Copy as cURL" paste, a HAR file). */
const CREDENTIAL_HEADER_NAMES =
  'x-csrf-token|x-xsrf-token|csrf-token|openai-sentinel-[a-z-]{0,40}token|oai-device-id|x-auth-token|x-amz-security-token';
/** Placeholders that stand for a secret without being one: `<password>`, `{password}`, `YOUR_PASSWORD`, `****`. */
const PLACEHOLDER = /^(?:\*+|x{3,}|\.{3}|…|<[^>]*>?|\{[^}]*\}?|\$\{?[A-Za-z_]+\}?|%[A-Za-z_]+%|[A-Z][A-Z_]*)$/;

const rx = (source: string, flags = ''): RegExp => new RegExp(source, `gd${flags}`);

const hasDigit = (v: string): boolean => /\d/.test(v);
/** Real credentials carry digits or are long; "Bearer authentication" and "Bearer YOUR_TOKEN" are words. */
const looksLikeCredential = (v: string): boolean => hasDigit(v) || v.length >= 24;
/** Real OpenAI ids are mixed-case alphanumerics; `org-verification` (a bucket label) is a word. */
const looksLikeId = (v: string): boolean => /[0-9A-Z]/.test(v.slice(v.search(/[-_]/) + 1));

const VENDOR_DOMAINS = new Set([
  'openai.com', 'microsoft.com', 'azure.com', 'openrouter.ai', 'fal.ai', 'replicate.com', 'anthropic.com',
  'google.com', 'huggingface.co', 'together.ai', 'github.com', 'stability.ai', 'x.ai',
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
function localPartStart(text: string, start: number): number {
  let s = start;
  while (s > 0 && LOCAL_CHAR.test(text[s - 1]!) && text[s - 2] !== '\\') s--;
  return s;
}

/** An address's local part and domain, split at its last `@` or percent-encoded `%40`. */
function splitAddress(v: string): { local: string; domain: string } {
  const encoded = v.toLowerCase().lastIndexOf('%40');
  const plain = v.lastIndexOf('@');
  if (encoded > plain) return { local: v.slice(0, encoded), domain: v.slice(encoded + 3) };
  return { local: v.slice(0, plain), domain: v.slice(plain + 1) };
}

function acceptEmail(v: string, m: RegExpMatchArray, start: number): boolean {
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
function nameValueRules(id: string, kind: RedactionKind, names: string, note: string): RedactionRule[] {
  const name = `"name"\\s*:\\s*"(?:${names})"`;
  const value = `"value"\\s*:\\s*"(?<v>[^"\\\\\\r\\n]{8,8192})"`;
  const between = `(?:[^{}"]|${JSON_STRING}){0,512}?`;
  return [
    { id: `${id}-name-first`, kind, hints: ['"value"'], pattern: rx(`${name}${between}${value}`, 'i'), mask: 'secret', note: `${note}.` },
    { id: `${id}-value-first`, kind, hints: ['"value"'], pattern: rx(`${value}${between}${name}`, 'i'), mask: 'secret', note: `${note}, value first.` },
  ];
}

/**
 * The rules, as data. Order matters only for ties (same span, same width, same kind priority): earlier wins.
 */
export const REDACTION_RULES: readonly RedactionRule[] = [
  // ── API keys with a known shape ──────────────────────────────────────────────────────────────────────────
  {
    id: 'openai-project-key',
    kind: 'api-key',
    hints: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-none-'],
    pattern: rx(`${B}(?<v>sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,})`),
    mask: 'secret',
    note: 'OpenAI project, service-account, admin and older user keys: sk-proj-, sk-svcacct-, sk-admin-, sk-None-.',
  },
  {
    id: 'openrouter-key',
    kind: 'api-key',
    hints: ['sk-or-v1-'],
    pattern: rx(`${B}(?<v>sk-or-v1-[A-Za-z0-9]{20,})`),
    mask: 'secret',
    note: 'OpenRouter keys: sk-or-v1- and 64 hex.',
  },
  {
    id: 'anthropic-key',
    kind: 'api-key',
    hints: ['sk-ant-'],
    pattern: rx(`${B}(?<v>sk-ant-[A-Za-z0-9_-]{20,})`),
    mask: 'secret',
    note: 'Anthropic keys: sk-ant-api03-…, sk-ant-admin01-….',
  },
  {
    id: 'sk-key',
    kind: 'api-key',
    hints: ['sk-'],
    pattern: rx(`${B}(?<v>sk-[A-Za-z0-9_-]{20,})`),
    mask: 'secret',
    accept: (v) => hasDigit(v) || v.length >= 40,
    note:
      'Legacy OpenAI keys (sk- and 48 characters) and the many providers that copy the shape. Not "task-…" or ' +
      '"risk-…" (glued to a word), not "sk-learn" (short), not a long hyphenated word (no digit).',
  },
  {
    id: 'replicate-token',
    kind: 'api-key',
    hints: ['r8_'],
    pattern: rx(`${B}(?<v>r8_[A-Za-z0-9]{20,})`),
    mask: 'secret',
    note: 'Replicate API tokens: r8_ and 37 characters.',
  },
  {
    id: 'fal-key',
    kind: 'api-key',
    pattern: rx(`${B}(?<v>${UUID}:[0-9a-fA-F]{32,64})(?![A-Za-z0-9])`),
    mask: 'secret',
    note:
      'fal keys: key_id:key_secret (a uuid, a colon, 32 hex). Matched as one whole so the uuid half is not taken ' +
      'for a conversation id and the secret half is never left behind. A bare uuid or a bare 32-hex request id ' +
      'is not a key and stays.',
  },
  {
    id: 'google-api-key',
    kind: 'api-key',
    hints: ['aiza'],
    pattern: rx(`${B}(?<v>AIza[0-9A-Za-z_-]{35,})`),
    mask: 'secret',
    note: 'Google AI Studio / Cloud API keys: AIza and 35 characters (also inside ?key= URLs).',
  },
  {
    id: 'huggingface-token',
    kind: 'api-key',
    hints: ['hf_'],
    pattern: rx(`${B}(?<v>hf_[A-Za-z0-9]{30,})`),
    mask: 'secret',
    note: 'Hugging Face user access tokens: hf_ and 34 characters.',
  },
  {
    id: 'github-token',
    kind: 'api-key',
    hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    pattern: rx(`${B}(?<v>gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})`),
    mask: 'secret',
    note: 'GitHub tokens: ghp_, gho_, ghu_, ghs_, ghr_ and fine-grained github_pat_.',
  },
  {
    id: 'other-provider-key',
    kind: 'api-key',
    hints: ['gsk_', 'xai-', '_live_', '_test_', 'akia', 'xox'],
    pattern: rx(
      `${B}(?<v>gsk_[A-Za-z0-9]{40,}|xai-[A-Za-z0-9]{40,}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16}(?![A-Za-z0-9])|xox[abprs]-[A-Za-z0-9-]{10,})`,
    ),
    mask: 'secret',
    note: 'Groq gsk_, xAI xai-, Stripe sk_live_/rk_live_, AWS access key ids AKIA…, Slack xox?- tokens.',
  },
  {
    id: 'cloud-key',
    kind: 'api-key',
    hints: ['asia', 'tgp_v1_', 'gocspx-'],
    pattern: rx(`${B}(?<v>ASIA[0-9A-Z]{16}(?![A-Za-z0-9])|tgp_v1_[A-Za-z0-9_-]{30,}|GOCSPX-[A-Za-z0-9_-]{24,})`),
    mask: 'secret',
    note:
      'AWS temporary (STS) access key ids ASIA…, Together tgp_v1_ keys, Google OAuth client secrets GOCSPX-. ' +
      'ASIA needs exactly 16 upper-case letters or digits after it, so the word "ASIAN" or "ASIA-PACIFIC" stays.',
  },
  {
    id: 'google-oauth-token',
    kind: 'bearer',
    hints: ['ya29.'],
    pattern: rx(`${B}(?<v>ya29\\.[A-Za-z0-9_-]{20,})`),
    mask: 'secret',
    note: 'Google OAuth access tokens (ya29.…), bare: gcloud prints them without a Bearer in front.',
  },
  {
    id: 'api-key-assignment',
    kind: 'api-key',
    hints: ['api-key', 'api_key', 'apikey', 'api-secret', 'api_secret', 'apisecret', 'subscription-key', 'subscription_key', 'x-key'],
    pattern: rx(
      `(?<![A-Za-z0-9])(?:(?:[A-Za-z0-9]{1,32}[-_]){0,4}api[-_]?(?:key|secret)|(?:ocp-apim-)?subscription[-_]key|x-key)${Q}\\s*[:=]\\s*${Q}(?<v>${TOKEN}{16,})`,
      'i',
    ),
    mask: 'secret',
    note:
      'Azure OpenAI `api-key:` header values (32 hex, or the newer 84-character keys), x-api-key, x-goog-api-key, ' +
      'Ocp-Apim-Subscription-Key (also ?subscription-key=, which Python requests prints in its HTTPError), Black ' +
      'Forest Labs x-key, mj-api-secret, and assignments such as AZURE_OPENAI_API_KEY=… or "api_key": "…". The ' +
      'name stays; short values ("api-key: missing") stay.',
  },
  {
    id: 'secret-assignment',
    kind: 'api-key',
    hints: ['_key', '_token', '_secret', '_password'],
    pattern: rx(`(?<![A-Za-z0-9_])[A-Z][A-Z0-9]{0,31}(?:_[A-Z0-9]{1,32}){0,4}_(?:KEY|TOKEN|SECRET|PASSWORD)\\s*=\\s*${Q}(?<v>${TOKEN}{8,})`),
    mask: 'secret',
    accept: looksLikeCredential,
    note: 'Environment-style assignments pasted from scripts: FAL_KEY=…, REPLICATE_API_TOKEN=…, HF_TOKEN=….',
  },
  {
    id: 'aws-secret-assignment',
    kind: 'api-key',
    hints: ['secret_access_key', 'secretaccesskey', 'session_token', 'sessiontoken', 'security_token', 'securitytoken', 'security-token'],
    pattern: rx(
      `(?<![A-Za-z0-9])(?:aws_?)?(?:secret_?access_?key|session_?token|security[-_]?token)${Q}\\s*[:=]\\s*${Q}(?<v>${TOKEN}{16,})`,
      'i',
    ),
    mask: 'secret',
    note:
      'AWS credentials as ~/.aws/credentials, boto3 and the STS JSON write them: aws_secret_access_key = …, ' +
      'SecretAccessKey: "…", SessionToken=…, in any case and with or without quotes.',
  },
  {
    id: 'lower-secret-assignment',
    kind: 'api-key',
    hints: ['_key', '_token', '_secret', '_password'],
    pattern: rx(`(?<![A-Za-z0-9_])[a-z][a-z0-9]{0,31}(?:_[a-z0-9]{1,32}){0,4}_(?:key|token|secret|password)\\s*=\\s*${Q}(?<v>${TOKEN}{8,})`),
    mask: 'secret',
    accept: (v) => /[A-Za-z]/.test(v) && looksLikeCredential(v) && !PLACEHOLDER.test(v),
    note:
      'Lower-case assignments from Python, INI and TOML: openai_api_key = "…", hf_token=…. Only with `=` (a JSON ' +
      '"max_token": 4096 is a field, not a secret) and only values with letters (max_token=4096 stays).',
  },
  {
    id: 'password-assignment',
    kind: 'secret-field',
    hints: ['passw', 'pwd', 'client_secret', 'client-secret'],
    pattern: rx(`(?<![A-Za-z0-9_-])(?:password|passwd|pwd|client[-_]secret)(?<sep>\\s*[:=]\\s*)(?<v>[^\\s&"'\\\\,;<>]{4,256})`, 'i'),
    mask: 'secret',
    // A shell's PWD=/home/jane is a directory, not a password.
    accept: (v, m) => !PLACEHOLDER.test(v) && !/^[/~.]/.test(v) && (m.groups?.sep?.includes('=') || looksLikeCredential(v)),
    note:
      'password=…, pwd=…, client_secret=… in form bodies, connection strings and logs. With a colon only values ' +
      'that look like credentials ("Password: must be 8 characters" stays); placeholders (<password>, ****) stay.',
  },
  // ── credentials in headers and fields ──────────────────────────────────────────────────────────────────────
  {
    id: 'authorization-header',
    kind: 'authorization',
    hints: ['authorization'],
    pattern: rx(
      `(?<![A-Za-z0-9-])(?:proxy-)?authorization${Q}\\s*[:=]\\s*${Q}(?:(?<s>${ANY_SCHEME})\\s+)?(?<v>[A-Za-z0-9._~+/=:-]{8,})`,
      'i',
    ),
    mask: 'secret',
    accept: (v, m) => new RegExp(`^(?:${AUTH_SCHEMES})$`, 'i').test(m.groups?.s ?? '') || looksLikeCredential(v),
    note:
      'Authorization / Proxy-Authorization header values of any scheme (Bearer, Api-Key, SSWS, AWS4-HMAC-SHA256…); ' +
      'the scheme word stays readable. After a scheme we do not know, or none, the value must look like a ' +
      'credential ("Authorization: required" stays).',
  },
  {
    id: 'signature-param',
    kind: 'url-secret',
    hints: ['signature', 'x-amz-security-token', 'sessiontoken'],
    pattern: rx(
      `(?<![A-Za-z0-9-])(?:X-Amz-Signature|X-Goog-Signature|Signature|X-Amz-Security-Token|SessionToken)=(?<v>[^&#\\s"'\\\\<>,;]{8,4096})`,
      'i',
    ),
    mask: 'secret',
    accept: looksLikeCredential,
    note:
      'Signatures and session tokens of signed requests: SigV4 `Signature=<hex>` in an Authorization header, ' +
      'presigned S3 / GCS URLs (X-Amz-Signature, X-Amz-Security-Token, X-Goog-Signature), STS SessionToken=.',
  },
  {
    id: 'credential-header-text',
    kind: 'session-token',
    hints: ['csrf', 'xsrf', 'sentinel', 'oai-device-id', 'x-auth-token'],
    pattern: rx(
      `(?<![A-Za-z0-9-])(?:${CREDENTIAL_HEADER_NAMES})${Q}\\s*:\\s*${Q}(?<v>[^\\s"'\\\\,;]{8,4096})`,
      'i',
    ),
    mask: 'secret',
    accept: looksLikeCredential,
    note:
      'Credential headers as text, not only in a header map: a DevTools "Copy as cURL" paste carries x-csrf-token, ' +
      'openai-sentinel-chat-requirements-token, openai-sentinel-proof-token and oai-device-id.',
  },
  {
    id: 'bearer-token',
    kind: 'bearer',
    hints: ['bearer'],
    pattern: rx(`${B}Bearer\\s+(?<v>${TOKEN}{8,})`, 'i'),
    mask: 'secret',
    accept: looksLikeCredential,
    note: 'Bearer tokens anywhere ("curl -H \'Authorization: Bearer …\'"). "Bearer authentication" is a word and stays.',
  },
  {
    id: 'cookie-header',
    kind: 'cookie',
    hints: ['cookie'],
    pattern: rx(`(?<![A-Za-z0-9'-])(?:set-)?cookie(?:\\\\{0,7}")?\\s*:\\s*(?:\\\\{0,7}")?(?<v>[^\\r\\n"\\\\]{1,8192})`, 'i'),
    mask: 'secret',
    accept: (v) => v.includes('='),
    note:
      'Cookie and Set-Cookie header values, whole (every cookie of a request can be a session). Stops at the line ' +
      'end, a quote or a backslash, so JSON stays valid. "Set-Cookie: header missing" has no `=` and stays.',
  },
  {
    id: 'cookie-header-single-quoted',
    kind: 'cookie',
    hints: ['cookie'],
    pattern: rx(`'(?:set-)?cookie'\\s*:\\s*'(?<v>[^'"\\r\\n\\\\]{1,8192})'`, 'i'),
    mask: 'secret',
    note: "Python-style header dicts: {'Cookie': 'a=b; c=d'}.",
  },
  {
    id: 'next-auth-session',
    kind: 'session-token',
    hints: ['next-auth.'],
    pattern: rx(`${B}(?:__Secure-|__Host-)?next-auth\\.(?:session-token|csrf-token)(?:\\.\\d{1,2})?${COOKIE_SEP}(?<v>${COOKIE_VALUE})`),
    mask: 'secret',
    note:
      'ChatGPT web sessions: __Secure-next-auth.session-token (and its .0/.1 chunks), the CSRF token, written ' +
      'with =, :, a tab, \': \' or ": ".',
  },
  {
    id: 'session-cookie',
    kind: 'cookie',
    hints: ['_puid', '__cf_bm', 'cf_clearance', '_cfuvid', 'oai-sc', 'oai-did', '__secure-', '__host-', 'session', 'connect.sid', 'phpsessid'],
    pattern: rx(`(?<![A-Za-z0-9_.-])(?:${SESSION_COOKIE_NAMES})${COOKIE_SEP}(?<v>${COOKIE_VALUE})`),
    mask: 'secret',
    note:
      'Session and clearance cookies pasted outside a Cookie header (_puid, cf_clearance, oai-did, __Secure-*…), in ' +
      'every notation: name=value, name: value, a Python dict, JSON, a cookies.txt or DevTools tab-separated row.',
  },
  {
    id: 'puid-value',
    kind: 'cookie',
    hints: ['user-'],
    pattern: rx(`${B}(?<v>user-[A-Za-z0-9]{16,64}:\\d{10}-[A-Za-z0-9_-]{20,128})`),
    mask: 'secret',
    note:
      'A _puid cookie value without its name (const PUID = "user-…:1790000000-…"): the user id, a time and a ' +
      'signature. Masked whole, not as a user id with the rest left behind.',
  },
  ...nameValueRules('cookie-export', 'cookie', SESSION_COOKIE_NAMES, 'Browser cookie exports (EditThisCookie, Playwright storageState): {"name": "_puid", …, "value": "…"}'),
  ...nameValueRules('har-header', 'session-token', CREDENTIAL_HEADER_NAMES, 'Credential headers in a HAR file or a fetch() copy: {"name": "x-csrf-token", "value": "…"}'),
  {
    id: 'jwt',
    kind: 'jwt',
    hints: ['eyj'],
    pattern: rx(`${B}(?<v>eyJ[A-Za-z0-9_-]{5,}(?:\\.[A-Za-z0-9_-]*){1,4}|eyJ[A-Za-z0-9_-]{8,}$)`),
    mask: 'secret',
    note:
      'JSON Web Tokens and JWEs wherever they are: eyJ….eyJ….signature (ChatGPT accessToken, OAuth id tokens) and ' +
      'the five-part JWE eyJ…..iv.ciphertext.tag with an empty second part (the ChatGPT session token). A token ' +
      'cut by a size cap (header and part of the payload, at the very end of the text) is masked too.',
  },
  {
    id: 'private-key',
    kind: 'private-key',
    hints: ['private key-----'],
    pattern: rx('-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----(?:[^"\\\\]|\\\\[\\s\\S]){0,16384}?-----END [A-Z ]{0,40}PRIVATE KEY-----'),
    mask: 'secret',
    note: 'PEM private keys pasted with a log (service-account JSON).',
  },
  {
    id: 'secret-field-json',
    kind: 'secret-field',
    hints: ['token', 'secret', 'passw'],
    pattern: rx(
      `"(?:access_?token|refresh_?token|id_?token|session_?token|security_?token|csrf_?token|client_?secret|api_?secret|secret|password|passwd|token)"\\s*:\\s*"(?<v>(?:[^"\\\\\\r\\n]|\\\\[^\\r\\n]){1,8192})(?:"|$)`,
      'i',
    ),
    mask: 'secret',
    note:
      'JSON fields that hold a credential ("accessToken", "token", "password", "client_secret"…): the value only, ' +
      'also when a size cap cut the text inside the value.',
  },
  {
    id: 'key-field-json',
    kind: 'secret-field',
    hints: ['key'],
    pattern: rx(`(?<q>\\\\{0,7}["'])key\\k<q>\\s*:\\s*\\k<q>(?<v>${TOKEN}{16,512})\\k<q>`, 'i'),
    mask: 'secret',
    accept: (v) => (/[A-Z]/.test(v) && /[a-z]/.test(v) && hasDigit(v)) || /^[0-9a-f-]{32,}$/i.test(v),
    note:
      'A bare "key" field ({"key": "…"} in a provider SDK\'s config or error): only values shaped like a key, mixed ' +
      'case with digits or long hex ("key": "image_gen" and "key": "dall-e-3" stay).',
  },
  {
    id: 'secret-field-escaped-json',
    kind: 'secret-field',
    hints: ['token', 'secret', 'passw'],
    pattern: rx(
      `(?<bs>\\\\{1,7})"(?:access_?token|refresh_?token|id_?token|session_?token|client_?secret|secret|password|passwd|token)\\k<bs>"\\s*:\\s*\\k<bs>"(?<v>[^"\\\\\\r\\n]{1,8192})\\k<bs>"`,
      'i',
    ),
    mask: 'secret',
    note:
      'The same fields in JSON quoted inside a JSON string (\\"token\\"), at any depth (\\\\\\"token\\\\\\"): an error body ' +
      'quoted in a log line.',
  },
  {
    id: 'secret-field-single-quoted',
    kind: 'secret-field',
    hints: ['token', 'secret', 'passw', 'api_key', 'apikey'],
    pattern: rx(
      `'(?:access_?token|refresh_?token|id_?token|session_?token|client_?secret|secret|password|passwd|token|api_?key)'\\s*:\\s*'(?<v>[^'"\\\\\\r\\n]{1,8192})'`,
      'i',
    ),
    mask: 'secret',
    note: "Python reprs of the same fields: {'token': '…'}.",
  },
  {
    id: 'url-credentials',
    kind: 'url-credentials',
    hints: ['://'],
    pattern: rx(`[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\\s/?#@:"'\\\\]{1,256}:(?<v>[^\\s/?#@"'\\\\]{1,256})@`),
    mask: 'secret',
    note: 'Passwords in URLs (https://user:password@host): the password only.',
  },
  {
    id: 'url-secret-param',
    kind: 'url-secret',
    hints: ['='],
    pattern: rx(
      `[?&#](?:api[-_]?key|key|access[-_]?token|refresh[-_]?token|id[-_]?token|token|auth|session(?:[-_]?token)?|sig|signature|secret|client[-_]?secret|password)=(?<v>[^&#\\s"'\\\\<>]{4,})`,
      'i',
    ),
    mask: 'secret',
    note: 'Credentials in query strings (?key=, ?access_token=, Azure SAS &sig=). Other parameters stay.',
  },
  // ── personal identifiers: partially masked ─────────────────────────────────────────────────────────────────
  {
    id: 'email',
    kind: 'email',
    hints: ['@', '%40'],
    pattern: rx(
      `(?<!\\\\)(?<v>[A-Za-z0-9._%+-]{1,64}(?:@|%40)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,24})(?![A-Za-z0-9-])`,
    ),
    mask: 'email',
    accept: acceptEmail,
    widenStart: localPartStart,
    overlapping: true,
    note:
      'E-mail addresses, also percent-encoded (jane.doe%40example.com) (the last 64 characters before the @ at most, so an address glued to a long token is still ' +
      'found; never starting on the letter of a JSON escape such as \\n). Kept: a vendor\'s role mailbox (support@openai.com, billing@openrouter.ai), and file ' +
      'names that look like addresses (logo@2x.png).',
  },
  {
    id: 'openai-org-id',
    kind: 'org-id',
    hints: ['org-'],
    pattern: rx(`${B}(?<v>org-[A-Za-z0-9]{12,64})(?![A-Za-z0-9_-])`),
    mask: 'partial-id',
    accept: looksLikeId,
    note: 'OpenAI organization ids (org- and 24 characters), partially masked. Not the bucket label org-verification.',
  },
  {
    id: 'openai-project-id',
    kind: 'project-id',
    hints: ['proj_'],
    pattern: rx(`${B}(?<v>proj_[A-Za-z0-9]{12,64})(?![A-Za-z0-9_-])`),
    mask: 'partial-id',
    accept: looksLikeId,
    note: 'OpenAI project ids (proj_ and 24 characters), partially masked. sk-proj- keys are keys, not ids.',
  },
  {
    id: 'openai-user-id',
    kind: 'user-id',
    hints: ['user-'],
    pattern: rx(`${B}(?<v>user-[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])`),
    mask: 'partial-id',
    accept: looksLikeId,
    note: 'OpenAI user ids (user- and 24 characters), partially masked. Not "user-agent" or "user-generated".',
  },
  // ── conversation ids: only when asked for ──────────────────────────────────────────────────────────────────
  {
    id: 'conversation-path',
    kind: 'conversation-id',
    hints: ['/c/', '/conversation', '/share/', '/chat/'],
    pattern: rx(`(?<=/(?:c|conversation|conversations|share|chat)/)(?<v>${UUID})(?![0-9A-Za-z-])`),
    mask: 'conversation',
    conversationOnly: true,
    note: 'ChatGPT conversation ids in paths: chatgpt.com/c/<uuid>, /g/g-…/c/<uuid>, /backend-api/conversation/<uuid>.',
  },
  {
    id: 'conversation-field',
    kind: 'conversation-id',
    hints: ['conversation'],
    pattern: rx(`(?<=conversation[_-]?id${Q}\\s*[:=]\\s*${Q})(?<v>${UUID})(?![0-9A-Za-z-])`, 'i'),
    mask: 'conversation',
    conversationOnly: true,
    note: 'conversation_id / conversationId fields in stream events and logs.',
  },
];

/** For ties between candidates of the same span: the more specific kind names it. */
const KIND_PRIORITY: Record<RedactionKind, number> = {
  'private-key': 15,
  'api-key': 14,
  // A session cookie's value is a JWE: named for what it is (the session), not for its shape.
  'session-token': 13,
  jwt: 12,
  cookie: 11,
  bearer: 10,
  authorization: 9,
  'url-credentials': 8,
  'url-secret': 7,
  'secret-field': 6,
  email: 5,
  'org-id': 4,
  'project-id': 3,
  'user-id': 2,
  'conversation-id': 1,
};

/** Public prefixes shown in an API-key mask, longest first: they name the key's type, never its secret part. */
const KEY_PREFIXES = [
  'sk-ant-admin01-', 'sk-ant-api03-', 'sk-svcacct-', 'github_pat_', 'sk-or-v1-', 'sk-admin-', 'sk-proj-', 'sk-None-',
  'sk_live_', 'rk_live_', 'sk_test_', 'sk-ant-', 'AIza', 'AKIA', 'gsk_', 'xai-', 'ghp_', 'gho_', 'ghu_', 'ghs_',
  'ghr_', 'hf_', 'r8_', 'tgp_v1_', 'GOCSPX-', 'ASIA', 'sk-',
];

const ELLIPSIS = '…';

// ── masks ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** `[REDACTED:<kind>]`, or for an API key `[REDACTED:api-key <prefix>…<last 4>]`. */
export function maskSecret(kind: RedactionKind, value: string): string {
  if (kind === 'api-key' && value.length >= 20) {
    const prefix = KEY_PREFIXES.find((p) => value.startsWith(p)) ?? '';
    const last4 = value.slice(-4);
    if (/^[A-Za-z0-9]{4}$/.test(last4)) return `[REDACTED:api-key ${prefix}${ELLIPSIS}${last4}]`;
  }
  return `[REDACTED:${kind}]`;
}

/** org-EYMHJ4WPJuouHcXEpYItmmf1 → org-EY…mf1: the prefix, the first 2 and the last 3 characters of the id. */
export function maskPartialId(value: string): string {
  const sep = value.search(/[-_]/);
  const prefix = sep >= 0 && sep < 8 ? value.slice(0, sep + 1) : '';
  const body = value.slice(prefix.length);
  const head = Math.min(2, Math.floor(body.length / 6));
  const tail = Math.min(3, Math.floor(body.length / 5));
  return `${prefix}${body.slice(0, head)}${ELLIPSIS}${tail > 0 ? body.slice(-tail) : ''}`;
}

/** jane.doe@example.co.kr → j…@e….kr */
export function maskEmail(value: string): string {
  const { local, domain } = splitAddress(value);
  const tld = domain.slice(domain.lastIndexOf('.'));
  return `${local.slice(0, 1)}${ELLIPSIS}@${domain.slice(0, 1)}${ELLIPSIS}${tld}`;
}

/** 6a1f2b3c-…-…9c2e → 6a1f…9c2e (short or odd ids are masked whole). */
export function maskConversationId(value: string): string {
  if (value.length < 16) return '[REDACTED:conversation-id]';
  return `${value.slice(0, 4)}${ELLIPSIS}${value.slice(-4)}`;
}

function maskFor(style: MaskStyle, kind: RedactionKind, value: string): string {
  switch (style) {
    case 'secret':
      return maskSecret(kind, value);
    case 'partial-id':
      return maskPartialId(value);
    case 'email':
      return maskEmail(value);
    case 'conversation':
      return maskConversationId(value);
  }
}

/** Masks this module wrote earlier (so a second pass changes nothing). Strict: a real secret cannot fit inside. */
const EXISTING_MASK = /\[REDACTED:[a-z-]{2,20}(?: [A-Za-z0-9_-]{0,16}…[A-Za-z0-9]{4})?\]/g;
const isMaskedAlready = (v: string): boolean =>
  new RegExp(`^\\s*(?:[A-Za-z]+\\s+)?${EXISTING_MASK.source}\\s*$`).test(v);

// ── the scan ───────────────────────────────────────────────────────────────────────────────────────────────────

interface Candidate {
  start: number;
  end: number;
  kind: RedactionKind;
  style: MaskStyle;
  order: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function collect(text: string, options: RedactOptions): Candidate[] {
  const out: Candidate[] = [];
  const lower = text.toLowerCase();
  REDACTION_RULES.forEach((rule, order) => {
    if (rule.conversationOnly && !options.conversationIds) return;
    if (rule.hints && !rule.hints.some((h) => lower.includes(h))) return;
    for (const m of rule.overlapping ? overlappingMatches(text, rule.pattern) : text.matchAll(rule.pattern)) {
      const span = m.indices?.groups?.v ?? m.indices?.[0];
      if (!span) continue;
      const end = span[1];
      const start = rule.widenStart ? rule.widenStart(text, span[0]) : span[0];
      if (end <= start) continue;
      if (rule.accept && !rule.accept(text.slice(start, end), m, start)) continue;
      out.push({ start, end, kind: rule.kind, style: rule.mask, order });
    }
  });
  if (options.conversationIds) {
    for (const id of new Set(options.knownConversationIds ?? [])) {
      // Too short to find verbatim without hitting unrelated text, or not an id (never mask across a quote).
      if (!/^[A-Za-z0-9_-]{8,256}$/.test(id)) continue;
      for (const m of text.matchAll(new RegExp(escapeRegExp(id), 'g'))) {
        out.push({ start: m.index, end: m.index + id.length, kind: 'conversation-id', style: 'conversation', order: REDACTION_RULES.length });
      }
    }
  }
  return out;
}

function* overlappingMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const re = new RegExp(pattern.source, pattern.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    re.lastIndex = m.index + 1;
  }
}

function spansOf(text: string, re: RegExp): [number, number][] {
  return [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => [m.index, m.index + m[0].length]);
}

function candidatesIn(text: string, options: RedactOptions): Candidate[] {
  const masks = spansOf(text, EXISTING_MASK);
  const insideMask = (c: Candidate) => masks.some(([s, e]) => c.start >= s && c.end <= e);
  return collect(text, options).filter((c) => !insideMask(c));
}

interface Applied {
  text: string;
  findings: RedactionFinding[];
  /** Where each replacement sits, in the original and in the output. */
  edits: { from: number; to: number; outFrom: number; outTo: number }[];
}

/** Merges overlapping candidates into clusters and masks each; the widest (then most specific) names a cluster. */
function apply(text: string, list: Candidate[]): Applied {
  const candidates = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: RedactionFinding[] = [];
  const edits: Applied['edits'] = [];
  let out = '';
  let cursor = 0;
  let i = 0;
  while (i < candidates.length) {
    const first = candidates[i]!;
    let end = first.end;
    let best = first;
    let j = i + 1;
    for (; j < candidates.length && candidates[j]!.start < end; j++) {
      const c = candidates[j]!;
      end = Math.max(end, c.end);
      const width = c.end - c.start;
      const bestWidth = best.end - best.start;
      if (
        width > bestWidth ||
        (width === bestWidth && (KIND_PRIORITY[c.kind] > KIND_PRIORITY[best.kind] || (KIND_PRIORITY[c.kind] === KIND_PRIORITY[best.kind] && c.order < best.order)))
      ) {
        best = c;
      }
    }
    const start = first.start;
    const original = text.slice(start, end);
    const whole = best.start === start && best.end === end;
    // A partial mask is only safe on exactly the id it was made for; anything wider is masked whole.
    const masked = whole ? maskFor(best.style, best.kind, original) : maskSecret(best.kind, original);
    findings.push({ kind: best.kind, original, masked, index: start });
    out += text.slice(cursor, start);
    edits.push({ from: start, to: end, outFrom: out.length, outTo: out.length + masked.length });
    out += masked;
    cursor = end;
    i = j;
  }
  out += text.slice(cursor);
  return { text: out, findings, edits };
}

/** A span found in the output, in the original's coordinates (a span touching a mask takes the whole mask). */
function mapBack(c: Candidate, edits: Applied['edits']): Candidate {
  const toOriginal = (p: number, isEnd: boolean): number => {
    let delta = 0;
    for (const e of edits) {
      if (isEnd ? p <= e.outFrom : p < e.outFrom) break;
      if (isEnd ? p <= e.outTo : p < e.outTo) return isEnd ? e.to : e.from;
      delta = e.to - e.outTo;
    }
    return p + delta;
  };
  const touchesMask = edits.some((e) => c.start < e.outTo && c.end > e.outFrom);
  return { ...c, start: toOriginal(c.start, false), end: toOriginal(c.end, true), style: touchesMask ? 'secret' : c.style };
}

/**
 * Masks secrets and identifiers in free text (a body, a header value, a log line, the visible text).
 * The output is scanned again: a mask can change a later rule's context (a removed quote lets a Cookie value run
 * on), so anything found then is mapped back onto the original and the whole is masked again, until nothing more
 * is found. This is what makes redaction idempotent and findings always point into the original text.
 */
export function redact(text: string, options: RedactOptions): { text: string; findings: RedactionFinding[] } {
  if (!text) return { text, findings: [] };
  let candidates = candidatesIn(text, options);
  if (candidates.length === 0) return { text, findings: [] };
  let applied = apply(text, candidates);
  for (let round = 0; round < 4; round++) {
    const more = candidatesIn(applied.text, options);
    if (more.length === 0) break;
    candidates = [...candidates, ...more.map((c) => mapBack(c, applied.edits))];
    applied = apply(text, candidates);
  }
  return { text: applied.text, findings: applied.findings };
}

// ── records ────────────────────────────────────────────────────────────────────────────────────────────────────

/** Header names whose whole value is a credential: masked whole, never scanned. */
const SENSITIVE_HEADERS: Record<string, RedactionKind> = {
  authorization: 'authorization',
  'proxy-authorization': 'authorization',
  cookie: 'cookie',
  'set-cookie': 'cookie',
  'api-key': 'api-key',
  'x-api-key': 'api-key',
  'x-goog-api-key': 'api-key',
  'ocp-apim-subscription-key': 'api-key',
  'x-auth-token': 'bearer',
  'x-csrf-token': 'session-token',
  'openai-sentinel-token': 'session-token',
  'openai-sentinel-chat-requirements-token': 'session-token',
  'openai-sentinel-proof-token': 'session-token',
  'oai-device-id': 'session-token',
  'x-xsrf-token': 'session-token',
  'x-key': 'api-key',
  'mj-api-secret': 'api-key',
  'x-amz-security-token': 'session-token',
};

/** Whether a header's whole value is a credential (and so masked whole). */
export function isSensitiveHeader(name: string): boolean {
  return Object.hasOwn(SENSITIVE_HEADERS, name.toLowerCase());
}

/** The mask for a sensitive header's whole value; an Authorization scheme word stays readable. */
export function maskHeaderValue(name: string, value: string): string {
  return maskHeader(name, value).masked;
}

function maskHeader(name: string, value: string): { kind: RedactionKind; masked: string } {
  const headerKind = SENSITIVE_HEADERS[name.toLowerCase()] ?? 'secret-field';
  const v = value.trim();
  if (headerKind === 'authorization') {
    const m = new RegExp(`^(${ANY_SCHEME})\\s+(\\S[\\s\\S]*)$`, 'i').exec(v);
    if (m) {
      const kind = keyKind(m[2]!) ?? (m[1]!.toLowerCase() === 'bearer' ? 'bearer' : 'authorization');
      return { kind, masked: `${m[1]} ${maskSecret(kind, m[2]!)}` };
    }
  }
  const kind = keyKind(v) ?? headerKind;
  return { kind, masked: maskSecret(kind, v) };
}

/** 'api-key' when the value is exactly a recognisable API key. */
function keyKind(value: string): RedactionKind | undefined {
  const v = value.trim();
  const hit = REDACTION_RULES.some((r) => {
    if (r.kind !== 'api-key' || r.id.endsWith('assignment')) return false;
    const m = new RegExp(`^(?:${r.pattern.source})$`, r.pattern.flags.replace('g', '')).exec(v);
    return !!m && (!r.accept || r.accept(m.groups?.v ?? v, m, 0));
  });
  return hit ? 'api-key' : undefined;
}

/**
 * Fields that hold labels, keys or machine values written by Limit Lens itself: never scanned (redacting them
 * could only break the record). Everything else that is a string is scanned, including fields added later.
 */
const LABEL_FIELDS = new Set([
  'id', 'owner', 'action', 'bucket', 'site', 'groupKey', 'layer', 'kinds', 'confidence', 'source', 'provider',
  'at', 'resetAt', 'feature_name', 'reset_after', 'truncated', 'possiblyPassed',
]);

/**
 * A short stable one-way key for an occurrence key (two 53-bit hashes). Used when conversation ids are masked:
 * occurrence keys can contain the conversation id (`text:<conversation>:<hash>`), but import still needs them
 * to find duplicates, so they are replaced by their hash and import compares hashes (see planImport).
 */
export function hashOccurrenceKey(key: string): string {
  if (key.startsWith('h:')) return key;
  return `h:${cyrb53(key, 0x9e3779b1).toString(36)}${cyrb53(key, 0x85ebca6b).toString(36)}`;
}

function cyrb53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Redacts every free-text field of a stop record (visible text, evidence text, header values, URL and endpoint,
 * classifier reasons, stated resets…), deep and without mutating the input. Header values of credential headers
 * (authorization, cookie, set-cookie, api-key…) are masked whole; header names never change. With
 * options.conversationIds the record's conversationId is masked, wherever it appears, and occurrence keys are
 * replaced by their hashes.
 */
export function redactRecord<R extends StopRecord>(record: R, options: RedactOptions): { record: R; findings: RedactionFinding[] } {
  const findings: RedactionFinding[] = [];
  const known = [...(options.knownConversationIds ?? []), ...(record.conversationId ? [record.conversationId] : [])];
  const opts: RedactOptions = { conversationIds: options.conversationIds, knownConversationIds: known };

  const scan = (value: string, field: string): string => {
    const r = redact(value, opts);
    for (const f of r.findings) findings.push({ ...f, field });
    return r.text;
  };

  const walk = (value: unknown, field: string, key: string): unknown => {
    if (typeof value === 'string') return LABEL_FIELDS.has(key) ? value : scan(value, field);
    if (Array.isArray(value)) {
      if (LABEL_FIELDS.has(key)) return [...value];
      return value.map((v, i) => walk(v, `${field}[${i}]`, key));
    }
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const path = field ? `${field}.${k}` : k;
        if (field === 'evidence' && k === 'headers' && v && typeof v === 'object') {
          out[k] = walkHeaders(v as Record<string, unknown>, path);
        } else if (field === '' && k === 'conversationId' && typeof v === 'string') {
          out[k] = options.conversationIds ? maskConversationField(v, path) : v;
        } else if (field === '' && k === 'occurrenceKeys' && Array.isArray(v)) {
          out[k] = options.conversationIds ? v.map((x) => (typeof x === 'string' ? hashOccurrenceKey(x) : x)) : [...v];
        } else {
          out[k] = walk(v, path, k);
        }
      }
      return out;
    }
    return value;
  };

  const maskConversationField = (v: string, path: string): string => {
    const masked = maskConversationId(v);
    if (v) findings.push({ kind: 'conversation-id', original: v, masked, index: 0, field: path });
    return masked;
  };

  const walkHeaders = (headers: Record<string, unknown>, path: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [name, v] of Object.entries(headers)) {
      const field = `${path}.${name}`;
      if (typeof v !== 'string') out[name] = v;
      else if (isSensitiveHeader(name) && v.trim() !== '' && !isMaskedAlready(v)) {
        const { kind, masked } = maskHeader(name, v);
        findings.push({ kind, original: v, masked, index: 0, field });
        out[name] = masked;
      } else out[name] = scan(v, field);
    }
    return out;
  };

  return { record: walk(record, '', '') as R, findings };
}

export interface RedactionPreview {
  /** Every finding, with the index of the record it belongs to. */
  findings: (RedactionFinding & { record: number })[];
  /** How many of each kind. */
  counts: Partial<Record<RedactionKind, number>>;
}

/** What an export would mask, for the preview shown before anything is saved. */
export function previewRedaction(records: readonly StopRecord[], options: RedactOptions): RedactionPreview {
  const findings: RedactionPreview['findings'] = [];
  const counts: RedactionPreview['counts'] = {};
  records.forEach((r, i) => {
    for (const f of redactRecord(r, options).findings) {
      findings.push({ ...f, record: i });
      counts[f.kind] = (counts[f.kind] ?? 0) + 1;
    }
  });
  return { findings, counts };
}
