import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createTurnTracker, type FindingContext } from '../../lib/detect/chatgpt-stream.ts';
import { createDeltaDecoder, peekDelta, pointer } from '../../lib/detect/delta-v1.ts';

const CTX: FindingContext = {
  endpoint: '/backend-api/f/conversation',
  method: 'POST',
  status: 200,
  headers: {},
  seenAt: 1,
};

function decode(frames: object[]) {
  const d = createDeltaDecoder();
  for (const f of frames) d.apply(f);
  return d;
}

describe('delta v1 as the page applies it', () => {
  it('keeps one tree per channel; a missing c, p or o is copied from the previous top-level frame, never v', () => {
    const d = decode([
      { p: '', o: 'add', v: { message: { content: { parts: [''] } } }, c: 0 },
      { p: '', o: 'add', v: { message: { content: { parts: [''] } } }, c: 1 },
      { p: '/message/content/parts/0', o: 'append', v: 'one', c: 0 },
      { v: ' two' }, // channel 0, same path and op
      { c: 1, v: 'uno' }, // channel 1, path and op inherited from the frame before
      { v: ' dos' },
      { c: 0 }, // no v: appends nothing (v is never inherited)
    ]);
    expect(d.tree('0').message.content.parts[0]).toBe('one two');
    expect(d.tree('1').message.content.parts[0]).toBe('uno dos');
    expect(d.cursor()).toEqual({ c: '0', p: '/message/content/parts/0', o: 'append' });
  });

  it('patch elements apply to the frame channel and do not set what later frames inherit', () => {
    const d = decode([
      { p: '', o: 'add', v: { message: { status: 'in_progress', content: { parts: [''] } } }, c: 2 },
      { p: '/message/content/parts/0', o: 'append', v: 'a', c: 2 },
      {
        o: 'patch',
        v: [
          { p: '/message/status', o: 'replace', v: 'finished' },
          { p: '/message/metadata', o: 'add', v: { x: 1 } },
        ],
      },
      { p: '/message/content/parts/0', o: 'append', v: 'b' },
      { v: 'c' },
    ]);
    expect(d.tree('2').message).toEqual({ status: 'finished', metadata: { x: 1 }, content: { parts: ['abc'] } });
  });

  it('decodes the older example of §3.2: a bare frame after a patch continues its last element', () => {
    const d = decode([
      {
        p: '',
        o: 'add',
        v: { message: { id: 'a1', author: { role: 'assistant' }, content: { content_type: 'text', parts: [''] } } },
        c: 0,
      },
      { o: 'patch', v: [{ p: '/message/content/parts/0', o: 'append', v: 'Hello' }] },
      { v: ' world' },
    ]);
    expect(d.tree('0').message.content.parts[0]).toBe('Hello world');
  });

  it('applies all six ops, JSON Pointer escapes and array indexes', () => {
    const d = decode([
      { p: '', o: 'add', v: { list: [1, 2, 3], 'a/b': {}, 'm~n': 'x', s: 'abcdef', o: { k: 1 } } },
      { p: '/list/1', o: 'add', v: 9 }, // inserts
      { p: '/list/-', o: 'add', v: 4 }, // appends
      { p: '/list/0', o: 'remove' },
      { p: '/list/0', o: 'replace', v: 8 },
      { p: '/list', o: 'append', v: 5 },
      { p: '/list', o: 'truncate', v: 4 },
      { p: '/a~1b/c', o: 'add', v: true },
      { p: '/m~0n', o: 'append', v: 'y' },
      { p: '/s', o: 'truncate', v: 3 },
      { p: '/o', o: 'append', v: { j: 2 } },
      { p: '/list/99', o: 'replace', v: 0 }, // out of range: ignored
      { p: '/__proto__/polluted', o: 'add', v: 1 },
    ]);
    expect(d.tree('0')).toEqual({ list: [8, 2, 3, 4], 'a/b': { c: true }, 'm~n': 'xy', s: 'abc', o: { k: 1, j: 2 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(pointer('/a~1b/~0c')).toEqual(['a/b', '~c']);
    expect(pointer('no-slash')).toBeUndefined();
  });

  it('an empty path replaces the root of the channel; remove clears it', () => {
    const d = decode([
      { p: '', o: 'add', v: { a: 1 } },
      { p: '', o: 'replace', v: { b: 2 } },
    ]);
    expect(d.tree('0')).toEqual({ b: 2 });
    d.apply({ p: '', o: 'remove' });
    expect(d.tree('0')).toBeUndefined();
  });

  it('builds only the channels it is asked to keep', () => {
    const d = createDeltaDecoder({ keep: (v) => v?.keep === true });
    d.apply({ p: '', o: 'add', v: { keep: false, t: '' }, c: 0 });
    d.apply({ p: '', o: 'add', v: { keep: true, t: '' }, c: 1 });
    d.apply({ p: '/t', o: 'append', v: 'x', c: 0 });
    d.apply({ p: '/t', o: 'append', v: 'y', c: 1 });
    expect(d.tree('0')).toBeUndefined();
    expect(d.tree('1')).toEqual({ keep: true, t: 'y' });
    expect([...d.kept()]).toEqual(['1']);
  });

  it('peekDelta reads the head and the trailing channel without parsing', () => {
    expect(peekDelta('{"v": " token"}')).toEqual({ object: false });
    expect(peekDelta('{"p": "/message/content/parts/0", "o": "append", "v": "x", "c": 3}')).toEqual({
      p: '/message/content/parts/0',
      o: 'append',
      c: '3',
      object: false,
    });
    expect(peekDelta('{"p": "", "o": "add", "v": {"message": {}}, "c": 0}')).toEqual({
      p: '',
      o: 'add',
      c: '0',
      object: true,
    });
    // A token whose own text looks like a channel key is escaped, so it is not read as one.
    expect(peekDelta('{"v": "\\", \\"c\\": 1}"}')).toEqual({ object: false });
    expect(peekDelta('{"c": 0, "v": 1}')).toBeUndefined(); // another key order: the caller parses
    expect(peekDelta('{"type": "x"}')).toBeUndefined();
  });
});

describe('the turn tracker follows channels without decoding answers', () => {
  const tool = (id: string, text = '') => ({
    message: {
      id,
      author: { role: 'tool', name: 't2uay3k.sj1i4kz' },
      content: { content_type: 'text', parts: [text] },
      metadata: {},
    },
  });
  const assistant = (id: string) => ({
    message: { id, author: { role: 'assistant' }, content: { content_type: 'text', parts: [''] } },
  });

  it('an image tool message on one channel is rebuilt while the answer streams on another, tokens unparsed', () => {
    const t = createTurnTracker();
    const frames: object[] = [
      { p: '', o: 'add', v: assistant('a1'), c: 0 },
      { p: '', o: 'add', v: tool('t1'), c: 1 },
      { p: '/message/content/parts/0', o: 'append', v: 'Hello', c: 0 },
      ...Array.from({ length: 50 }, () => ({ v: ' word' })),
      { p: '/message/content/parts/0', o: 'append', v: "You're generating images", c: 1 },
      { v: ' too quickly.' }, // channel 1: inherited
      { p: '/message/content/parts/0', o: 'append', v: ' more', c: 0 },
      { v: ' answer' }, // channel 0 again
      { o: 'patch', v: [{ p: '/message/metadata/is_error', o: 'add', v: true }], c: 1 },
    ];
    const parse = vi.spyOn(JSON, 'parse');
    for (const f of frames) t.pushData(JSON.stringify(f));
    const parsed = parse.mock.calls.length;
    parse.mockRestore();
    expect(parsed).toBeLessThanOrEqual(6); // the two adds, the channel-1 frames; never the 50 tokens
    const f = t.result(CTX);
    expect(f?.kinds).toEqual(['image-cooldown']);
    expect(f?.evidence).toContain("You're generating images too quickly.");
    expect(f?.evidence).not.toContain('word');
  });

  it('property: skipping untracked frames leaves the tracked message exactly as the full decoder builds it', () => {
    const op = fc.constantFrom('append', 'replace');
    const frame = fc.record(
      {
        c: fc.constantFrom(0, 1, 2),
        p: fc.constantFrom('/message/content/parts/0', '/message/status'),
        o: op,
        v: fc.string({ maxLength: 6 }),
      },
      { requiredKeys: ['v'] },
    );
    fc.assert(
      fc.property(fc.array(frame, { maxLength: 60 }), (frames) => {
        const start = [
          { p: '', o: 'add', v: assistant('a'), c: 0 },
          { p: '', o: 'add', v: tool('t', "You're generating images too quickly."), c: 1 },
          { p: '', o: 'add', v: assistant('b'), c: 2 },
          { p: '/message/status', o: 'replace', v: 'in_progress', c: 2 }, // later frames never replace a root
        ];
        // Keys in ChatGPT's order (p, o, v, c), so the cheap head check applies.
        const ordered = [...start, ...frames].map((f) => {
          const { p, o, v, c } = f as Record<string, unknown>;
          return JSON.stringify({
            ...(p !== undefined ? { p } : {}),
            ...(o !== undefined ? { o } : {}),
            v,
            ...(c !== undefined ? { c } : {}),
          });
        });
        const full = createDeltaDecoder({ maxString: 16_384 });
        for (const s of ordered) full.apply(JSON.parse(s));
        const t = createTurnTracker();
        for (const s of ordered) t.pushData(s);
        const f = t.result(CTX);
        const expected = full.tree('1')?.message;
        const got = f ? JSON.parse(f.evidence.split('\n')[0]!.slice(6)).message : undefined;
        if (got) expect(got).toEqual(expected);
        else expect(expected?.content?.parts?.[0]).not.toMatch(/^You're generating images too quickly/);
      }),
      { numRuns: 300 },
    );
  });
});
