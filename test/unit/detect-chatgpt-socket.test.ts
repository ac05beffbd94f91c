import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { BridgeMessage, NetworkFinding } from '../../lib/detect/bridge.ts';
import fc from 'fast-check';
import { createSocketReader, MAX_FRAME_CHARS, skipsQuickToken, sseData } from '../../lib/detect/chatgpt-socket.ts';
import { createTurnRegistry, MAX_LIVE_TURNS } from '../../lib/detect/turns.ts';
import { assembled } from './helpers/assembled.ts';

const CID = '6a0f3c2e-9b1d-4c7e-8f21-3d5e7a9b0c11';
const TURN = 'turn-7f3a';
const TOPIC = `conversation-turn-${TURN}`;

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/streams/${name}`, import.meta.url), 'utf8');
}

/** The SSE events of a body, each as the text a socket item's encoded_item carries. */
function events(body: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (line === '') {
      if (cur.length) out.push(cur.join('\n') + '\n\n');
      cur = [];
    } else if (line.startsWith('data:') && cur.some((l) => l.startsWith('data:'))) {
      out.push(cur.join('\n') + '\n\n'); // a capture without blank lines between events
      cur = [line];
    } else cur.push(line);
  }
  if (cur.length) out.push(cur.join('\n') + '\n\n');
  return out;
}

/** One stream item envelope per event, shaped as docs/chatgpt-protocol.md §2 describes. */
function items(body: string, turnId = TURN) {
  return events(body).map((encoded_item, i) => ({
    type: 'message',
    topic_id: `conversation-turn-${turnId}`,
    payload: {
      type: 'conversation-turn-stream',
      payload: {
        type: 'stream-item',
        conversation_id: CID,
        turn_id: turnId,
        encoded_item,
        stream_item_id: `${turnId}-item-${i}`,
        parent_stream_item_id: i ? `${turnId}-item-${i - 1}` : null,
        server_timestamp_ms: 1_790_000_000_000 + i,
      },
    },
    offset: `1790000000000-${i}`,
  }));
}

function setup(now = () => 1_790_000_010_000) {
  const msgs: BridgeMessage[] = [];
  const timers: (() => void)[] = [];
  const emit = assembled(msgs, now);
  const registry = createTurnRegistry({ emit, now, setTimer: (fn) => timers.push(fn), clearTimer: () => {} });
  const reader = createSocketReader({ registry, emit, now, endpoint: 'wss://ws.chatgpt.com' });
  const findings = () =>
    msgs.filter((m) => m.type === 'finding').map((m) => (m as { finding: NetworkFinding }).finding);
  return { msgs, reader, registry, findings, timers };
}

const types = (msgs: BridgeMessage[]) => msgs.map((m) => m.type);

describe('a turn over the socket', () => {
  it('a quota refusal wholly over the socket, one item a frame: turn-start, finding, turn-end', () => {
    const { msgs, reader, findings } = setup();
    for (const it of items(fixture('quota-zh.txt'))) reader.onFrame(JSON.stringify([it]));
    expect(types(msgs)).toEqual(['turn-start', 'finding', 'turn-end']);
    const f = findings()[0]!;
    expect([...f.kinds].sort()).toEqual(['image-gate', 'image-quota']);
    expect(f).toMatchObject({ endpoint: 'wss://ws.chatgpt.com', method: 'WS', conversationId: CID, turnId: TURN });
    expect(f.messageIds).toEqual(['t-quota-zh', 'a-quota-zh']);
    expect(f.limitsProgress?.[0]).toMatchObject({ feature_name: 'image_gen', remaining: 0 });
    expect(f.evidence).not.toContain('resume_conversation_token');
  });

  it('single objects, batched arrays and a subscribe reply whose catch-ups replay items: the same one finding', () => {
    const all = items(fixture('quota-zh.txt'));
    const plain = setup();
    for (const it of all) plain.reader.onFrame(JSON.stringify(it));
    const replayed = setup();
    replayed.reader.onFrame(
      JSON.stringify({
        id: 3,
        type: 'reply',
        reply: { type: 'subscribe', topic_id: TOPIC, last_offset: '0', recovered: true, catchups: all.slice(0, 4) },
      }),
    );
    replayed.reader.onFrame(JSON.stringify(all.slice(0, 6))); // the live stream repeats what the catch-up held
    replayed.reader.onFrame(JSON.stringify(all.slice(2)));
    expect(types(replayed.msgs)).toEqual(['turn-start', 'finding', 'turn-end']);
    expect(replayed.findings()).toEqual(plain.findings());
    expect(replayed.reader.stats.duplicates).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ['one item a frame', [1]],
    ['every fourth frame batching four items', [1, 1, 1, 4]],
    ['every frame batching three', [3]],
  ])('an answer streamed over the socket (%s) is not parsed token by token, and gives no finding', (_, batch) => {
    const tokens = Array.from({ length: 500 }, (_, i) => `data: {"v": " word${i} \\"quoted\\", \\"c\\" "}\n\n`).join(
      '',
    );
    const body =
      'event: delta_encoding\ndata: "v1"\n\n' +
      `event: delta\ndata: {"p": "", "o": "add", "v": {"message": {"id": "a1", "author": {"role": ` +
      `"assistant"}, "content": {"content_type": "text", "parts": [""]}}, "conversation_id": ` +
      `"${CID}"}, "c": 0}\n\n` +
      'event: delta\ndata: {"p": "/message/content/parts/0", "o": "append", "v": "Hi"}\n\n' +
      tokens.replaceAll(', \\"c\\" ', '') +
      'data: {"type": "message_stream_complete"}\n\ndata: [DONE]\n\n';
    const { msgs, reader } = setup();
    const all = items(body);
    const frames: string[] = [];
    for (let i = 0, k = 0; i < all.length; i += batch[k++ % batch.length]!)
      frames.push(JSON.stringify(all.slice(i, i + batch[k % batch.length]!)));
    const parse = vi.spyOn(JSON, 'parse');
    for (const f of frames) reader.onFrame(f);
    const parsed = parse.mock.calls.length;
    parse.mockRestore();
    expect(reader.stats.skipped).toBe(500);
    // A handful: the frames the filter lets through and the bridge round trips, never one per token.
    expect(parsed).toBeLessThan(30);
    expect(types(msgs)).toEqual(['turn-start', 'turn-end']);
  });

  it('token events written three ways are all skipped, and the refusal among them is still found', () => {
    // The fast path compares each item with the start of the last token event it saw: a change of spelling must
    // fall back to the full check, never let another kind of event through as a token.
    const spellings = ['event: delta\ndata: {"v": "', 'data: {"v":"', 'event: delta\ndata:{"v": "'];
    const tokens = (n: number) =>
      Array.from({ length: n }, (_, i) => `${spellings[Math.floor(i / 7) % 3]}w${i} "}\n\n`).join('');
    const quota = events(fixture('quota-zh.txt'));
    const plain = setup();
    for (const it of items(quota.join(''))) plain.reader.onFrame(JSON.stringify([it]));
    const body = [quota[0], quota[1], tokens(300), ...quota.slice(2, -1), tokens(60), quota.at(-1)].join('');
    const mixed = setup();
    for (const it of items(body)) mixed.reader.onFrame(JSON.stringify([it]));
    expect(mixed.findings()).toEqual(plain.findings());
    expect(mixed.findings()).toHaveLength(1);
    expect(mixed.reader.stats.skipped).toBeGreaterThan(300);
  });

  it('a frame batching token items with another envelope is read in full; braces in a token are only text', () => {
    // The fast path takes a frame as a token only when its event closes right after the token's text and nothing
    // after the item opens an object (`{"`): a turn-complete or a reply batched after a token item must still be read.
    const head =
      'event: delta_encoding\ndata: "v1"\n\n' +
      `event: delta\ndata: {"p": "", "o": "add", "v": {"message": {"id": "a1", "author": {"role": ` +
      `"assistant"}, "content": {"content_type": "text", "parts": [""]}}, "conversation_id": "${CID}"}, "c": 0}\n\n`;
    const texts = ['{', ' {\\"a\\": 1}', ' \\"encoded_item\\":\\"x', ' plain'];
    const tokens = Array.from({ length: 40 }, (_, i) => `event: delta\ndata: {"v": "${texts[i % 4]}"}\n\n`).join('');
    const all = items(head + tokens);
    const { msgs, reader } = setup();
    for (const it of all) reader.onFrame(JSON.stringify([it]));
    expect(reader.stats.skipped).toBeGreaterThanOrEqual(38);
    // Two token items in one frame are still tokens (the frame is parsed, their events are not).
    const skipped = reader.stats.skipped;
    reader.onFrame(JSON.stringify(all.slice(-2)));
    expect(reader.stats.skipped).toBe(skipped + 2);
    expect(types(msgs)).toEqual(['turn-start']);
    const complete = {
      type: 'message',
      topic_id: 'conversations',
      payload: { type: 'conversation-turn-complete', payload: { conversation_id: CID } },
    };
    reader.onFrame(JSON.stringify([all.at(-1), complete]));
    expect(types(msgs)).toEqual(['turn-start', 'turn-end']);
  });

  it('property: a frame is told as tokens without parsing only when every item in it is a bare token of the turn', () => {
    // What the quick check sees is the frame's escaped text: the event escaped once, the token's text twice. Texts
    // made of quotes, backslashes, braces and line ends must never end the token early or hide a key after it, and
    // a batch is skipped only when each of its items is such a token of the same turn: another turn's item, a
    // turn's end or a reply batched with tokens must be read.
    const head =
      'event: delta_encoding\ndata: "v1"\n\n' +
      `event: delta\ndata: {"p": "", "o": "add", "v": {"message": {"id": "a1", "author": {"role": ` +
      `"assistant"}, "content": {"content_type": "text", "parts": [""]}}, "conversation_id": "${CID}"}, "c": 0}\n\n` +
      'event: delta\ndata: {"v": "seed"}\n\n';
    const seed = items(head);
    const text = fc
      .array(fc.constantFrom('"', '\\', '}', '{', 'n', 'r', '\n', '\r', 'c', ',', ' ', ':', '"}', '\\"', 'é你', 'x'), {
        maxLength: 12,
      })
      .map((a) => a.join(''));
    const after = fc.constantFrom('', ', "c": 1', ', "c": 0', ', "p": "/message/content/parts/0"', ', "o": "append"');
    const ends = fc.constantFrom('\n\n', '\n', '', '\r\n\r\n', '\n\ndata: {"v": "y"}\n\n', '\ndata: {"type": "x"}\n\n');
    const token = fc.record({ t: text, more: after, end: ends, id: fc.nat(100_000) });
    const element = fc.oneof(
      { weight: 4, arbitrary: token },
      { weight: 1, arbitrary: fc.constantFrom('other-turn', 'complete', 'reply') },
    );
    const isBare = (e: { more: string; end: string }) => !e.more && /^(?:\r?\n)*$/.test(e.end);
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 5 }), (elements) => {
        const { reader } = setup();
        for (const it of seed) reader.onFrame(JSON.stringify([it]));
        const last = seed.at(-1)!;
        const frameItems = elements.map((e) => {
          if (e === 'complete')
            return {
              type: 'message',
              topic_id: 'conversations',
              payload: { type: 'conversation-turn-complete', payload: { conversation_id: CID } },
            };
          if (e === 'reply')
            return { id: 2, type: 'reply', reply: { type: 'subscribe', topic_id: TOPIC, catchups: [last] } };
          if (e === 'other-turn') return items(head, 'turn-other').at(-1)!;
          const item = structuredClone(last);
          item.payload.payload.encoded_item = `event: delta\ndata: {"v": ${JSON.stringify(e.t)}${e.more}}${e.end}`;
          item.payload.payload.stream_item_id += `-${e.id}`;
          item.offset += `-${e.id}`;
          return item;
        });
        const bare = elements.every((e) => typeof e !== 'string' && isBare(e));
        const before = reader.stats.skipped;
        expect(skipsQuickToken(JSON.stringify(frameItems), reader.quick)).toBe(bare);
        expect(reader.stats.skipped - before).toBe(bare ? elements.length : 0);
      }),
      { numRuns: 600 },
    );
  });

  it('items split across frames in any grouping give the same result', () => {
    const all = items(fixture('cooldown-append-crlf.txt'));
    const expected = setup();
    for (const it of all) expected.reader.onFrame(JSON.stringify(it));
    for (const size of [2, 3, 5, all.length]) {
      const s = setup();
      for (let i = 0; i < all.length; i += size) s.reader.onFrame(JSON.stringify(all.slice(i, i + size)));
      expect(s.findings()).toEqual(expected.findings());
      expect(s.findings()[0]?.kinds).toEqual(['image-cooldown']);
    }
  });

  it('conversation-turn-complete ends a socket turn that had no [DONE]; a late item starts nothing', () => {
    const all = items(fixture('quota-zh.txt')).filter(
      (it) => !/\[DONE\]|conversation_detail_metadata/.test(it.payload.payload.encoded_item),
    );
    const { msgs, reader } = setup();
    for (const it of all) reader.onFrame(JSON.stringify(it));
    expect(types(msgs)).toEqual(['turn-start']);
    reader.onFrame(
      JSON.stringify({
        type: 'message',
        topic_id: 'conversations',
        payload: { type: 'conversation-turn-complete', payload: { conversation_id: CID } },
      }),
    );
    expect(types(msgs)).toEqual(['turn-start', 'finding', 'turn-end']);
    reader.onFrame(JSON.stringify(all[3]));
    reader.onFrame(JSON.stringify(all));
    expect(types(msgs)).toEqual(['turn-start', 'finding', 'turn-end']);
  });

  it('an unsubscribe reply or the socket closing ends its turns', () => {
    const all = items(fixture('moderation.txt')).slice(0, 3);
    const a = setup();
    for (const it of all) a.reader.onFrame(JSON.stringify(it));
    a.reader.onFrame(JSON.stringify({ id: 9, type: 'reply', reply: { type: 'unsubscribe', topic_id: TOPIC } }));
    expect(types(a.msgs).at(-1)).toBe('turn-end');
    const b = setup();
    for (const it of all) b.reader.onFrame(JSON.stringify(it));
    b.reader.close();
    const end = b.msgs.at(-1);
    expect(end).toMatchObject({ type: 'turn-end', aborted: true });
  });

  it('an async task update carrying an image refusal is a finding, once', () => {
    const { msgs, reader, findings } = setup();
    const message = {
      id: 'tool-async-1',
      author: { role: 'tool', name: 't2uay3k.sj1i4kz', metadata: {} },
      content: {
        content_type: 'text',
        parts: ["You're generating images too quickly. Please wait for 2 minutes before generating more images."],
      },
      metadata: { is_error: true, async_task_type: 'image_gen' },
      status: 'finished_successfully',
    };
    const frame = JSON.stringify([
      {
        type: 'message',
        topic_id: 'conversations',
        payload: {
          type: 'conversation-update',
          payload: {
            conversation_id: CID,
            update_type: 'async-task-update-message',
            update_content: { async_task_id: 'task-1', message },
          },
        },
      },
    ]);
    reader.onFrame(frame);
    reader.onFrame(frame);
    expect(types(msgs)).toEqual(['finding']);
    expect(findings()[0]).toMatchObject({
      kinds: ['image-cooldown'],
      messageIds: ['tool-async-1'],
      conversationId: CID,
    });
    expect(findings()[0]!.evidence).toContain('too quickly');
  });

  it('a successful image task update is not a finding', () => {
    const { msgs, reader } = setup();
    const message = {
      id: 'img-1',
      author: { role: 'tool', name: 't2uay3k.sj1i4kz' },
      content: {
        content_type: 'multimodal_text',
        parts: [{ content_type: 'image_asset_pointer', asset_pointer: 'sediment://file_1' }],
      },
      metadata: { async_task_type: 'image_gen' },
      status: 'finished_successfully',
    };
    reader.onFrame(
      JSON.stringify({
        type: 'message',
        topic_id: 'conversations',
        payload: {
          type: 'conversation-update',
          payload: { conversation_id: CID, update_type: 'async-task-update-message', update_content: { message } },
        },
      }),
    );
    expect(msgs).toEqual([]);
  });
});

describe('bad input on the socket', () => {
  it('binary, non-JSON, unknown envelopes and forged shapes never throw and start nothing', () => {
    const { msgs, reader } = setup();
    const frames: unknown[] = [
      new ArrayBuffer(16),
      new Uint8Array([1, 2, 3]),
      { not: 'a string' },
      'not json at all',
      '{"kind":"chunk","text":"hello"}',
      '[1,2,3]',
      'conversation-[',
      JSON.stringify({
        type: 'message',
        topic_id: TOPIC,
        payload: { type: 'conversation-turn-stream', payload: { encoded_item: 42 } },
      }),
      JSON.stringify({
        type: 'message',
        topic_id: TOPIC,
        payload: { type: 'conversation-turn-stream', payload: null },
      }),
      JSON.stringify({
        type: 'reply',
        reply: { type: 'subscribe', topic_id: 'conversation-turn-x', catchups: 'nope' },
      }),
      JSON.stringify({
        type: 'message',
        payload: {
          type: 'conversation-update',
          payload: { update_type: 'async-task-update-message', update_content: { message: { author: 1 } } },
        },
      }),
      JSON.stringify([
        {
          type: 'message',
          topic_id: 'conversation-turn-',
          payload: { type: 'conversation-turn-stream', payload: { encoded_item: 'data: {' } },
        },
      ]),
    ];
    for (const f of frames) expect(() => reader.onFrame(f)).not.toThrow();
    expect(reader.stats.binary).toBe(3);
    expect(reader.stats.unknown).toBeGreaterThanOrEqual(2);
    // The reply started the turn it named (a subscribe means a turn is under way) and nothing else did; the two
    // envelopes about a turn in a shape we do not know were told to the health check (at 1 and 2).
    expect(types(msgs)).toEqual(['socket-stats', 'socket-stats', 'turn-start']);
    expect(msgs.filter((m) => m.type === 'socket-stats')).toEqual([
      { type: 'socket-stats', unknown: 1 },
      { type: 'socket-stats', unknown: 2 },
    ]);
  });

  it('envelopes about conversations in an unknown shape are reported at powers of two, other chatter never', () => {
    const { msgs, reader } = setup();
    for (let i = 0; i < 40; i++) reader.onFrame('{"type":"pong"}');
    for (let i = 0; i < 20; i++)
      reader.onFrame(
        JSON.stringify({
          type: 'message',
          topic_id: TOPIC,
          payload: { type: 'conversation-turn-stream-v2', body: 'x' },
        }),
      );
    expect(reader.stats.strange).toBe(20);
    expect(msgs.filter((m) => m.type === 'socket-stats').map((m) => (m as { unknown: number }).unknown)).toEqual([
      1, 2, 4, 8, 16,
    ]);
  });

  it('a 5 MB catch-up frame is read; a frame over the cap is dropped without being parsed', () => {
    const { msgs, reader } = setup();
    const token = items(`data: {"v": "${'x'.repeat(200)}"}\n\n`)[0]!;
    const many = Array.from({ length: 12_000 }, (_, i) => ({
      ...token,
      payload: { ...token.payload, payload: { ...token.payload.payload, stream_item_id: `i${i}` } },
    }));
    const quota = items(fixture('quota-zh.txt'));
    const big = JSON.stringify([...quota.slice(0, 3), ...many, ...quota.slice(3)]);
    expect(big.length).toBeGreaterThan(5_000_000);
    expect(big.length).toBeLessThan(MAX_FRAME_CHARS);
    reader.onFrame(big);
    expect(types(msgs)).toEqual(['turn-start', 'finding', 'turn-end']);
    const huge = 'conversation-' + ' '.repeat(MAX_FRAME_CHARS);
    const parse = vi.spyOn(JSON, 'parse');
    reader.onFrame(huge);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(reader.stats.oversize).toBe(1);
  });

  it('a flood of forged turns keeps at most a bounded number live', () => {
    const { msgs, reader, registry } = setup();
    for (let i = 0; i < 200; i++)
      reader.onFrame(JSON.stringify(items('data: {"type": "input_message"}\n\n', `forged-${i}`)));
    expect(registry.live()).toBeLessThanOrEqual(MAX_LIVE_TURNS);
    const starts = msgs.filter((m) => m.type === 'turn-start').length;
    const ends = msgs.filter((m) => m.type === 'turn-end').length;
    expect(starts - ends).toBe(registry.live());
  });

  it('an idle socket turn ends by itself as aborted', () => {
    let t = 1_000;
    const { msgs, reader, timers } = setup(() => t);
    reader.onFrame(JSON.stringify(items(fixture('quota-zh.txt')).slice(0, 2)));
    t += 91_000;
    for (const fire of timers.splice(0)) fire();
    expect(msgs.at(-1)).toMatchObject({ type: 'turn-end', aborted: true });
  });
});

describe('sseData', () => {
  it('joins data lines, ignores other fields, accepts CRLF', () => {
    expect(sseData('event: delta\ndata: {"v": 1}\n\n')).toBe('{"v": 1}');
    expect(sseData('data:a\r\ndata: b\r\n\r\n')).toBe('a\nb');
    expect(sseData('event: ping\n\n')).toBeUndefined();
  });
});
