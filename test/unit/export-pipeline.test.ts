/** The history page's export pipeline (lib/export/pipeline.ts): file per kind, its name, the preview in chunks. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { newRecord } from '../../lib/evidence/build-record.ts';
import { buildExportFile, previewRedactionInChunks } from '../../lib/export/pipeline.ts';
import { previewRedaction } from '../../lib/export/redact.ts';
import { capture, classification } from './helpers/factories.ts';

const now = Date.parse('2026-11-27T09:05:00');
const KEY = 'sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD';

function stop(id: number, text = `Rate limit reached. key ${KEY}`): StopRecord {
  return { ...newRecord(capture({ evidence: text, occurrenceKeys: [`k${id}`] }), classification()), id };
}

const options = { redact: true, conversationIds: false, locale: 'en', now, appVersion: '0.2.0' } as const;

describe('buildExportFile', () => {
  it('names one stop by its id and masks by default', () => {
    const file = buildExportFile('md', [stop(42)], [], options);
    expect(file.ok && file.name).toBe('limit-lens-stop-42-2026-11-27-0905.md');
    expect(file.ok && String(file.data)).not.toContain(KEY);
  });

  it('keeps the secret only when redaction is off', () => {
    const file = buildExportFile('csv', [stop(1), stop(2)], [], { ...options, redact: false });
    expect(file.ok && file.name).toBe('limit-lens-2026-11-27-0905.csv');
    expect(file.ok && String(file.data)).toContain(KEY);
  });

  it('refuses a JSON file over the limit until the user confirms it', () => {
    const records = Array.from({ length: 4 }, (_, i) => stop(i + 1, 'x'.repeat(16_000)));
    expect(buildExportFile('json', records, [], options).ok).toBe(true);
    const refused = buildExportFile('json', records, [], { ...options, fileChars: 60_000 });
    expect(refused).toMatchObject({ ok: false, tooLarge: { limitChars: 60_000 } });
    expect(!refused.ok && refused.tooLarge.chars).toBeGreaterThan(60_000);
    expect(buildExportFile('json', records, [], { ...options, fileChars: 60_000, confirmedLarge: true }).ok).toBe(true);
  });

  it('bundles the packet, the JSON and the screenshots numbered by their stop', () => {
    const jpeg = `data:image/jpeg;base64,${btoa('\xff\xd8\xff\xe0 jpeg')}`;
    const file = buildExportFile('zip', [stop(7), stop(9)], [{ stopId: 9, takenAt: now, dataUrl: jpeg }], options);
    if (!file.ok) throw new Error('expected a file');
    expect(file.name).toBe('limit-lens-2026-11-27-0905-evidence.zip');
    const entries = unzipSync(file.data as Uint8Array);
    expect(Object.keys(entries).sort()).toEqual(['packet.md', 'screenshots/stop-2-1.jpg', 'stops.json']);
    expect(strFromU8(entries['stops.json']!)).not.toContain(KEY);
  });
});

describe('previewRedactionInChunks', () => {
  it('finds what one pass finds, with record numbers across chunks', async () => {
    const records = Array.from({ length: 450 }, (_, i) => stop(i + 1));
    let pauses = 0;
    const chunked = await previewRedactionInChunks(records, false, async () => void pauses++);
    expect(pauses).toBe(3);
    expect(chunked).toEqual(previewRedaction(records, { conversationIds: false }));
  });
});
