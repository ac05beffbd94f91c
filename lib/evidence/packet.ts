/**
 * The incident packet of a stop (domain.md): an ordered list of fields, each value with where it came from, for a
 * support ticket or a decision (lower concurrency, add a queue, wait, request a higher tier, fix billing). Pure:
 * record in, rows out. Values are the evidence's own text, never translated; the view localises field and source
 * names. A value nothing reported is said to be not reported, never guessed.
 *
 * Organization and project ids are shown as found: masking belongs to export.
 */
import type { StopRecord } from '../domain/shapes.ts';
import { MANUAL_SITE } from './pasted-stop.ts';

export const PACKET_FIELDS = [
  'owner',
  'bucket',
  'action',
  'page',
  'endpoint',
  'model',
  'organization',
  'project',
  'request-size',
  'request-quality',
  'status',
  'body',
  'headers',
  'reset',
  'other-reset',
  'retry-count',
  'monthly-usage',
  'seen-text',
  'first-seen',
  'last-seen',
  'reasons',
] as const;
export type PacketField = (typeof PACKET_FIELDS)[number];

/**
 * - `classifier`: Limit Lens's own reading of the evidence.
 * - `page`: the address of the page where it was seen.
 * - `page-traffic`: the page's own response, read by the extension in the page.
 * - `webrequest`: response headers the extension saw itself (including those CORS hides from the page).
 * - `page-text`: text the page showed.
 * - `pasted`: what the user pasted.
 * - `evidence`: found in the body or text (the detail says where).
 * - `endpoint-path`: found in the request's URL path.
 * - `header`: a response header (the detail names it).
 * - `record`: kept by Limit Lens (sightings, repeats).
 * - `not-reported`: nothing in the evidence states it.
 */
export type PacketSource =
  | 'classifier'
  | 'page'
  | 'page-traffic'
  | 'webrequest'
  | 'page-text'
  | 'pasted'
  | 'evidence'
  | 'endpoint-path'
  | 'header'
  | 'record'
  | 'not-reported';

export interface PacketRow {
  field: PacketField;
  /** The value as found (raw evidence text, an id, an ISO time); empty when not reported. */
  value: string;
  source: PacketSource;
  /** Which header, field, pattern or reset source, in the evidence's own terms. */
  detail?: string;
  truncated?: boolean;
}

/** Kind the background adds when headers came from webRequest (lib/providers/service.ts). */
const WEBREQUEST_HEADERS_KIND = 'webrequest-headers';

export function isPasted(record: Pick<StopRecord, 'site' | 'evidence'>): boolean {
  return record.evidence.layer === 'manual' || record.site === MANUAL_SITE;
}

export function buildPacket(record: StopRecord): PacketRow[] {
  const c = record.classification;
  const pasted = isPasted(record);
  const ev = record.evidence;
  const headers = lowerKeys(ev.headers ?? {});
  const texts = [ev.text, record.visibleText ?? ''].join('\n');
  const rows: PacketRow[] = [];
  const add = (
    field: PacketField,
    value: string | undefined,
    source: PacketSource,
    detail?: string,
    truncated?: boolean,
  ) =>
    rows.push({
      field,
      value: value ?? '',
      source: value ? source : 'not-reported',
      ...(value && detail ? { detail } : {}),
      ...(truncated ? { truncated } : {}),
    });

  add('owner', c.owner, 'classifier', c.provider);
  add('bucket', c.bucket, 'classifier');
  add('action', c.action, 'classifier');
  if (pasted) add('page', undefined, 'pasted');
  else add('page', record.url, 'page');
  add('endpoint', ev.endpoint, pasted ? 'pasted' : 'page-traffic');

  const model = findModel(texts, ev.endpoint);
  add('model', model?.value, model?.source ?? 'evidence', model?.detail);
  const org = findId(
    headers['openai-organization'],
    'openai-organization',
    texts,
    /\borg-(?:[A-Za-z0-9]{1,40}|\*{1,40})(?![A-Za-z0-9*])|\borganization \{\.\.\.\}/,
  );
  add('organization', org?.value, org?.source ?? 'evidence', org?.detail);
  const project = findId(
    headers['openai-project'],
    'openai-project',
    texts,
    /\bproj_(?:[A-Za-z0-9]{1,40}|\*{1,40})(?![A-Za-z0-9*])/,
  );
  add('project', project?.value, project?.source ?? 'evidence', project?.detail);
  const size = firstMatch(texts, SIZE_PATTERNS);
  add('request-size', size?.value, 'evidence', size?.detail);
  const quality = firstMatch(texts, QUALITY_PATTERNS);
  add('request-quality', quality?.value, 'evidence', quality?.detail);

  const statusSource: PacketSource = pasted ? 'pasted' : 'page-traffic';
  add('status', ev.status !== undefined ? String(ev.status) : undefined, statusSource);
  const bodySource: PacketSource = pasted ? 'pasted' : ev.layer === 'dom' ? 'page-text' : 'page-traffic';
  add(
    'body',
    ev.text,
    bodySource,
    ev.kinds.filter((k) => k !== WEBREQUEST_HEADERS_KIND).join(', ') || undefined,
    ev.truncated,
  );
  const headerLines = Object.entries(ev.headers ?? {})
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  const headerSource: PacketSource = pasted
    ? 'pasted'
    : ev.kinds.includes(WEBREQUEST_HEADERS_KIND)
      ? 'webrequest'
      : 'page-traffic';
  add('headers', headerLines || undefined, headerSource);

  const reset = c.reset;
  if (reset) add('reset', resetValue(reset), resetSource(reset.source), `${reset.source} — “${reset.stated}”`);
  else add('reset', undefined, 'evidence');
  for (const r of c.resets ?? []) {
    if (reset && r.source === reset.source && r.at === reset.at && r.stated === reset.stated) continue;
    add('other-reset', resetValue(r), resetSource(r.source), `${r.source} — “${r.stated}”`);
  }
  add('retry-count', String(Math.max(0, record.count - 1)), 'record');
  const monthly = monthlyUsage(c.bucket);
  add('monthly-usage', monthly, 'classifier', monthly ? c.bucket : undefined);
  if (pasted) add('seen-text', ev.text, 'pasted', undefined, ev.truncated);
  else add('seen-text', record.visibleText, 'page-text');
  add('first-seen', new Date(record.firstSeenAt).toISOString(), 'record');
  add('last-seen', new Date(record.lastSeenAt).toISOString(), 'record');
  add('reasons', c.reasons.join('\n'), 'classifier', c.confidence);
  return rows;
}

/** A reset read from a header says so; every other one was read from the body or the text. */
function resetSource(source: string): PacketSource {
  return source.startsWith('header:') ? 'header' : 'evidence';
}

/** Reset values as found: the absolute time when known, else the stated duration. */
function resetValue(r: { at?: string; inSeconds?: number; stated: string }): string {
  if (r.at) return r.at;
  if (r.inSeconds !== undefined) return `${r.inSeconds} s`;
  return r.stated;
}

/** Whether the monthly budget is known to be spent; otherwise not reported (a per-minute 429 says nothing of it). */
function monthlyUsage(bucket: string): string | undefined {
  if (bucket === 'billing-hard-limit') return 'monthly-limit-reached';
  if (bucket === 'billing-quota') return 'quota-or-credits-spent';
  return undefined;
}

interface Found {
  value: string;
  source: PacketSource;
  detail: string;
}

interface Pattern {
  re: RegExp;
  detail: string;
  /** Which capture group holds the value (default 1). */
  group?: number;
  /** The value must look like a model id: a digit, a dash or a slash. */
  modelLike?: boolean;
}

const MODEL_TEXT: Pattern[] = [
  { re: /"model"\s*:\s*"([^"\s]{2,100})"/, detail: 'body "model" field' },
  { re: /'model'\s*:\s*'([^'\s]{2,100})'/, detail: 'body model field' },
  {
    re: /\bYour requests to [\w.-]{1,100} for ([\w.-]{2,100}) in\b/,
    detail: 'Azure "requests to <deployment> for <model>"',
  },
  { re: /\bmodel[:\s]+[`'"]([\w.:/-]{2,100})[`'"]/i, detail: 'text "model `…`"' },
  {
    re: /\brate limit (?:reached|exceeded) for ([\w.:/-]{2,100}?)(?:\.{3}|\s|$)/i,
    detail: 'text "rate limit reached for …"',
    modelLike: true,
  },
  { re: /\bbase model:\s*([\w.-]{2,100})/i, detail: 'text "base model: …"' },
  { re: /\bthis model ([\w.:/-]{2,100})/i, detail: 'text "this model …"', modelLike: true },
  {
    re: /\b(gpt-image-[\w.-]+|dall-e-\d|gpt-[\d.]+[\w.-]*|imagen-[\w.-]+|gemini-[\w.-]+|flux[\w.-]*)\b/i,
    detail: 'a model name in the text',
  },
];

const MODEL_PATH: Pattern[] = [
  { re: /\/deployments\/([\w.-]{1,100})\//, detail: 'Azure deployment in the path' },
  { re: /\/models\/([\w.-]{1,100}):/, detail: 'model in the path' },
  { re: /\/models\/([\w.-]{1,100}\/[\w.-]{1,100})/, detail: 'model in the path' },
  { re: /^https:\/\/(?:queue\.)?fal\.run\/([\w.-]+\/[\w./-]+)$/, detail: 'fal app in the path' },
];

const SIZE_PATTERNS: Pattern[] = [
  { re: /["']size["']\s*:\s*["'](\d{2,5}x\d{2,5}|auto)["']/i, detail: 'body "size" field' },
  { re: /\bsize\b[^\n]{0,20}?\b(\d{2,5}x\d{2,5})\b/i, detail: 'text "size … WxH"' },
];

const QUALITY_PATTERNS: Pattern[] = [
  { re: /["']quality["']\s*:\s*["'](low|medium|high|hd|standard|auto)["']/i, detail: 'body "quality" field' },
  { re: /\bquality\b[\s:='"`]{1,4}(low|medium|high|hd|standard|auto)\b/i, detail: 'text "quality …"' },
];

function firstMatch(text: string, patterns: Pattern[], source: PacketSource = 'evidence'): Found | undefined {
  const head = text.slice(0, 64 * 1024);
  for (const p of patterns) {
    const m = p.re.exec(head);
    // A sentence's full stop is not part of the value.
    const value = m?.[p.group ?? 1]?.replace(/[.,;:]+$/, '');
    if (!value) continue;
    if (p.modelLike && !/[\d/-]/.test(value)) continue;
    return { value, source, detail: p.detail };
  }
  return undefined;
}

function findModel(text: string, endpoint: string | undefined): Found | undefined {
  return firstMatch(text, MODEL_TEXT) ?? (endpoint ? firstMatch(endpoint, MODEL_PATH, 'endpoint-path') : undefined);
}

/** An organization or project id: the response header first (the live truth), else the text; masked forms say so. */
function findId(header: string | undefined, headerName: string, text: string, re: RegExp): Found | undefined {
  if (header) return { value: header, source: 'header', detail: headerName };
  const m = re.exec(text.slice(0, 64 * 1024));
  if (!m) return undefined;
  const value = m[0];
  const masked = /\*|\{\.\.\.\}/.test(value) || value.replace(/^(?:org-|proj_)/, '').length < 8;
  return { value, source: 'evidence', detail: masked ? 'masked or a placeholder in the text' : 'named in the text' };
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) out[k.toLowerCase()] = v;
  return out;
}

/**
 * The published API tier table for the OpenAI direct API (domain.md). A general ceiling with its date: shown only
 * beside an `openai-api` stop, never as the user's own limit (the project's dashboard and headers are the live truth).
 */
export const API_TIER_TABLE = {
  model: 'gpt-image-2',
  checked: '2026-05-05',
  rows: [
    { tier: 'Free', tpm: undefined, ipm: undefined },
    { tier: 'Tier 1', tpm: 100_000, ipm: 5 },
    { tier: 'Tier 2', tpm: 250_000, ipm: 20 },
    { tier: 'Tier 3', tpm: 800_000, ipm: 50 },
    { tier: 'Tier 4', tpm: 3_000_000, ipm: 150 },
    { tier: 'Tier 5', tpm: 8_000_000, ipm: 250 },
  ],
} as const;

/**
 * The table beside an OpenAI API stop about its model, or about an unknown model (then labelled as possibly not
 * applying): never for dall-e-3 or another model it does not describe, and never beside any other owner.
 */
export function tierTableFor(
  record: Pick<StopRecord, 'classification'>,
  model?: string,
): typeof API_TIER_TABLE | undefined {
  if (record.classification.owner !== 'openai-api') return undefined;
  if (model && model.toLowerCase() !== API_TIER_TABLE.model) return undefined;
  return API_TIER_TABLE;
}
