/**
 * The incident packet: one Markdown section per stop, ready to paste into a support ticket (docs/domain.md, "The
 * incident packet"; docs/export-format.md, "Markdown"). Every value says where it came from, because sources can
 * disagree and support needs to know which one was read.
 *
 * Never includes API tier tables or tier figures: the packet is evidence about one stop, not advice about tiers.
 *
 * Escaping. Values in table cells are inline code spans (fence longer than any backtick run inside) or escaped
 * prose; `|` is always written `\|` and line breaks become `<br>`, so a cell can never break the table. The exact
 * text is in fenced blocks whose fence is longer than any backtick run in the text.
 */
import type { ResetInfo } from '../domain/labels.ts';
import { explain } from '../explain/explain.ts';
import {
  LOCALES,
  MARKDOWN_PACKET_STRINGS,
  type MarkdownPacketStrings,
  STRINGS,
  type UiLocale,
} from '../i18n/strings.ts';
import type { StopRecord } from '../domain/shapes.ts';
import { redact, redactRecord, type RedactOptions } from './redact.ts';

export interface MarkdownOptions {
  redact: boolean;
  conversationIds?: boolean;
  locale: UiLocale;
  now: Date | number;
  /** IANA zone for the "local" times (default: the runtime's zone, i.e. the user's browser). */
  timeZone?: string;
}

/** Fenced text longer than this is cut in the packet (the JSON export keeps all of it). */
export const PACKET_TEXT_MAX = 12_000;

// ── escaping ───────────────────────────────────────────────────────────────────────────────────────────────────

/** Zero-width space: breaks a mention or a code fence without changing what a reader sees. */
const ZWSP = '\u200b';

/**
 * Prose inside a table cell or a heading: Markdown punctuation escaped, `|` escaped, line breaks as <br>, and an
 * `@name` broken with a zero-width space (GitHub pings `@name` in prose whatever escapes it; not in code).
 */
export function escapeCell(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#~|]/g, (c) => `\\${c}`)
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** A value as an inline code span that survives a table: fence longer than any backtick run, `|` escaped. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  if (flat === '') return '';
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/**
 * A fenced code block whose fence is longer than any backtick run inside (at least three). Runs of three or more
 * backticks inside are broken with zero-width spaces as well: Slack only knows the ``` fence, and a ``` in the
 * evidence would end its block early however long ours is.
 */
export function fencedBlock(text: string, info = 'text'): string {
  const body = text.replace(/\r\n|\r/g, '\n').replace(/`{3,}/g, (run) => run.split('').join(ZWSP));
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}${info}\n${body}${body.endsWith('\n') ? '' : '\n'}${fence}`;
}

function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

// ── extraction ─────────────────────────────────────────────────────────────────────────────────────────────────

const MODEL = /(?<![A-Za-z0-9_-])(?:gpt-image|chatgpt-image|dall-e|gpt|imagen)-[A-Za-z0-9][A-Za-z0-9.-]{0,40}/gi;
const ORG = /(?<![A-Za-z0-9_-])org-[A-Za-z0-9]{12,64}(?![A-Za-z0-9_-])/g;
const PROJECT = /(?<![A-Za-z0-9_-])proj_[A-Za-z0-9]{12,64}(?![A-Za-z0-9_-])/g;
const REQUEST_ID_TEXT = /(?<![A-Za-z0-9_])req_[A-Za-z0-9]{8,64}|(?<=request ID )[0-9a-f]{16,64}/gi;
const REQUEST_ID_HEADERS = [
  'x-request-id',
  'request-id',
  'openai-request-id',
  'apim-request-id',
  'x-ms-request-id',
  'cf-ray',
];
const SIZE = /"size"\s*:\s*"(\d{2,5}x\d{2,5}|auto)"/;
const QUALITY = /"quality"\s*:\s*"(low|medium|high|hd|standard|auto)"/;

function distinct(values: Iterable<string>, max = 5): string[] {
  return [...new Set(values)].slice(0, max);
}

/** Model ids mentioned in the evidence, image models first (gpt-image-2, dall-e-3, then gpt-4o, gpt-5-6…). */
export function modelsIn(text: string): string[] {
  const found = [...text.matchAll(MODEL)].map((m) => m[0].replace(/[.-]+$/, '')).filter((m) => /\d/.test(m));
  const isImage = (m: string) => /image|dall-e|imagen/i.test(m);
  return distinct([...found.filter(isImage), ...found.filter((m) => !isImage(m))]);
}

interface Sourced {
  value: string;
  source: string;
}

function idsFrom(record: StopRecord, re: RegExp, headerNames: string[], s: MarkdownPacketStrings): Sourced[] {
  const out: Sourced[] = [];
  for (const [name, value] of Object.entries(record.evidence.headers ?? {})) {
    if (!headerNames.includes(name.toLowerCase())) continue;
    for (const m of value.matchAll(re)) out.push({ value: m[0], source: s.src.header(name) });
  }
  for (const text of [record.evidence.text, record.visibleText ?? '']) {
    for (const m of text.matchAll(re)) out.push({ value: m[0], source: s.src.evidenceText });
  }
  const seen = new Set<string>();
  return out.filter((x) => !seen.has(x.value) && !!seen.add(x.value)).slice(0, 5);
}

function requestIds(record: StopRecord, s: MarkdownPacketStrings): Sourced[] {
  const out: Sourced[] = [];
  for (const [name, value] of Object.entries(record.evidence.headers ?? {})) {
    if (REQUEST_ID_HEADERS.includes(name.toLowerCase()) && value) out.push({ value, source: s.src.header(name) });
  }
  for (const m of record.evidence.text.matchAll(REQUEST_ID_TEXT)) out.push({ value: m[0], source: s.src.evidenceText });
  const seen = new Set<string>();
  return out.filter((x) => !seen.has(x.value) && !!seen.add(x.value)).slice(0, 3);
}

// ── rendering ──────────────────────────────────────────────────────────────────────────────────────────────────

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: UiLocale, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    const tag = LOCALES[locale].language.tag;
    try {
      f = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'long', ...(timeZone ? { timeZone } : {}) });
    } catch {
      f = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'long' }); // an unknown zone: the runtime's
    }
    formatters.set(key, f);
  }
  return f;
}

function formatTime(ms: number | string, locale: UiLocale, timeZone: string | undefined): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return codeSpan(String(ms));
  return `${codeSpan(d.toISOString())} (${escapeCell(formatter(locale, timeZone).format(d))})`;
}

function resetSource(r: ResetInfo): string {
  return `${codeSpan(r.source)}${r.stated ? ` (${codeSpan(r.stated)})` : ''}`;
}

function row(field: string, value: string, source = ''): string {
  return `| ${escapeCell(field)} | ${value || '—'} | ${source} |`;
}

function stopSection(original: StopRecord, index: number, options: MarkdownOptions): string {
  const s = MARKDOWN_PACKET_STRINGS[options.locale];
  const ui = STRINGS[options.locale];
  const conversationIds = options.redact && !!options.conversationIds;
  const redactOpts: RedactOptions = {
    conversationIds,
    knownConversationIds: original.conversationId ? [original.conversationId] : [],
  };
  const r = options.redact ? redactRecord(original, redactOpts).record : original;
  /** Values extracted from the original record are masked the same way as the record itself. */
  const shown = (v: string) => (options.redact ? redact(v, redactOpts).text : v);
  const c = r.classification;
  const now = new Date(options.now).getTime();
  const tz = options.timeZone;
  const lines: string[] = [];

  lines.push(`## ${index + 1}. ${escapeCell(ui.owners[r.owner])}: ${escapeCell(ui.buckets[r.bucket])}`, '');
  lines.push(`| ${s.field} | ${s.value} | ${s.source} |`, '|---|---|---|');
  lines.push(
    row(
      s.owner,
      `${escapeCell(ui.owners[r.owner])} · ${codeSpan(r.owner)}`,
      escapeCell(s.src.classifier(ui.confidence[c.confidence])),
    ),
  );
  lines.push(row(s.ranOut, `${escapeCell(ui.buckets[r.bucket])} · ${codeSpan(r.bucket)}`, escapeCell(s.src.plain)));
  if (c.provider) lines.push(row(s.provider, codeSpan(c.provider), escapeCell(s.src.plain)));
  if (r.evidence.layer === 'manual') {
    lines.push(row(s.page, escapeCell(s.pasted(r.url.replace(/^manual:/, ''))), escapeCell(s.src.capture)));
  } else if (r.url) {
    lines.push(row(s.page, codeSpan(r.url), escapeCell(s.src.pageAddress)));
  }
  if (r.evidence.endpoint) lines.push(row(s.endpoint, codeSpan(r.evidence.endpoint), escapeCell(s.src.request)));
  const models = modelsIn(`${r.evidence.text}\n${r.visibleText ?? ''}`);
  if (models.length) lines.push(row(s.model, models.map(codeSpan).join(', '), escapeCell(s.src.evidenceText)));
  for (const [label, ids] of [
    [s.organization, idsFrom(original, ORG, ['openai-organization'], s)],
    [s.project, idsFrom(original, PROJECT, ['openai-project'], s)],
    [s.requestId, requestIds(original, s)],
  ] as const) {
    if (ids.length) {
      lines.push(
        row(
          label,
          ids.map((x) => codeSpan(shown(x.value))).join(', '),
          escapeCell([...new Set(ids.map((x) => x.source))].join(', ')),
        ),
      );
    }
  }
  const size = SIZE.exec(r.evidence.text)?.[1];
  const quality = QUALITY.exec(r.evidence.text)?.[1];
  if (size) lines.push(row(s.imageSize, codeSpan(size), escapeCell(s.src.evidenceText)));
  if (quality) lines.push(row(s.quality, codeSpan(quality), escapeCell(s.src.evidenceText)));
  if (r.evidence.status !== undefined)
    lines.push(row(s.httpStatus, codeSpan(String(r.evidence.status)), escapeCell(s.src.response)));

  const reset = c.reset;
  if (reset) {
    const notes: string[] = [];
    if (reset.inSeconds !== undefined) notes.push(`${reset.inSeconds} s`);
    if (reset.possiblyPassed) notes.push(s.possiblyPassed);
    if (reset.at && Date.parse(reset.at) < now) notes.push(s.alreadyPassed);
    const when = reset.at ? formatTime(reset.at, options.locale, tz) : codeSpan(reset.stated);
    lines.push(row(s.reset, `${when}${notes.length ? ` — ${escapeCell(notes.join('; '))}` : ''}`, resetSource(reset)));
  } else {
    lines.push(row(s.reset, escapeCell(s.noReset)));
  }
  const others = (c.resets ?? []).filter(
    (x) => x !== reset && !(reset && x.source === reset.source && x.at === reset.at && x.stated === reset.stated),
  );
  if (others.length) {
    const values = others.map(
      (x) =>
        `${x.at ? codeSpan(x.at) : x.inSeconds !== undefined ? codeSpan(`${x.inSeconds} s`) : codeSpan(x.stated)} — ${resetSource(x)}`,
    );
    lines.push(row(s.otherResets, values.join('<br>'), escapeCell(s.src.plain)));
  }
  lines.push(row(s.retries, escapeCell(s.retriesValue(r.count)), escapeCell(s.src.merged)));
  lines.push(row(s.firstSeen, formatTime(r.firstSeenAt, options.locale, tz), escapeCell(s.src.capture)));
  if (r.lastSeenAt !== r.firstSeenAt)
    lines.push(row(s.lastSeen, formatTime(r.lastSeenAt, options.locale, tz), escapeCell(s.src.capture)));
  lines.push(row(s.capturedFrom, escapeCell(s.layers[r.evidence.layer]), escapeCell(s.src.capture)));
  if (r.evidence.kinds.length)
    lines.push(row(s.signals, r.evidence.kinds.map(codeSpan).join(', '), escapeCell(s.src.capture)));

  const headers = Object.entries(r.evidence.headers ?? {});
  if (headers.length) {
    lines.push('', `### ${s.headers}`, '', `| ${s.header} | ${s.value} |`, '|---|---|');
    for (const [name, value] of headers) lines.push(`| ${codeSpan(name)} | ${codeSpan(value) || '—'} |`);
  }

  // Text-only captures (the rendered page, or a paste) hold what the user saw in the evidence itself.
  const saw =
    r.visibleText ?? (r.evidence.layer === 'dom' || r.evidence.layer === 'manual' ? r.evidence.text : undefined);
  lines.push('', `### ${s.whatSaw}`, '');
  lines.push(saw ? capped(saw, s) : escapeCell(s.noVisibleText));
  if (r.evidence.text && r.evidence.text.trim() !== (saw ?? '').trim()) {
    lines.push('', `### ${s.evidence}`, '', capped(r.evidence.text, s));
    if (r.evidence.truncated) lines.push('', escapeCell(s.evidenceTruncated));
  }

  if (c.reasons.length) {
    lines.push('', `### ${s.why}`, '');
    for (const reason of c.reasons) lines.push(`- ${escapeCell(reason)}`);
  }

  const advice = explain(c, ui);
  lines.push(
    '',
    `### ${s.next}`,
    '',
    `**${escapeCell(advice.action)}** (${codeSpan(r.action)}): ${escapeCell(advice.actionDetail)}`,
  );
  return lines.join('\n');
}

function capped(text: string, s: MarkdownPacketStrings): string {
  if (text.length <= PACKET_TEXT_MAX) return fencedBlock(text);
  let cut = PACKET_TEXT_MAX;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${fencedBlock(text.slice(0, cut))}\n\n${escapeCell(s.truncated(text.length))}`;
}

/** The incident packet for one stop, a selection or everything. */
export function toMarkdownPacket(records: readonly StopRecord[], options: MarkdownOptions): string {
  const s = MARKDOWN_PACKET_STRINGS[options.locale];
  const head = [
    `# ${s.title}`,
    '',
    `${s.exported}: ${formatTime(new Date(options.now).getTime(), options.locale, options.timeZone)} · ${s.stops(records.length)}`,
    '',
    `> ${escapeCell(options.redact ? s.redactedNote(!!options.conversationIds) : s.notRedactedNote)}`,
  ].join('\n');
  const sections = records.map((r, i) => stopSection(r, i, options));
  return `${[head, ...sections].join('\n\n---\n\n')}\n`;
}
