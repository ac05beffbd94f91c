import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  BUCKETS,
  CONFIDENCES,
  OWNERS,
  RESET_SOURCES,
  type Classification,
  type ResetInfo,
} from '../../lib/domain/labels.ts';
import { newRecord } from '../../lib/evidence/build-record.ts';
import {
  CAPTURE_LAYERS,
  EXPORT_LIMITS,
  buildExportDocument,
  exportedStopSchema,
  migrateExport,
  parseExportJson,
  planImport,
  toExportJson,
  type ExportedStop,
} from '../../lib/export/json.ts';
import { findJsonSyntaxError } from '../../lib/export/json-syntax.ts';
import { hashOccurrenceKey } from '../../lib/export/redact.ts';
import type { StopEvidence, StopRecord } from '../../lib/domain/shapes.ts';
import { capture, classification } from './helpers/factories.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const opts = { redact: false, now: NOW, appVersion: '0.1.0' };

// ── arbitrary stop records ─────────────────────────────────────────────────────────────────────────────────────
const anyText = (maxLength = 120) => fc.string({ unit: 'binary', maxLength });
const headerName = fc.string({ minLength: 1, maxLength: 24 }).filter((k) => k !== '__proto__');
const isoTime = fc
  .integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString());
const resetArb: fc.Arbitrary<ResetInfo> = fc.record(
  {
    at: isoTime,
    inSeconds: fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1000),
    source: fc.constantFrom(...RESET_SOURCES),
    stated: anyText(40),
    possiblyPassed: fc.constant(true as const),
  },
  { requiredKeys: ['source', 'stated'] },
);
const classificationArb: fc.Arbitrary<Classification> = fc.record(
  {
    owner: fc.constantFrom(...OWNERS),
    action: fc.constantFrom(...ACTIONS),
    bucket: fc.constantFrom(...BUCKETS),
    provider: fc.string({ maxLength: 20 }),
    reset: resetArb,
    resets: fc.array(resetArb, { maxLength: 3 }),
    confidence: fc.constantFrom(...CONFIDENCES),
    reasons: fc.array(anyText(60), { maxLength: 4 }),
  },
  { requiredKeys: ['owner', 'action', 'bucket', 'confidence', 'reasons'] },
);
const evidenceArb: fc.Arbitrary<StopEvidence> = fc.record(
  {
    text: anyText(300),
    truncated: fc.boolean(),
    endpoint: anyText(60),
    status: fc.integer({ min: 100, max: 599 }),
    headers: fc.dictionary(headerName, anyText(60), { maxKeys: 5 }),
    limitsProgress: fc.array(
      fc.record(
        {
          feature_name: fc.string({ maxLength: 20 }),
          remaining: fc.integer({ min: -5, max: 100 }),
          reset_after: fc.string({ maxLength: 30 }),
        },
        { requiredKeys: ['feature_name'] },
      ),
      { maxLength: 2 },
    ),
    kinds: fc.array(fc.string({ maxLength: 16 }), { maxLength: 3 }),
    layer: fc.constantFrom(...CAPTURE_LAYERS),
  },
  { requiredKeys: ['text', 'truncated', 'kinds', 'layer'] },
);
const recordArb: fc.Arbitrary<StopRecord> = fc
  .record(
    {
      id: fc.nat(),
      firstSeenAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
      span: fc.integer({ min: 0, max: 86_400_000 }),
      count: fc.integer({ min: 1, max: 500 }),
      site: fc.stringMatching(/^[a-z0-9.-]{1,30}$/),
      url: anyText(100),
      conversationId: fc.string({ maxLength: 40 }),
      visibleText: anyText(200),
      evidence: evidenceArb,
      classification: classificationArb,
      groupKey: fc.string({ minLength: 1, maxLength: 60 }),
      occurrenceKeys: fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 4 }),
    },
    {
      requiredKeys: [
        'firstSeenAt',
        'span',
        'count',
        'site',
        'url',
        'evidence',
        'classification',
        'groupKey',
        'occurrenceKeys',
      ],
    },
  )
  .map(({ span, ...r }) => ({
    ...r,
    lastSeenAt: r.firstSeenAt + span,
    owner: r.classification.owner,
    action: r.classification.action,
    bucket: r.classification.bucket,
    ...(r.classification.reset?.at ? { resetAt: r.classification.reset.at } : {}),
  }));

const withoutId = ({ id: _id, ...rest }: StopRecord): ExportedStop => rest;

function sample(over: Parameters<typeof capture>[0] = {}, c: Partial<Classification> = {}): StopRecord {
  return { ...newRecord(capture(over), classification(c)), id: 1 };
}

/** A valid export as a plain object, for tests that break one field. */
function docWith(mutate: (doc: { stops: Record<string, unknown>[] } & Record<string, unknown>) => void): string {
  const doc = JSON.parse(toExportJson([sample(), sample({ occurrenceKeys: ['msg:tool-2'] })], opts));
  mutate(doc);
  return JSON.stringify(doc, null, 2);
}

function errorOf(text: string): string {
  const r = parseExportJson(text);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error;
}

describe('toExportJson', () => {
  it('writes the versioned document, pretty-printed, without local ids', () => {
    const json = toExportJson([sample()], { ...opts, appVersion: '1.2.3' });
    expect(json.startsWith('{\n  "format": "limit-lens-export",\n  "version": 1,')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    const doc = JSON.parse(json);
    expect(doc).toMatchObject({
      exportedAt: '2026-11-27T12:00:00.000Z',
      redacted: false,
      app: { name: 'Limit Lens', version: '1.2.3' },
    });
    expect(doc.stops[0]).not.toHaveProperty('id');
    expect(doc.stops[0]).toHaveProperty('occurrenceKeys', ['msg:tool-1']);
    expect(doc.stops[0]).toHaveProperty('groupKey');
    expect(doc).not.toHaveProperty('redaction');
  });

  it('redacts when asked and says so', () => {
    const secret = ['sk-', 'proj-', 'Ab3'.repeat(12)].join('');
    const rec = sample({ visibleText: `key ${secret}`, headers: { authorization: `Bearer ${secret}` } });
    const json = toExportJson([rec], { ...opts, redact: true, conversationIds: true });
    expect(json).not.toContain(secret);
    expect(json).not.toContain('11111111-2222-3333-4444-555555555555');
    const doc = buildExportDocument([rec], { ...opts, redact: true });
    expect(doc.redacted).toBe(true);
    expect(doc.redaction).toEqual({ conversationIds: false });
    expect(doc.stops[0]!.conversationId).toBe('11111111-2222-3333-4444-555555555555');
  });

  it('round-trips arbitrary valid records (redaction off)', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 5 }), (records) => {
        const r = parseExportJson(toExportJson(records, opts));
        if (!r.ok) throw new Error(r.error);
        expect(r.version).toBe(1);
        expect(r.redacted).toBe(false);
        expect(r.stops).toEqual(records.map(withoutId));
      }),
      { numRuns: 200 },
    );
  });

  it('a redacted export of arbitrary records is still a valid export', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 4 }), fc.boolean(), (records, conversationIds) => {
        const r = parseExportJson(toExportJson(records, { ...opts, redact: true, conversationIds }));
        if (!r.ok) throw new Error(r.error);
        expect(r.redacted).toBe(true);
        expect(r.stops.map((s) => s.owner)).toEqual(records.map((s) => s.owner));
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseExportJson: broken JSON names the line and column', () => {
  const good = toExportJson([sample()], opts);

  it.each([
    [
      'a missing comma',
      good.replace('"version": 1,', '"version": 1'),
      4,
      3,
      "expected ',' or '}' after a property value, found '\"' (is a comma missing at the end of line 3?)",
    ],
    ['a trailing comma', '{\n  "format": "limit-lens-export",\n}', 3, 1, 'trailing comma'],
    ['an unterminated string', '{\n  "format": "limit-lens-export\n}', 2, 31, 'line break inside a string'],
    [
      'a cut-off file',
      good.slice(0, 200),
      good.slice(0, 200).split('\n').length,
      good.slice(0, 200).split('\n').at(-1)!.length + 1,
      'end of the file',
    ],
    ['single quotes', "{\n  'format': 1\n}", 2, 3, 'double quotes'],
    ['content after the document', '{}\n{}', 2, 1, 'after the end'],
    ['a bad escape', '{"a": "\\x"}', 1, 8, 'escape'],
    ['CRLF line ends', '{\r\n  "a": 1\r\n  "b": 2\r\n}', 3, 3, "expected ',' or '}'"],
  ])('%s', (_name, text, line, column, reason) => {
    const error = errorOf(text);
    expect(error).toContain(`line ${line}, column ${column}`);
    expect(error).toContain(reason);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseExportJson(`\uFEFF${good}`).ok).toBe(true);
  });

  it('the scanner agrees with JSON.parse on what is valid', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '"a"',
      '1',
      '-0.5e3',
      '01',
      'true',
      'nul',
      ' ',
      '\n',
      '\\',
      '\\u12',
      '\\n',
      'x',
      '1.',
      '"\u0001"',
    );
    const jsonish = fc.oneof(
      fc.json(),
      fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
      fc.json().chain((j) => fc.nat(j.length).map((n) => j.slice(0, n))),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === undefined).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles deep nesting without a stack overflow', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(199_999)}`;
    expect(findJsonSyntaxError(deep)?.reason).toContain('not closed');
  });
});

describe('parseExportJson: schema errors name the field', () => {
  it('a wrong label names its path and the accepted values', () => {
    const error = errorOf(docWith((d) => (d.stops[0]!.owner = 'openai')));
    expect(error).toMatch(
      /^stops\[0\]\.owner: expected one of chatgpt-app, openai-api, .*unknown; found the text "openai"\./,
    );
  });

  it('nested paths', () => {
    expect(errorOf(docWith((d) => ((d.stops[1]!.classification as { owner: string }).owner = 'x')))).toMatch(
      /^stops\[1\]\.classification\.owner:/,
    );
    expect(
      errorOf(docWith((d) => ((d.stops[0]!.classification as { reset: { source: string } }).reset.source = 'guess'))),
    ).toMatch(/^stops\[0\]\.classification\.reset\.source: expected one of blocked_features\.resets_after/);
  });

  it('a missing field, a wrong type, a header value', () => {
    expect(errorOf(docWith((d) => delete (d.stops[0]!.evidence as { text?: string }).text))).toMatch(
      /^stops\[0\]\.evidence\.text: is missing/,
    );
    expect(errorOf(docWith((d) => (d.stops[0]!.count = 'three')))).toMatch(
      /^stops\[0\]\.count: expected number, found the text "three"/,
    );
    expect(errorOf(docWith((d) => (d.stops[0]!.count = 1.5)))).toMatch(/^stops\[0\]\.count: expected a whole number/);
    expect(
      errorOf(
        docWith(
          (d) => ((d.stops[0]!.evidence as { headers: Record<string, unknown> }).headers = { 'retry-after': 20 }),
        ),
      ),
    ).toMatch(/^stops\[0\]\.evidence\.headers\["retry-after"\]: expected string, found number 20/);
  });

  it('sizes, times and order', () => {
    expect(errorOf(docWith((d) => (d.stops[0]!.visibleText = 'x'.repeat(EXPORT_LIMITS.textChars + 1))))).toMatch(
      /^stops\[0\]\.visibleText: too long \(65537 characters; at most 65536\)/,
    );
    expect(errorOf(docWith((d) => (d.stops[0]!.resetAt = 'tomorrow')))).toMatch(
      /^stops\[0\]\.resetAt: expected an ISO 8601 date-time/,
    );
    expect(errorOf(docWith((d) => (d.stops[0]!.occurrenceKeys = [])))).toMatch(
      /^stops\[0\]\.occurrenceKeys: needs at least 1 entry/,
    );
  });

  it('repairs a stop whose last sighting is before its first instead of refusing the file (issue 11)', () => {
    const text = docWith((d) => (d.stops[0]!.lastSeenAt = (d.stops[0]!.firstSeenAt as number) - 30_000));
    const first = (JSON.parse(text) as { stops: { firstSeenAt: number }[] }).stops[0]!.firstSeenAt;
    const r = parseExportJson(text);
    if (!r.ok) throw new Error(r.error);
    expect(r.repaired).toBe(1);
    expect(r.stops[0]).toMatchObject({ firstSeenAt: first - 30_000, lastSeenAt: first });
    // The background's own check of each stop still holds the rule.
    expect(exportedStopSchema.safeParse({ ...r.stops[0], lastSeenAt: 0 }).success).toBe(false);
  });

  it('counts further problems', () => {
    expect(errorOf(docWith((d) => d.stops.forEach((s) => (s.bucket = 'nope'))))).toContain(
      '(1 more problem in this file.)',
    );
  });

  it('refuses what is not an export', () => {
    expect(errorOf('[]')).toMatch(/Not a Limit Lens export: expected a JSON object at the top level, found an array/);
    expect(errorOf('{"format":"something-else"}')).toMatch(
      /Not a Limit Lens export: format: expected "limit-lens-export"/,
    );
    expect(errorOf('{"stops":[]}')).toContain('no format field');
    expect(errorOf('')).toBe('The file is empty.');
    expect(errorOf(docWith((d) => (d.version = '1')))).toMatch(/^version: expected a whole number/);
  });

  it('refuses a newer version with a clear message', () => {
    expect(errorOf(docWith((d) => (d.version = 2)))).toMatch(
      /newer Limit Lens \(export format version 2\).*Update Limit Lens/,
    );
    expect(errorOf(docWith((d) => (d.version = 0)))).toMatch(/version 0 is not supported/);
  });

  it('refuses oversized files before parsing them', () => {
    const huge = ' '.repeat(EXPORT_LIMITS.fileChars + 1);
    const t0 = performance.now();
    expect(errorOf(huge)).toMatch(/^The file is too large \(50 MB of text\); the limit is 50 MB/);
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('refuses too many stops', () => {
    const text = JSON.stringify({
      format: 'limit-lens-export',
      version: 1,
      stops: new Array(EXPORT_LIMITS.stops + 1).fill(0),
    });
    expect(errorOf(text)).toMatch(/^stops: too many stops \(100001\); at most 100,000 per file/);
  });

  it('drops unknown fields instead of storing them', () => {
    const r = parseExportJson(docWith((d) => ((d.stops[0]!.evil = { x: 1 }), (d.stops[0]!.id = 99))));
    expect(r.ok && r.stops[0]).not.toHaveProperty('evil');
    expect(r.ok && r.stops[0]).not.toHaveProperty('id');
  });
});

describe('migrateExport', () => {
  it('leaves a current document as it is', () => {
    const doc = buildExportDocument([sample()], opts);
    expect(migrateExport(doc)).toEqual(doc);
  });
});

describe('planImport', () => {
  const stop = (keys: string[], owner: StopRecord['owner'] = 'chatgpt-app'): ExportedStop =>
    withoutId(sample({ occurrenceKeys: keys }, { owner }));

  it('adds new stops and counts them by owner', () => {
    const plan = planImport(new Set(), [stop(['a']), stop(['b'], 'openai-api'), stop(['c'], 'openai-api')]);
    expect(plan.toAdd).toHaveLength(3);
    expect(plan.summary.added).toBe(3);
    expect(plan.summary.duplicates).toBe(0);
    expect(plan.summary.byOwner['openai-api']).toBe(2);
    expect(plan.summary.byOwner['chatgpt-app']).toBe(1);
    expect(plan.summary.byOwner.azure).toBe(0);
    expect(Object.keys(plan.summary.byOwner).sort()).toEqual([...OWNERS].sort());
  });

  it('skips stops whose occurrence key is already stored', () => {
    const plan = planImport(new Set(['a', 'x']), [stop(['a']), stop(['b', 'x']), stop(['c'])]);
    expect(plan.toAdd.map((s) => s.occurrenceKeys)).toEqual([['c']]);
    expect(plan.duplicates).toBe(2);
    expect(plan.summary).toMatchObject({ added: 1, duplicates: 2 });
  });

  it('skips repeats within the same file', () => {
    const plan = planImport(new Set(), [stop(['a', 'b']), stop(['b']), stop(['c']), stop(['c', 'd']), stop(['d'])]);
    expect(plan.toAdd.map((s) => s.occurrenceKeys)).toEqual([['a', 'b'], ['c']]);
    expect(plan.duplicates).toBe(3);
  });

  it('importing the same file twice adds nothing the second time', () => {
    const file = parseExportJson(toExportJson([sample(), sample({ occurrenceKeys: ['msg:tool-2'] })], opts));
    if (!file.ok) throw new Error(file.error);
    const first = planImport(new Set(), file.stops);
    const stored = new Set(first.toAdd.flatMap((s) => s.occurrenceKeys));
    expect(planImport(stored, file.stops).summary).toMatchObject({ added: 0, duplicates: 2 });
  });

  it('hashed keys of a conversation-redacted export match the raw keys already stored', () => {
    const rec = sample({ occurrenceKeys: ['msg:tool-9', 'text:11111111-2222-3333-4444-555555555555:abc'] });
    const file = parseExportJson(toExportJson([rec], { ...opts, redact: true, conversationIds: true }));
    if (!file.ok) throw new Error(file.error);
    expect(file.stops[0]!.occurrenceKeys).toEqual(rec.occurrenceKeys.map(hashOccurrenceKey));
    expect(planImport(new Set(rec.occurrenceKeys), file.stops).summary.duplicates).toBe(1);
    expect(planImport(new Set(['msg:other']), file.stops).summary.added).toBe(1);
    // …and raw keys match hashed ones already stored by an earlier redacted import.
    expect(planImport(new Set(rec.occurrenceKeys.map(hashOccurrenceKey)), [withoutId(rec)]).summary.duplicates).toBe(1);
  });

  it('whatever the order, every key ends up in exactly one added stop or a duplicate', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 3 }), {
          maxLength: 8,
        }),
        fc.subarray(['a', 'b', 'c']),
        (keysets, existing) => {
          const plan = planImport(
            new Set(existing),
            keysets.map((k) => stop(k)),
          );
          expect(plan.summary.added + plan.duplicates).toBe(keysets.length);
          const addedKeys = plan.toAdd.flatMap((s) => s.occurrenceKeys);
          expect(new Set(addedKeys).size).toBe(addedKeys.length);
          for (const k of addedKeys) expect(existing).not.toContain(k);
        },
      ),
    );
  });
});
