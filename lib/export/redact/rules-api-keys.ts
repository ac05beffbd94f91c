/**
 * Redaction rules for API keys with a known shape (OpenAI, OpenRouter, Anthropic, Google, AWS, …): the key itself is
 * recognisable wherever it appears. Part of REDACTION_RULES (lib/export/redact/rules.ts), whose order they keep.
 */
import type { RedactionRule } from './kinds.ts';
import { B, hasDigit, looksLikeCredential, PLACEHOLDER, Q, rx, TOKEN, UUID } from './patterns.ts';

export const API_KEY_RULES: readonly RedactionRule[] = [
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
      `${B}(?<v>gsk_[A-Za-z0-9]{40,}|xai-[A-Za-z0-9]{40,}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}|` +
        `AKIA[0-9A-Z]{16}(?![A-Za-z0-9])|xox[abprs]-[A-Za-z0-9-]{10,})`,
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
      `(?<![A-Za-z0-9])(?:(?:[A-Za-z0-9]{1,32}[-_]){0,4}api[-_]?(?:key|secret)|(?:ocp-apim-)` +
        `?subscription[-_]key|x-key)${Q}\\s*[:=]\\s*${Q}(?<v>${TOKEN}{16,})`,
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
];
