import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent, type SseOptions } from '../../lib/detect/sse.ts';

function parse(chunks: string[], opts?: SseOptions): { events: SseEvent[]; dropped: number } {
  const events: SseEvent[] = [];
  const p = createSseParser((ev) => events.push(ev), opts);
  for (const c of chunks) p.push(c);
  p.end();
  return { events, dropped: p.stats.dropped };
}

/** `text` cut at the given positions. */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((i) => Math.min(i, text.length)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

const SAMPLE =
  'event: delta_encoding\ndata: "v1"\n\n' +
  ': keep-alive comment\n\n' +
  'event: delta\ndata: {"p": "", "o": "add", "v": {"message": {"id": "a1"}}}\n\n' +
  'event: delta\ndata: {"v": " wörld ✓ 你好"}\n\n' +
  'data: first line\ndata: second line\n\n' +
  'data:no-space\n\n' +
  'id: 7\nretry: 1000\ndata: [DONE]\n\n';

const SAMPLE_EVENTS: SseEvent[] = [
  { event: 'delta_encoding', data: '"v1"' },
  { event: 'delta', data: '{"p": "", "o": "add", "v": {"message": {"id": "a1"}}}' },
  { event: 'delta', data: '{"v": " wörld ✓ 你好"}' },
  { data: 'first line\nsecond line' },
  { data: 'no-space' },
  { data: '[DONE]' },
];

describe('createSseParser', () => {
  it('parses event and data fields, multi-line data, comments and ignores other fields', () => {
    expect(parse([SAMPLE]).events).toEqual(SAMPLE_EVENTS);
  });

  it('treats CRLF, CR and LF alike', () => {
    expect(parse([SAMPLE.replace(/\n/g, '\r\n')]).events).toEqual(SAMPLE_EVENTS);
    expect(parse([SAMPLE.replace(/\n/g, '\r')]).events).toEqual(SAMPLE_EVENTS);
  });

  it('counts a CRLF split between two chunks once', () => {
    const crlf = 'data: a\r\n\r\ndata: b\r\n\r\n';
    for (let i = 0; i <= crlf.length; i++) {
      expect(parse(cut(crlf, [i])).events, `cut at ${i}`).toEqual([{ data: 'a' }, { data: 'b' }]);
    }
    // Every character its own chunk.
    expect(parse([...crlf]).events).toEqual([{ data: 'a' }, { data: 'b' }]);
  });

  it('gives the same events for every two-way and three-way split', () => {
    for (let i = 0; i <= SAMPLE.length; i++) {
      expect(parse(cut(SAMPLE, [i])).events).toEqual(SAMPLE_EVENTS);
      expect(parse(cut(SAMPLE.replace(/\n/g, '\r\n'), [i, i + 1])).events).toEqual(SAMPLE_EVENTS);
    }
  });

  it('resets the event type after each dispatch, and on a blank line without data', () => {
    expect(parse(['event: a\n\ndata: x\n\n']).events).toEqual([{ data: 'x' }]);
    expect(parse(['event: a\ndata: x\n\ndata: y\n\n']).events).toEqual([{ event: 'a', data: 'x' }, { data: 'y' }]);
  });

  it('takes consecutive data lines each holding a whole JSON value as separate events', () => {
    const text =
      'event: delta_encoding\ndata: "v1"\ndata: {"type": "x"}\nevent: delta\ndata: {"v": "a"}\ndata: [DONE]\n';
    expect(parse([text]).events).toEqual([
      { event: 'delta_encoding', data: '"v1"' },
      { data: '{"type": "x"}' },
      { event: 'delta', data: '{"v": "a"}' },
      { data: '[DONE]' },
    ]);
  });

  it('keeps a JSON value spread over several data lines together', () => {
    const text = 'data: {\ndata:   "a": [1,\ndata:   2],\ndata:   "b": {"c": 1}\ndata: }\n\n';
    expect(parse([text]).events).toEqual([{ data: '{\n  "a": [1,\n  2],\n  "b": {"c": 1}\n}' }]);
  });

  it('dispatches data still pending at the end of the stream', () => {
    expect(parse(['data: [DONE]']).events).toEqual([{ data: '[DONE]' }]);
    expect(parse(['data: {"a":', '1}']).events).toEqual([{ data: '{"a":1}' }]);
  });

  it('handles a field name without a colon and an empty data line', () => {
    expect(parse(['data\n\n']).events).toEqual([{ data: '' }]);
    expect(parse(['data: a\ndata\n\n']).events).toEqual([{ data: 'a\n' }]);
  });

  it('drops a line longer than the cap and carries on', () => {
    const long = 'data: ' + 'x'.repeat(500) + '\n\n';
    const { events, dropped } = parse([long.slice(0, 100), long.slice(100, 300), long.slice(300) + 'data: ok\n\n'], {
      maxLineChars: 200,
    });
    expect(events).toEqual([{ data: 'ok' }]);
    expect(dropped).toBe(1);
  });

  it('drops an event whose data lines add up past the cap', () => {
    const text = 'data: aaaaaaaaaa\n'.repeat(50) + '\ndata: ok\n\n';
    const { events, dropped } = parse([text], { maxLineChars: 100 });
    expect(events.at(-1)).toEqual({ data: 'ok' });
    expect(dropped).toBeGreaterThan(0);
    expect(events.every((e) => e.data.length <= 100)).toBe(true);
  });

  it('property: any chunking yields the same events as the whole text', () => {
    const piece = fc.constantFrom(
      'data: ',
      'event: ',
      ': c',
      '\n',
      '\r',
      '\r\n',
      '{"v":"x"}',
      '"v1"',
      'é',
      '你',
      'id: 1',
      'data:',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.nat(400), { maxLength: 12 }), (parts, at) => {
        const text = parts.join('');
        expect(parse(cut(text, at)).events).toEqual(parse([text]).events);
      }),
      { numRuns: 500 },
    );
  });

  it('property: never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 20 }), (chunks) => {
        expect(() => parse(chunks, { maxLineChars: 64 })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  describe('answer tokens dropped unread when the caller says so', () => {
    const isToken = (e: SseEvent) => /^\{"v": ?"/.test(e.data) && e.data.endsWith('"}');
    /** What a run may take along: tokens, and data that is not an object, never the end marker. */
    const mayDrop = (e: SseEvent) => isToken(e) || (e.data.charCodeAt(0) !== 123 && e.data !== '[DONE]');

    it('drops runs of whole token events without slicing them, keeps everything else', () => {
      const text =
        'event: delta\ndata: {"v": " a"}\n\ndata: {"type": "x"}\n\nevent: delta\ndata: {"v":"b"}\n\ndata: {"v": "c", "c": 1}\n\n';
      const events: SseEvent[] = [];
      const q = createSseParser((e) => events.push(e), { skipBareToken: () => true });
      q.push(text);
      q.end();
      expect(events).toEqual([{ data: '{"type": "x"}' }, { data: '{"v": "c", "c": 1}' }]);
      expect(q.stats.runs).toBe(2); // the runs of token events before the type event and before the "c" frame
    });

    it('a run takes along data that is not an object (the turn filter ignores it), never the end marker', () => {
      const text = 'data: {"v": "a"}\n\ndata: "v1"\n\ndata: 7\n\ndata: {"v": "b"}\n\ndata: [DONE]\n\n';
      const events: SseEvent[] = [];
      const q = createSseParser((e) => events.push(e), { skipBareToken: () => true });
      q.push(text);
      q.end();
      expect(events).toEqual([{ data: '[DONE]' }]);
    });

    it('property: any chunking yields the same events as the plain parser, less the skipped tokens', () => {
      const piece = fc.constantFrom(
        'data: {"v": "tok"}\n\n',
        'event: delta\n',
        'data: {"type": "t"}\n\n',
        'data: {"v":"x"}\n',
        '\n',
        'data: "v1"\n\n',
        '\r\n',
        'data: {"v": "é你"}\n\n',
        'data: [DONE]\n\n',
        ': c\n',
      );
      fc.assert(
        fc.property(
          fc.array(piece, { maxLength: 40 }),
          fc.array(fc.nat(400), { maxLength: 10 }),
          fc.boolean(),
          (parts, at, skip) => {
            const text = parts.join('');
            const plain = parse([text]).events;
            const fast = parse(cut(text, at), { skipBareToken: () => skip }).events;
            // Skipping may only remove token events; with skipping refused, the events are identical.
            if (!skip) expect(fast).toEqual(plain);
            else {
              // The plain events with some token events removed, nothing else changed or reordered.
              let i = 0;
              for (const e of plain) {
                if (i < fast.length && fast[i]!.data === e.data && fast[i]!.event === e.event) i++;
                else expect(mayDrop(e)).toBe(true);
              }
              expect(i).toBe(fast.length);
            }
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});
