/**
 * The scan: every rule on the original text, overlapping candidates merged into one span, each span masked.
 * Part of lib/export/redact.ts (how redaction works, and the mask format, are described there).
 */
import type { MaskStyle, RedactionFinding, RedactionKind, RedactOptions } from './kinds.ts';
import { splitAddress } from './patterns.ts';
import { REDACTION_RULES } from './rules.ts';

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
  'sk-ant-admin01-',
  'sk-ant-api03-',
  'sk-svcacct-',
  'github_pat_',
  'sk-or-v1-',
  'sk-admin-',
  'sk-proj-',
  'sk-None-',
  'sk_live_',
  'rk_live_',
  'sk_test_',
  'sk-ant-',
  'AIza',
  'AKIA',
  'gsk_',
  'xai-',
  'ghp_',
  'gho_',
  'ghu_',
  'ghs_',
  'ghr_',
  'hf_',
  'r8_',
  'tgp_v1_',
  'GOCSPX-',
  'ASIA',
  'sk-',
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
export const isMaskedAlready = (v: string): boolean =>
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
        out.push({
          start: m.index,
          end: m.index + id.length,
          kind: 'conversation-id',
          style: 'conversation',
          order: REDACTION_RULES.length,
        });
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
        (width === bestWidth &&
          (KIND_PRIORITY[c.kind] > KIND_PRIORITY[best.kind] ||
            (KIND_PRIORITY[c.kind] === KIND_PRIORITY[best.kind] && c.order < best.order)))
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
  return {
    ...c,
    start: toOriginal(c.start, false),
    end: toOriginal(c.end, true),
    style: touchesMask ? 'secret' : c.style,
  };
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
