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
 *
 * Parts (lib/export/redact/): kinds.ts (kinds and shapes), patterns.ts (pattern pieces), rules.ts (the rules),
 * scanner.ts (candidates, merging, masks), record.ts (a whole stop record, the export preview).
 */
export * from './redact/kinds.ts';
export { REDACTION_RULES } from './redact/rules.ts';
export * from './redact/scanner.ts';
export * from './redact/record.ts';
