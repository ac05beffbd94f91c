/**
 * What redaction can find (the kinds a mask names), and the shapes of a rule, a finding and the options.
 * Part of lib/export/redact.ts (how redaction works, and the mask format, are described there).
 */

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

export type MaskStyle = 'secret' | 'partial-id' | 'email' | 'conversation';

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
