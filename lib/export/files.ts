/**
 * Export files: their kinds, MIME types and names, and the evidence bundle (a zip of the Markdown packet, the JSON
 * export and the screenshots). Pure: the page that saves a file owns the Blob and the download.
 * Moved from lib/evidence/screenshot.ts, so the background (which takes screenshots) does not bundle fflate.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { isJpegDataUrl } from '../evidence/screenshot.ts';

export type ExportFileKind = 'json' | 'csv' | 'md' | 'zip';

export const EXPORT_MIME: Record<ExportFileKind, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  zip: 'application/zip',
};

/** `limit-lens-2026-11-27-1200.json`; one stop: `limit-lens-stop-42-2026-11-27-1200.md`; a bundle `…-evidence.zip`. */
export function exportFileName(kind: ExportFileKind, now: Date | number, stopId?: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
  const who = stopId !== undefined ? `stop-${stopId}-` : '';
  return `limit-lens-${who}${stamp}${kind === 'zip' ? '-evidence' : ''}.${kind}`;
}

export interface BundleInput {
  /** The Markdown incident packet and the JSON export, exactly as the single-file exports write them. */
  packetMarkdown: string;
  json: string;
  /** Pictures with the position of their stop in the export (1-based, as the packet numbers its sections). */
  screenshots: { stopNumber: number; takenAt: number; dataUrl: string }[];
}

/** Entry names inside the bundle: `packet.md`, `stops.json`, `screenshots/stop-1-1.jpg`… */
export function bundleEntries(input: BundleInput): { name: string; data: Uint8Array; compress: boolean }[] {
  const perStop = new Map<number, number>();
  const images = input.screenshots.flatMap((s) => {
    if (!isJpegDataUrl(s.dataUrl)) return [];
    const n = (perStop.get(s.stopNumber) ?? 0) + 1;
    perStop.set(s.stopNumber, n);
    return [
      {
        name: `screenshots/stop-${s.stopNumber}-${n}.jpg`,
        data: base64ToBytes(s.dataUrl.slice(s.dataUrl.indexOf(',') + 1)),
        compress: false,
      },
    ];
  });
  return [
    { name: 'packet.md', data: strToU8(input.packetMarkdown), compress: true },
    { name: 'stops.json', data: strToU8(input.json), compress: true },
    ...images,
  ];
}

/** The zip itself. JPEGs are stored as they are (already compressed); text is deflated. */
export function buildEvidenceBundle(input: BundleInput, now: Date | number): Uint8Array {
  const mtime = new Date(now);
  const files: Zippable = {};
  for (const e of bundleEntries(input)) files[e.name] = [e.data, { level: e.compress ? 6 : 0, mtime }];
  return zipSync(files);
}

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
