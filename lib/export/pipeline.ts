/**
 * The history page's export, apart from the page: the redaction preview made in chunks (so a large export never
 * freezes the page), and one file built from the chosen stops in the chosen format. Pure: the page fetches the
 * stops, shows the preview and saves the bytes.
 */
import type { ScreenshotRecord, StopRecord } from '../domain/shapes.ts';
import type { UiLocale } from '../i18n/strings.ts';
import { toCsv } from './csv.ts';
import { buildEvidenceBundle, type ExportFileKind, exportFileName } from './files.ts';
import { EXPORT_LIMITS, toExportJson } from './json.ts';
import { toMarkdownPacket } from './markdown.ts';
import { previewRedaction, type RedactionPreview } from './redact.ts';

/** Records previewed per step; the page gets a turn between steps. */
const PREVIEW_CHUNK = 200;

/** Yields to the page between chunks of work. */
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What an export of `records` would mask, computed PREVIEW_CHUNK records at a time. */
export async function previewRedactionInChunks(
  records: readonly StopRecord[],
  conversationIds: boolean,
  pause: () => Promise<void> = nextTick,
): Promise<RedactionPreview> {
  const all: RedactionPreview = { findings: [], counts: {} };
  for (let i = 0; i < records.length; i += PREVIEW_CHUNK) {
    const part = previewRedaction(records.slice(i, i + PREVIEW_CHUNK), { conversationIds });
    for (const f of part.findings) all.findings.push({ ...f, record: f.record + i });
    for (const [k, n] of Object.entries(part.counts))
      all.counts[k as keyof typeof all.counts] = (all.counts[k as keyof typeof all.counts] ?? 0) + n;
    await pause();
  }
  return all;
}

export interface ExportFileOptions {
  redact: boolean;
  conversationIds: boolean;
  locale: UiLocale;
  now: number;
  appVersion: string;
  /** A JSON file over EXPORT_LIMITS.fileChars is built only once the user confirmed it. */
  confirmedLarge?: boolean;
  /** The JSON size that asks for confirmation (tests pass a smaller one). */
  fileChars?: number;
}

export type ExportFile =
  | { ok: true; data: string | Uint8Array<ArrayBuffer>; name: string }
  | { ok: false; tooLarge: { chars: number; limitChars: number } };

/**
 * The file for `kind`: the JSON export, the CSV table, the Markdown packet, or the evidence zip (packet, JSON and
 * the screenshots numbered by their stop's place in the export). Named by exportFileName (one stop: its id).
 */
export function buildExportFile(
  kind: ExportFileKind,
  records: readonly StopRecord[],
  screenshots: readonly ScreenshotRecord[],
  options: ExportFileOptions,
): ExportFile {
  const { now, locale } = options;
  const redaction = { redact: options.redact, conversationIds: options.redact && options.conversationIds };
  const stopId = records.length === 1 ? records[0]!.id : undefined;
  const json = () => toExportJson(records, { ...redaction, now, appVersion: options.appVersion });
  const markdown = () => toMarkdownPacket(records, { ...redaction, locale, now });
  let data: string | Uint8Array<ArrayBuffer>;
  if (kind === 'json') {
    const text = json();
    const limitChars = options.fileChars ?? EXPORT_LIMITS.fileChars;
    if (text.length > limitChars && !options.confirmedLarge) {
      return { ok: false, tooLarge: { chars: text.length, limitChars } };
    }
    data = text;
  } else if (kind === 'csv') data = toCsv(records, redaction);
  else if (kind === 'md') data = markdown();
  else {
    const numberOf = new Map(records.map((r, i) => [r.id, i + 1]));
    const pictures = screenshots.flatMap((s) => {
      const stopNumber = numberOf.get(s.stopId);
      return stopNumber ? [{ stopNumber, takenAt: s.takenAt, dataUrl: s.dataUrl }] : [];
    });
    data = buildEvidenceBundle(
      { packetMarkdown: markdown(), json: json(), screenshots: pictures },
      now,
    ) as Uint8Array<ArrayBuffer>;
  }
  return { ok: true, data, name: exportFileName(kind, now, stopId) };
}
