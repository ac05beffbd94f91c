import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newRecord } from '../../lib/evidence/build-record.ts';
import {
  BOM,
  CSV_CELL_MAX,
  CSV_COLUMNS,
  csvField,
  guardFormula,
  parseCsv,
  quoteCsv,
  toCsv,
} from '../../lib/export/csv.ts';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { capture, classification } from './helpers/factories.ts';

function sample(over: Parameters<typeof capture>[0] = {}, c: Parameters<typeof classification>[0] = {}): StopRecord {
  return { ...newRecord(capture(over), classification(c)), id: 3 };
}

/** The cells of the one data row, by column name. */
function rowOf(csv: string): Record<string, string> {
  const [header, row, ...rest] = parseCsv(csv);
  expect(rest).toEqual([]);
  return Object.fromEntries(header!.map((h, i) => [h, row![i]!]));
}

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and the header, ends records with CRLF', () => {
    const csv = toCsv([sample()], { redact: false });
    expect(csv.startsWith(`${BOM}first_seen,last_seen,count,site,url,conversation_id,owner,action,bucket,`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Only CRLF between records: no bare LF outside quoted fields.
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(parseCsv(csv)[0]).toEqual([...CSV_COLUMNS]);
  });

  it('writes one row per stop with every column', () => {
    const r = sample(
      { status: 429, visibleText: 'You have hit the limit', headers: {} },
      {
        provider: 'openrouter',
        reasons: ['first reason', 'second reason'],
        reset: {
          at: '2026-11-27T15:00:00.000Z',
          inSeconds: 18000,
          source: 'blocked_features.resets_after',
          stated: 'in 5 hours',
          possiblyPassed: true,
        },
      },
    );
    const row = rowOf(toCsv([{ ...r, count: 4 }], { redact: false }));
    expect(row).toEqual({
      first_seen: '2026-11-27T10:00:00.000Z',
      last_seen: '2026-11-27T10:00:00.000Z',
      count: '4',
      site: 'chatgpt.com',
      url: 'https://chatgpt.com/c/11111111-2222-3333-4444-555555555555',
      conversation_id: '11111111-2222-3333-4444-555555555555',
      owner: 'chatgpt-app',
      action: 'wait',
      bucket: 'app-image-quota',
      provider: 'openrouter',
      confidence: 'high',
      reset_at: '2026-11-27T15:00:00.000Z',
      reset_in_seconds: '18000',
      reset_source: 'blocked_features.resets_after',
      reset_stated: 'in 5 hours',
      possibly_reset: 'true',
      http_status: '429',
      endpoint: '/backend-api/f/conversation',
      layer: 'network',
      visible_text: 'You have hit the limit',
      evidence_text: 'data: {"message":{"author":{"role":"tool","name":"t2uay3k.sj1i4kz"}}}',
      reasons: 'first reason | second reason',
    });
    const csv = toCsv([r, sample()], { redact: false });
    expect(parseCsv(csv)).toHaveLength(3);
  });

  it('leaves absent values empty', () => {
    const row = rowOf(
      toCsv([sample({ conversationId: undefined, status: undefined, endpoint: undefined }, { reset: undefined })], {
        redact: false,
      }),
    );
    expect(row).toMatchObject({
      conversation_id: '',
      http_status: '',
      endpoint: '',
      reset_at: '',
      reset_in_seconds: '',
      possibly_reset: '',
      provider: '',
    });
  });

  it.each([
    ['commas', 'a, b, c'],
    ['quotes', 'He said "wait" and ""double"" quotes'],
    ['line breaks', 'line one\nline two\r\nline three\rfour'],
    ['Korean', '이미지 생성 한도에 도달했습니다. 5시간 후에 초기화됩니다.'],
    ['Japanese', '画像を使い切りました。17時間後にリセットされます'],
    ['emoji', '🎨🖼️ limit reached 👩‍💻'],
    ['everything at once', '"한도", 🎨\n"=SUM(A1)"'],
    ['a trailing space and leading space', '  padded  '],
  ])('keeps %s intact through a round trip', (_name, text) => {
    const row = rowOf(toCsv([sample({ visibleText: text })], { redact: false }));
    expect(row.visible_text).toBe(text);
  });

  it('quotes exactly the fields that need it', () => {
    expect(quoteCsv('plain')).toBe('plain');
    expect(quoteCsv('a,b')).toBe('"a,b"');
    expect(quoteCsv('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsv('a\nb')).toBe('"a\nb"');
    expect(quoteCsv('a\rb')).toBe('"a\rb"');
    expect(quoteCsv('한도')).toBe('한도');
  });

  it.each([['=HYPERLINK("https://evil.example","click")'], ['+1+1'], ['-2+3'], ['@SUM(A1:A2)'], ['\t=1'], ['\r=1']])(
    'guards %j against formula injection',
    (text) => {
      expect(guardFormula(text)).toBe(`'${text}`);
      const row = rowOf(toCsv([sample({ visibleText: text }, { reasons: [text] })], { redact: false }));
      expect(row.visible_text).toBe(`'${text}`);
      expect(row.reasons).toBe(`'${text}`);
    },
  );

  it('does not guard numbers it writes itself, or text that merely contains the characters', () => {
    expect(csvField(-5)).toBe('-5');
    expect(guardFormula('a=b')).toBe('a=b');
    expect(guardFormula("'already")).toBe("'already");
    const row = rowOf(toCsv([sample({ status: 429 })], { redact: false }));
    expect(row.http_status).toBe('429');
  });

  it('caps long text below the spreadsheet cell limit, without splitting a surrogate pair', () => {
    const long = `${'a'.repeat(CSV_CELL_MAX - 1)}🎨${'b'.repeat(5_000)}`;
    const row = rowOf(toCsv([sample({ evidence: long })], { redact: false }));
    expect(row.evidence_text!.length).toBeLessThan(32_767);
    expect(row.evidence_text).toContain('[truncated');
    expect(row.evidence_text!.startsWith('a'.repeat(CSV_CELL_MAX - 1))).toBe(true);
    expect(row.evidence_text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('redacts before writing', () => {
    const key = ['sk-', 'proj-', 'Zx9'.repeat(12)].join('');
    const csv = toCsv([sample({ visibleText: `key ${key}, mail jane@example.com` })], {
      redact: true,
      conversationIds: true,
    });
    expect(csv).not.toContain(key);
    expect(csv).not.toContain('jane@example.com');
    expect(csv).not.toContain('11111111-2222-3333-4444-555555555555');
    expect(rowOf(csv).conversation_id).toBe('1111…5555');
  });

  it('round-trips arbitrary text through parseCsv', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '=', '-', '+', '@', '\t', '한', '🎨', "'", ';'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, fc.array(text, { maxLength: 3 })), { minLength: 1, maxLength: 4 }),
        (rows) => {
          const records = rows.map(([visible, evidence, reasons]) =>
            sample({ visibleText: visible || undefined, evidence }, { reasons }),
          );
          const parsed = parseCsv(toCsv(records, { redact: false }));
          expect(parsed).toHaveLength(records.length + 1);
          parsed.slice(1).forEach((cells, i) => {
            expect(cells).toHaveLength(CSV_COLUMNS.length);
            const row = Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, cells[j]!]));
            const [visible, evidence, reasons] = rows[i]!;
            expect(row.visible_text).toBe(guardFormula(visible));
            expect(row.evidence_text).toBe(guardFormula(evidence));
            expect(row.reasons).toBe(guardFormula(reasons.join(' | ')));
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseCsv', () => {
  it('reads RFC 4180 with LF, CR or CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x,1","y""z"\n"multi\r\nline",\rlast,')).toEqual([
      ['a', 'b'],
      ['x,1', 'y"z'],
      ['multi\r\nline', ''],
      ['last', ''],
    ]);
    expect(parseCsv('')).toEqual([]);
  });
});
