/**
 * Redacting a whole stop record: headers masked whole by name, every text field scanned, labels left alone.
 * Part of lib/export/redact.ts (how redaction works, and the mask format, are described there).
 */
import type { StopRecord } from '../../domain/shapes.ts';
import type { RedactionFinding, RedactionKind, RedactOptions } from './kinds.ts';
import { ANY_SCHEME } from './patterns.ts';
import { REDACTION_RULES } from './rules.ts';
import { isMaskedAlready, maskConversationId, maskSecret, redact } from './scanner.ts';
import { hashOccurrenceKey } from '../occurrence-key.ts';

// Redacted exports hash occurrence keys; import compares hashes (lib/export/occurrence-key.ts).
export { hashOccurrenceKey };

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
  'id',
  'owner',
  'action',
  'bucket',
  'site',
  'groupKey',
  'layer',
  'kinds',
  'confidence',
  'source',
  'provider',
  'at',
  'resetAt',
  'feature_name',
  'reset_after',
  'truncated',
  'possiblyPassed',
]);

/**
 * Redacts every free-text field of a stop record (visible text, evidence text, header values, URL and endpoint,
 * classifier reasons, stated resets…), deep and without mutating the input. Header values of credential headers
 * (authorization, cookie, set-cookie, api-key…) are masked whole; header names never change. With
 * options.conversationIds the record's conversationId is masked, wherever it appears, and occurrence keys are
 * replaced by their hashes.
 */
export function redactRecord<R extends StopRecord>(
  record: R,
  options: RedactOptions,
): { record: R; findings: RedactionFinding[] } {
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
