/**
 * The redaction rules, as data: the shape of each secret or identifier, in context.
 * Part of lib/export/redact.ts (how redaction works, and the mask format, are described there).
 */
import type { RedactionRule } from './kinds.ts';
import {
  acceptEmail,
  ANY_SCHEME,
  AUTH_SCHEMES,
  B,
  COOKIE_SEP,
  COOKIE_VALUE,
  CREDENTIAL_HEADER_NAMES,
  hasDigit,
  localPartStart,
  looksLikeCredential,
  looksLikeId,
  nameValueRules,
  PLACEHOLDER,
  Q,
  rx,
  SESSION_COOKIE_NAMES,
  TOKEN,
  UUID,
} from './patterns.ts';

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
    hints: [
      'api-key',
      'api_key',
      'apikey',
      'api-secret',
      'api_secret',
      'apisecret',
      'subscription-key',
      'subscription_key',
      'x-key',
    ],
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
    pattern: rx(
      `(?<![A-Za-z0-9_])[A-Z][A-Z0-9]{0,31}(?:_[A-Z0-9]{1,32}){0,4}_(?:KEY|TOKEN|SECRET|PASSWORD)\\s*=\\s*${Q}(?<v>${TOKEN}{8,})`,
    ),
    mask: 'secret',
    accept: looksLikeCredential,
    note: 'Environment-style assignments pasted from scripts: FAL_KEY=…, REPLICATE_API_TOKEN=…, HF_TOKEN=….',
  },
  {
    id: 'aws-secret-assignment',
    kind: 'api-key',
    hints: [
      'secret_access_key',
      'secretaccesskey',
      'session_token',
      'sessiontoken',
      'security_token',
      'securitytoken',
      'security-token',
    ],
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
    pattern: rx(
      `(?<![A-Za-z0-9_])[a-z][a-z0-9]{0,31}(?:_[a-z0-9]{1,32}){0,4}_(?:key|token|secret|password)\\s*=\\s*${Q}(?<v>${TOKEN}{8,})`,
    ),
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
    pattern: rx(
      `(?<![A-Za-z0-9_-])(?:password|passwd|pwd|client[-_]secret)(?<sep>\\s*[:=]\\s*)(?<v>[^\\s&"'\\\\,;<>]{4,256})`,
      'i',
    ),
    mask: 'secret',
    // A shell's PWD=/home/jane is a directory, not a password.
    accept: (v, m) =>
      !PLACEHOLDER.test(v) && !/^[/~.]/.test(v) && (m.groups?.sep?.includes('=') || looksLikeCredential(v)),
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
      "found; never starting on the letter of a JSON escape such as \\n). Kept: a vendor's role mailbox (support@openai.com, billing@openrouter.ai), and file " +
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
