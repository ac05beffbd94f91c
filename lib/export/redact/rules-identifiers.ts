/**
 * Redaction rules for identifiers: personal ones (e-mail addresses) partially masked, and conversation ids only when
 * the user asks for them. Part of REDACTION_RULES (lib/export/redact/rules.ts), whose order they keep.
 */
import type { RedactionRule } from './kinds.ts';
import { acceptEmail, B, localPartStart, looksLikeId, Q, rx, UUID } from './patterns.ts';

export const IDENTIFIER_RULES: readonly RedactionRule[] = [
  // ── personal identifiers: partially masked ─────────────────────────────────────────────────────────────────
  {
    id: 'email',
    kind: 'email',
    hints: ['@', '%40'],
    pattern: rx(
      `(?<!\\\\)(?<v>[A-Za-z0-9._%+-]{1,64}(?:@|%40)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])` +
        `?\\.){1,8}[A-Za-z]{2,24})(?![A-Za-z0-9-])`,
    ),
    mask: 'email',
    accept: acceptEmail,
    widenStart: localPartStart,
    overlapping: true,
    note:
      'E-mail addresses, also percent-encoded (jane.doe%40example.com) (the last 64 characters before ' +
      'the @ at most, so an address glued to a long token is still ' +
      'found; never starting on the letter of a JSON escape such as \\n' +
      "). Kept: a vendor's role mailbox (support@openai.com, billing@openrouter.ai), and file " +
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
