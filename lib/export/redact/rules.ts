/**
 * The redaction rules, as data: the shape of each secret or identifier, in context.
 * Part of lib/export/redact.ts (how redaction works, and the mask format, are described there).
 */
import type { RedactionRule } from './kinds.ts';
import { API_KEY_RULES } from './rules-api-keys.ts';
import { CREDENTIAL_RULES } from './rules-credentials.ts';
import { IDENTIFIER_RULES } from './rules-identifiers.ts';

/**
 * The rules, as data, by family (one file each). Order matters only for ties (same span, same width, same kind
 * priority): earlier wins.
 */
export const REDACTION_RULES: readonly RedactionRule[] = [...API_KEY_RULES, ...CREDENTIAL_RULES, ...IDENTIFIER_RULES];
