/**
 * Redaction rules for credentials found by their context: headers, cookies, JSON, query and form fields, URLs with
 * signatures. Part of REDACTION_RULES (lib/export/redact/rules.ts), whose order they keep.
 */
import type { RedactionRule } from './kinds.ts';
import {
  ANY_SCHEME,
  AUTH_SCHEMES,
  B,
  COOKIE_SEP,
  COOKIE_VALUE,
  CREDENTIAL_HEADER_NAMES,
  hasDigit,
  looksLikeCredential,
  nameValueRules,
  Q,
  rx,
  SESSION_COOKIE_NAMES,
  TOKEN,
} from './patterns.ts';

export const CREDENTIAL_RULES: readonly RedactionRule[] = [
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
    pattern: rx(`(?<![A-Za-z0-9-])(?:${CREDENTIAL_HEADER_NAMES})${Q}\\s*:\\s*${Q}(?<v>[^\\s"'\\\\,;]{8,4096})`, 'i'),
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
    pattern: rx(
      `(?<![A-Za-z0-9'-])(?:set-)?cookie(?:\\\\{0,7}")?\\s*:\\s*(?:\\\\{0,7}")?(?<v>[^\\r\\n"\\\\]{1,8192})`,
      'i',
    ),
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
    pattern: rx(
      `${B}(?:__Secure-|__Host-)?next-auth\\.(?:session-token|csrf-token)(?:\\.\\d{1,2})?${COOKIE_SEP}(?<v>${COOKIE_VALUE})`,
    ),
    mask: 'secret',
    note:
      'ChatGPT web sessions: __Secure-next-auth.session-token (and its .0/.1 chunks), the CSRF token, written ' +
      'with =, :, a tab, \': \' or ": ".',
  },
  {
    id: 'session-cookie',
    kind: 'cookie',
    hints: [
      '_puid',
      '__cf_bm',
      'cf_clearance',
      '_cfuvid',
      'oai-sc',
      'oai-did',
      '__secure-',
      '__host-',
      'session',
      'connect.sid',
      'phpsessid',
    ],
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
  ...nameValueRules(
    'cookie-export',
    'cookie',
    SESSION_COOKIE_NAMES,
    'Browser cookie exports (EditThisCookie, Playwright storageState): {"name": "_puid", …, "value": "…"}',
  ),
  ...nameValueRules(
    'har-header',
    'session-token',
    CREDENTIAL_HEADER_NAMES,
    'Credential headers in a HAR file or a fetch() copy: {"name": "x-csrf-token", "value": "…"}',
  ),
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
    pattern: rx(
      '-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----(?:[^"\\\\]|\\\\[\\s\\S]){0,16384}?-----END [A-Z ]{0,40}PRIVATE KEY-----',
    ),
    mask: 'secret',
    note: 'PEM private keys pasted with a log (service-account JSON).',
  },
  {
    id: 'secret-field-json',
    kind: 'secret-field',
    hints: ['token', 'secret', 'passw'],
    pattern: rx(
      `"(?:access_?token|refresh_?token|id_?token|session_?token|security_?token|csrf_?token|` +
        `client_?secret|api_?secret|secret|password|passwd|token)"\\s*:\\s*"(?<v>(?:[^"\\\\\\r\\n` +
        `]|\\\\[^\\r\\n]){1,8192})(?:"|$)`,
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
      `(?<bs>\\\\{1,7})"(?:access_?token|refresh_?token|id_?token|session_?token|client_?secret|secret|` +
        `password|passwd|token)\\k<bs>"\\s*:\\s*\\k<bs>"(?<v>[^"\\\\\\r\\n]{1,8192})\\k<bs>"`,
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
      `'(?:access_?token|refresh_?token|id_?token|session_?token|client_?secret|secret|password|passwd|` +
        `token|api_?key)'\\s*:\\s*'(?<v>[^'"\\\\\\r\\n]{1,8192})'`,
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
      `[?&#](?:api[-_]?key|key|access[-_]?token|refresh[-_]?token|id[-_]?token|token|auth|session(?:` +
        `[-_]?token)?|sig|signature|secret|client[-_]?secret|password)=(?<v>[^&#\\s"'\\\\<>]{4,})`,
      'i',
    ),
    mask: 'secret',
    note: 'Credentials in query strings (?key=, ?access_token=, Azure SAS &sig=). Other parameters stay.',
  },
];
