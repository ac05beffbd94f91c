/** The streaming HAR reader (lib/session/har-entries.ts): same entries as JSON.parse, in flat memory, bad input named. */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HarEntryReader, looksLikeHar } from '../../lib/session/har-entries.ts';

const DIR = path.resolve('test/fixtures/har');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.har'));

function readAll(text: string, chunk: number, limits?: { stringChars: number; entryChars: number }) {
  const entries: unknown[] = [];
  const reader = new HarEntryReader((e) => entries.push(e), limits);
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  const problem = reader.end();
  return { entries, problem, stats: reader.stats };
}

describe('HarEntryReader', () => {
  it('has the five recorded provider sessions', () => {
    expect(FILES.sort()).toEqual(['azure.har', 'fal.har', 'openai.har', 'openrouter.har', 'replicate.har']);
  });

  for (const file of FILES) {
    it(`reads ${file} into the same entries as JSON.parse, whatever the chunk size`, () => {
      const text = readFileSync(path.join(DIR, file), 'utf8');
      expect(looksLikeHar(text)).toBe(true);
      const expected = (JSON.parse(text) as { log: { entries: unknown[] } }).log.entries;
      for (const chunk of [1, 3, 17, 256, 4096, text.length]) {
        const r = readAll(text, chunk);
        expect(r.problem, `${file} chunk ${chunk}`).toBeUndefined();
        expect(r.entries, `${file} chunk ${chunk}`).toEqual(expected);
      }
    });
  }

  it('cuts long strings (base64 bodies) to the cap and keeps the entry valid, escapes included', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'é', '"', '\\', '\n', '\u2028', '😀', 'x', '/'),
          minLength: 0,
          maxLength: 200,
        }),
        fc.integer({ min: 12, max: 60 }), // the cap is far above any key (64 KB in use)
        fc.integer({ min: 1, max: 64 }),
        (body, cap, chunk) => {
          const har = JSON.stringify({
            log: { version: '1.2', entries: [{ response: { status: 429, content: { text: body } } }, { n: 2 }] },
          });
          const r = readAll(har, chunk, { stringChars: cap, entryChars: 1e6 });
          expect(r.problem).toBeUndefined();
          expect(r.entries).toHaveLength(2);
          const text = (r.entries[0] as { response: { content: { text: string } } }).response.content.text;
          expect(body.startsWith(text)).toBe(true);
          // Cut only past the cap (an escape or a \\u sequence is never split).
          if (text.length < body.length)
            expect(JSON.stringify(text).length).toBeGreaterThanOrEqual(Math.min(cap, JSON.stringify(body).length) - 8);
          expect(r.entries[1]).toEqual({ n: 2 });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts a 5 MB base64 body to 64 KB and counts it', () => {
    const big = 'QUJD'.repeat(1_300_000);
    const har = JSON.stringify({
      log: {
        entries: [{ response: { status: 200, content: { mimeType: 'image/png', encoding: 'base64', text: big } } }],
      },
    });
    const r = readAll(har, 65_536);
    expect(r.entries).toHaveLength(1);
    expect((r.entries[0] as { response: { content: { text: string } } }).response.content.text).toHaveLength(64 * 1024);
    expect(r.stats.cutStrings).toBe(1);
  });

  it('skips an entry larger than the entry cap, counted, and reads on', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ name: `h${i}`, value: 'v'.repeat(50) }));
    const har = JSON.stringify({
      log: { entries: [{ response: { status: 1, headers: many } }, { response: { status: 429 } }] },
    });
    const r = readAll(har, 1000, { stringChars: 1000, entryChars: 10_000 });
    expect(r.entries).toEqual([{ response: { status: 429 } }]);
    expect(r.stats.skipped).toBe(1);
  });

  it('a cut file: the entries before the cut, and "truncated"', () => {
    const text = readFileSync(path.join(DIR, 'openai.har'), 'utf8');
    const all = (JSON.parse(text) as { log: { entries: unknown[] } }).log.entries;
    const r = readAll(text.slice(0, Math.floor(text.length * 0.6)), 512);
    expect(r.problem).toBe('truncated');
    expect(r.entries.length).toBeGreaterThan(0);
    expect(r.entries.length).toBeLessThan(all.length);
    expect(r.entries).toEqual(all.slice(0, r.entries.length));
  });

  it('names input that is not a HAR', () => {
    expect(readAll('hello world', 4).problem).toBe('not-json');
    expect(readAll('{"a": [1, 2, {"b": "c"}]}', 4).problem).toBe('not-har');
    expect(readAll('{"log": {"entries": [}', 4).problem).toBe('malformed');
    expect(readAll('', 4).problem).toBe('not-json');
    // log.entries deeper than the top level does not count
    expect(readAll('{"x": {"log": {"entries": [{"a": 1}]}}}', 3)).toMatchObject({ entries: [], problem: 'not-har' });
  });

  it('keys and strings that hold braces, brackets and quotes do not confuse it', () => {
    const har = JSON.stringify({
      'lo}g': 1,
      log: { creator: { name: '[{"entries":' }, entries: [{ response: { status: 429, statusText: '}]"\\' } }] },
    });
    const r = readAll(har, 2);
    expect(r.entries).toEqual([{ response: { status: 429, statusText: '}]"\\' } }]);
  });
});
