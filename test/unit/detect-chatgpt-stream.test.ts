import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NetworkFinding } from '../../lib/detect/bridge.ts';
import { createTurnTracker, type FindingContext, imageToolSignal } from '../../lib/detect/chatgpt-stream.ts';
import { createSseParser } from '../../lib/detect/sse.ts';
import type { J } from '../../lib/detect/page-value.ts';

const CID = '6a0f3c2e-9b1d-4c7e-8f21-3d5e7a9b0c11';
const CTX: FindingContext = {
  endpoint: '/backend-api/f/conversation',
  method: 'POST',
  status: 200,
  headers: { 'content-type': 'text/event-stream; charset=utf-8' },
  seenAt: 1_790_000_010_000,
};

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/streams/${name}`, import.meta.url), 'utf8');
}

/** Bytes of `text` cut at the given byte offsets (anywhere, also inside a UTF-8 character). */
function byteChunks(text: string, at: number[] = []): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const points = [...new Set(at.map((i) => Math.min(i, bytes.length)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}

/** The observer's pipeline: bytes → streaming TextDecoder → SSE parser → tracker. */
function run(chunks: Uint8Array[]) {
  const tracker = createTurnTracker();
  const parser = createSseParser(tracker.push);
  const decoder = new TextDecoder();
  for (const c of chunks) parser.push(decoder.decode(c, { stream: true }));
  parser.push(decoder.decode());
  parser.end();
  return { tracker, finding: tracker.result(CTX) };
}

const runText = (text: string, at?: number[]) => run(byteChunks(text, at));

/** Each evidence line is `data: <JSON>`. */
function evidenceEvents(f: NetworkFinding): unknown[] {
  const lines = f.evidence.split('\n').filter(Boolean);
  for (const l of lines) expect(l.startsWith('data: ')).toBe(true);
  return lines.map((l) => JSON.parse(l.slice(6)));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('turn tracker on recorded stream shapes', () => {
  it('quota refusal (Chinese directive) with blocked_features: image-quota + image-gate', () => {
    const { finding, tracker } = runText(fixture('quota-zh.txt'));
    expect(finding).toBeDefined();
    const f = finding as NetworkFinding;
    expect([...f.kinds].sort()).toEqual(['image-gate', 'image-quota']);
    expect(f.conversationId).toBe(CID);
    expect(f.messageIds).toEqual(['t-quota-zh', 'a-quota-zh']);
    expect(f.limitsProgress).toEqual([
      { feature_name: 'image_gen', remaining: 0, reset_after: '2026-09-18T01:18:40.658860+00:00' },
    ]);
    expect(f).toMatchObject({ ...CTX, truncated: false });
    const events = evidenceEvents(f) as Array<Record<string, J>>;
    expect(events[0]?.message?.content).toMatchObject({
      content_type: 'system_error',
      name: 'ChatGPTAgentToolRateLimitException',
    });
    expect(f.evidence).toContain('上限将在 10小时 后重置');
    expect(events[1]).toMatchObject({ type: 'conversation_detail_metadata' });
    expect(events[1]?.blocked_features[1]).toMatchObject({ name: 'image_gen', resets_after_text: 'in 5 hours' });
    // Only signal lines: never the resume token, the user prompt or the streamed answer.
    expect(f.evidence).not.toContain('resume_conversation_token');
    expect(f.evidence).not.toContain('draw a red fox');
    expect(f.evidence).not.toContain('server_ste_metadata');
    expect(events).toHaveLength(2);
    expect(tracker.isTurnOver()).toBe(true);
  });

  it('quota refusal (English) in a capture without blank lines between events', () => {
    const f = runText(fixture('quota-en-no-blank-lines.txt')).finding as NetworkFinding;
    expect(f.kinds).toEqual(['image-quota']);
    expect(f.messageIds).toEqual(['t-quota-en', 'a-quota-en']);
    expect(f.evidence).toContain("You've hit the Free plan limit for image generation.");
    expect(f.limitsProgress).toBeUndefined();
  });

  it('cooldown text streamed through append patches, is_error patched in, CRLF line ends', () => {
    const { finding, tracker } = runText(fixture('cooldown-append-crlf.txt'));
    const f = finding as NetworkFinding;
    expect(f.kinds).toEqual(['image-cooldown']);
    expect(f.messageIds).toEqual(['t-cooldown', 'a-cooldown']);
    const tool = (evidenceEvents(f)[0] as J).message;
    expect(tool.content.parts[0]).toBe(
      "You're generating images too quickly. To ensure the best experience for everyone, we have rate limits in " +
        'place. Please wait for an hour before generating more images. Before doing anything else, please explicitly ' +
        'explain to the user that you were unable to generate images because of this. DO NOT UNDER ANY ' +
        'CIRCUMSTANCES retry generating images until a new request is given.',
    );
    expect(tool.metadata).toEqual({ is_error: true });
    expect(tool.status).toBe('finished_successfully');
    expect(f.limitsProgress).toEqual([
      { feature_name: 'image_gen', remaining: 12, reset_after: '2026-09-18T01:18:40.658860+00:00' },
    ]);
    // The assistant's tokens were never parsed.
    expect(tracker.stats.skipped).toBeGreaterThan(5);
  });

  it('blocked_features in conversation_detail_metadata alone: image-gate, no message ids', () => {
    const f = runText(fixture('gate-text-only.txt')).finding as NetworkFinding;
    expect(f.kinds).toEqual(['image-gate']);
    expect(f.messageIds).toEqual([]);
    expect(evidenceEvents(f)).toHaveLength(1);
    expect(f.evidence).toContain('"resets_after": "2026-09-18T01:18:40.658860+00:00"');
  });

  it('queued "high demand" card then normal completion: no finding', () => {
    const { finding, tracker } = runText(fixture('success-high-demand.txt'));
    expect(finding).toBeUndefined();
    expect(tracker.conversationId()).toBe(CID);
    expect(tracker.isTurnOver()).toBe(true);
  });

  it('successful image (multimodal_text with an image_asset_pointer): no finding', () => {
    expect(runText(fixture('success-image.txt')).finding).toBeUndefined();
  });

  it('moderation block: moderation', () => {
    const f = runText(fixture('moderation.txt')).finding as NetworkFinding;
    expect(f.kinds).toEqual(['moderation']);
    expect(f.messageIds).toEqual(['u1']);
    expect(evidenceEvents(f)).toContainEqual(expect.objectContaining({ type: 'moderation' }));
  });

  it('a top-level error in the stream: stream-error', () => {
    const { finding, tracker } = runText(fixture('stream-error.txt'));
    const f = finding as NetworkFinding;
    expect(f.kinds).toEqual(['stream-error']);
    expect(f.evidence).toContain('Something went wrong while generating the response.');
    expect(tracker.isTurnOver()).toBe(false); // the stream just ended
  });

  it('the same exception from the python tool is not an image finding', () => {
    expect(runText(fixture('python-rate-limit.txt')).finding).toBeUndefined();
  });

  it('legacy whole-message frames: image-quota, cumulative assistant frames skipped unparsed', () => {
    const { finding, tracker } = runText(fixture('legacy-quota.txt'));
    const f = finding as NetworkFinding;
    expect(f.kinds).toEqual(['image-quota']);
    expect(f.messageIds).toEqual(['t-legacy', 'a-legacy']);
    // The tool frame and the first assistant frame are parsed; the other four assistant frames are not.
    expect(tracker.stats.parsed).toBe(2);
    expect(tracker.stats.skipped).toBe(5);
  });

  it('a long plain answer: no finding, and the tokens are not parsed', () => {
    const tokens = Array.from({ length: 5000 }, (_, i) => `{"v": " token${i} \\"quoted\\" error"}`);
    const text =
      'event: delta_encoding\ndata: "v1"\n\n' +
      'event: delta\ndata: {"p": "", "o": "add", "v": {"message": {"id": "a-long", "author": {"role": ' +
      '"assistant", "name": null}, "content": {"content_type": "text", "parts": [""]}, "status": ' +
      '"in_progress"}, "conversation_id": "c-long", "error": null}, "c": 0}\n\n' +
      'event: delta\ndata: {"p": "/message/content/parts/0", "o": "append", "v": "Once"}\n\n' +
      tokens.map((t) => `event: delta\ndata: ${t}\n\n`).join('') +
      'event: delta\ndata: {"p": "", "o": "patch", "v": [{"p": "/message/content/parts/0", "o": ' +
      '"append", "v": "."}, {"p": "/message/status", "o": "replace", "v": "finished_successfully"}]}\n' +
      '\n' +
      'data: {"type": "message_stream_complete", "conversation_id": "c-long"}\n\n' +
      'data: {"type": "conversation_detail_metadata", "blocked_features": [], "limits_progress": null}\n\n' +
      'data: [DONE]\n\n';
    const parse = vi.spyOn(JSON, 'parse');
    const { finding, tracker } = runText(text, [1000, 77_777, 150_001]);
    expect(finding).toBeUndefined();
    expect(tracker.stats.events).toBe(5007);
    expect(tracker.stats.parsed).toBe(3); // the add frame and the two typed events
    expect(parse).toHaveBeenCalledTimes(3);
    expect(tracker.conversationId()).toBe('c-long');
  });
});

describe('frame skipping', () => {
  it('skips a bare {"v": "token"} frame of an untracked message without JSON.parse', () => {
    const tracker = createTurnTracker();
    tracker.push({ data: '{"p": "", "o": "add", "v": {"message": {"id": "a", "author": {"role": "assistant"}}}}' });
    const parse = vi.spyOn(JSON, 'parse');
    tracker.push({ event: 'delta', data: '{"v": "token"}' });
    tracker.push({ event: 'delta', data: '{"v":"token"}' });
    tracker.push({ data: '{"p": "/message/content/parts/0", "o": "append", "v": "more"}' });
    tracker.push({ data: '{"o": "patch", "v": [{"p": "/message/status", "o": "replace", "v": "x"}]}' });
    expect(parse).not.toHaveBeenCalled();
    expect(tracker.stats.skipped).toBe(4);
  });

  it('parses a token frame that has an "error" key, and every frame of a tracked tool message', () => {
    const tracker = createTurnTracker();
    tracker.push({ data: '{"p": "", "o": "add", "v": {"message": {"id": "a", "author": {"role": "assistant"}}}}' });
    tracker.push({ data: '{"v": "x", "error": "Something went wrong"}' });
    expect(tracker.stats.parsed).toBe(2);
    tracker.push({
      data:
        '{"p": "", "o": "add", "v": {"message": {"id": "t", "author": {"role": "tool", "name": ' +
        '"t2uay3k.sj1i4kz"}, "content": {"content_type": "text", "parts": [""]}}}}',
    });
    tracker.push({ data: '{"v": "y"}' });
    expect(tracker.stats.parsed).toBe(4);
    expect(tracker.result(CTX)?.kinds).toEqual(['stream-error']);
  });

  it('does not track non-image tools or the stream after [DONE]', () => {
    const tracker = createTurnTracker();
    tracker.push({
      data: '{"p": "", "o": "add", "v": {"message": {"id": "w", "author": {"role": "tool", "name": "web.run"}}}}',
    });
    tracker.push({ data: '{"v": "lots of search output"}' });
    tracker.push({ data: '[DONE]' });
    tracker.push({ data: '{"type": "moderation", "moderation_response": {"blocked": true}}' });
    expect(tracker.stats.parsed).toBe(1);
    expect(tracker.result(CTX)).toBeUndefined();
  });
});

describe('patch application on a tracked message', () => {
  function track(...frames: object[]) {
    const tracker = createTurnTracker();
    tracker.push({
      data: JSON.stringify({
        p: '',
        o: 'add',
        v: {
          message: {
            id: 't',
            author: { role: 'tool', name: 't2uay3k.sj1i4kz' },
            content: { content_type: 'text', parts: [''] },
            metadata: { a: 1 },
          },
        },
      }),
    });
    for (const f of frames) tracker.push({ data: JSON.stringify(f) });
    const f = tracker.result(CTX);
    let msg: J;
    try {
      msg = f ? JSON.parse(f.evidence.split('\n')[0]!.slice(6)).message : undefined;
    } catch {
      msg = undefined; // a line cut by the cap no longer parses
    }
    return { f, msg };
  }

  it('merges metadata objects on append/add, sets single keys, replaces on replace', () => {
    const { f, msg } = track(
      { p: '/message/content/parts/0', o: 'append', v: 'Image generation is paused' },
      { p: '/message/metadata', o: 'append', v: { b: 2 } },
      { p: '/message/metadata/is_error', o: 'add', v: true },
    );
    expect(f?.kinds).toEqual(['image-cooldown']);
    expect(msg.metadata).toEqual({ a: 1, b: 2, is_error: true });
    const replaced = track({ p: '/message/metadata', o: 'replace', v: { is_error: true } });
    expect(replaced.msg.metadata).toEqual({ is_error: true });
    expect(replaced.f?.kinds).toEqual(['image-tool-error']); // an is_error without text is a failure
  });

  it('truncates and removes, and ignores prototype keys', () => {
    const { msg } = track(
      { p: '/message/content/parts/0', o: 'append', v: "You're generating images too quickly. Extra" },
      { p: '/message/content/parts/0', o: 'truncate', v: 37 },
      { p: '/message/metadata/a', o: 'remove' },
      { p: '/message/__proto__/polluted', o: 'add', v: 1 },
      { p: '/message/metadata/constructor', o: 'replace', v: 1 },
    );
    expect(msg.content.parts[0]).toBe("You're generating images too quickly.");
    expect(msg.metadata).toEqual({});
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('a bare {"v"} frame continues the previous path and op', () => {
    const { msg } = track(
      { p: '/message/content/parts/0', o: 'append', v: "You're generating" },
      { v: ' images too' },
      {
        o: 'patch',
        v: [
          { p: '/message/status', o: 'replace', v: 'finished_successfully' },
          { p: '/message/content/parts/0', o: 'append', v: ' quickly.' },
        ],
      },
      { v: ' Wait.' },
    );
    expect(msg.content.parts[0]).toBe("You're generating images too quickly. Wait.");
  });

  it('caps strings grown by appends', () => {
    const { msg, f } = track(
      { p: '/message/content/parts/0', o: 'append', v: "You're generating images too quickly." },
      ...Array.from({ length: 100 }, () => ({ v: 'x'.repeat(1000) })),
    );
    expect(f?.kinds).toEqual(['image-cooldown']);
    expect(f!.evidence.length).toBeLessThanOrEqual(16_384);
    expect(f!.truncated).toBe(true);
    expect(f!.evidence).toMatch(/…\[truncated \d+ chars\]/);
    expect(msg).toBeUndefined(); // the line was cut, so it no longer parses; the marker says so
  });
});

describe('imageToolSignal', () => {
  const tool = (content: object, metadata: object = {}, extra: object = {}) => ({
    id: 'x',
    author: { role: 'tool', name: 't2uay3k.sj1i4kz', metadata: {} },
    content,
    metadata,
    status: 'finished_successfully',
    ...extra,
  });
  const text = (t: string) => ({ content_type: 'text', parts: [t] });

  it('classifies refusals and failures of the image tool', () => {
    expect(
      imageToolSignal(tool({ content_type: 'system_error', name: 'ChatGPTAgentToolRateLimitException', text: 'x' })),
    ).toBe('image-quota');
    expect(imageToolSignal(tool({ content_type: 'system_error', name: 'OtherException', text: 'x' }))).toBe(
      'image-tool-error',
    );
    expect(imageToolSignal(tool(text('You’re generating images too quickly. Wait.')))).toBe('image-cooldown');
    expect(imageToolSignal(tool(text('You are generating images too quickly.')))).toBe('image-cooldown');
    expect(imageToolSignal(tool(text('Vous générez des images trop rapidement.'), { is_error: true }))).toBe(
      'image-cooldown',
    );
    expect(imageToolSignal(tool(text('DALL·E experienced an error when generating images.'), { is_error: true }))).toBe(
      'image-tool-error',
    );
    expect(imageToolSignal(tool(text('生成图片时遇到错误')))).toBe('image-tool-error');
    expect(imageToolSignal(tool(text('This request violates our content policy.')))).toBe('moderation');
    expect(imageToolSignal(tool(text(''), {}, { status: 'failed' }))).toBe('image-tool-error');
    expect(imageToolSignal(tool(text(''), { finish_details: { type: 'server_error' } }))).toBe('image-tool-error');
  });

  it('gives no signal for successes, the queued card, or other tools', () => {
    expect(
      imageToolSignal(tool(text('DALL·E returned some images. They are already displayed to the user.'))),
    ).toBeUndefined();
    expect(
      imageToolSignal(
        tool(text('Processing image. High demand right now, this may take a while.'), {
          ui_card: true,
          image_gen_task_id: 't',
        }),
      ),
    ).toBeUndefined();
    expect(
      imageToolSignal({
        ...tool({ content_type: 'system_error', name: 'ChatGPTAgentToolRateLimitException' }),
        author: { role: 'tool', name: 'python' },
      }),
    ).toBeUndefined();
    expect(
      imageToolSignal({ ...tool(text("You're generating images too quickly.")), author: { role: 'assistant' } }),
    ).toBeUndefined();
  });

  it('recognises the image tool by metadata when the name is unknown', () => {
    const renamed = {
      ...tool(text(''), { async_task_type: 'image_gen' }, { status: 'failed' }),
      author: { role: 'tool', name: 'zz9.new' },
    };
    expect(imageToolSignal(renamed)).toBe('image-tool-error');
  });
});

describe('caps', () => {
  it('keeps evidence under 16 K characters and each line under 8 K, marking the cut', () => {
    const tracker = createTurnTracker();
    const huge = "You're generating images too quickly. " + '速'.repeat(50_000);
    tracker.push({
      data: JSON.stringify({
        p: '',
        o: 'add',
        v: {
          message: {
            id: 't',
            author: { role: 'tool', name: 'dalle.text2im' },
            content: { content_type: 'text', parts: [huge] },
          },
        },
      }),
    });
    for (let i = 0; i < 1000; i++)
      tracker.push({ data: JSON.stringify({ message: null, error: 'boom ' + 'e'.repeat(10_000) }) });
    tracker.push({
      data: JSON.stringify({
        type: 'conversation_detail_metadata',
        blocked_features: [{ name: 'image_gen', description: 'd'.repeat(20_000) }],
      }),
    });
    const f = tracker.result(CTX) as NetworkFinding;
    expect([...f.kinds].sort()).toEqual(['image-cooldown', 'image-gate', 'stream-error']);
    expect(f.evidence.length).toBeLessThanOrEqual(16_384);
    expect(f.truncated).toBe(true);
    for (const line of f.evidence.split('\n')) expect(line.length).toBeLessThanOrEqual(8_192 + 6);
  });
});

describe('properties', () => {
  const names = [
    'quota-zh.txt',
    'quota-en-no-blank-lines.txt',
    'cooldown-append-crlf.txt',
    'gate-text-only.txt',
    'success-high-demand.txt',
    'success-image.txt',
    'moderation.txt',
    'stream-error.txt',
    'python-rate-limit.txt',
    'legacy-quota.txt',
  ];
  const texts = names.map(fixture);
  const whole = texts.map((t) => runText(t).finding);

  it('any chunking (also inside UTF-8 characters and CRLF pairs) yields the same finding', () => {
    fc.assert(
      fc.property(fc.nat(names.length - 1), fc.array(fc.nat(6000), { maxLength: 40 }), (i, at) => {
        expect(runText(texts[i]!, at).finding).toEqual(whole[i]);
      }),
      { numRuns: 400 },
    );
  });

  it('one byte at a time yields the same finding', () => {
    texts.forEach((t, i) => {
      const bytes = new TextEncoder().encode(t);
      expect(run(Array.from(bytes, (b) => Uint8Array.of(b))).finding).toEqual(whole[i]);
    });
  });

  it('truncated streams never throw and give a well-formed result', () => {
    fc.assert(
      fc.property(fc.nat(names.length - 1), fc.nat(6000), fc.array(fc.nat(6000), { maxLength: 10 }), (i, end, at) => {
        const bytes = new TextEncoder().encode(texts[i]!).subarray(0, end);
        const f = run(byteChunks(new TextDecoder().decode(bytes), at)).finding;
        if (f) {
          expect(f.kinds.length).toBeGreaterThan(0);
          expect(f.evidence.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('garbage never throws', () => {
    const frag = fc.constantFrom(
      'data: ',
      '{"p": "", "o": "add", "v": ',
      '{"message": {"author": {"role": "tool", "name": "t2uay3k"}, "content": ',
      '{"o": "patch", "v": [',
      '{"p": "/message/content/parts/0", "o": "append", "v": ',
      '{"v": ',
      '"x"',
      '1',
      'null',
      '[',
      ']',
      '{',
      '}',
      ',',
      '"error": 1',
      '{"type": "conversation_detail_metadata", "blocked_features": ',
      '\n\n',
      '\n',
      '[DONE]',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(frag, fc.string()), { maxLength: 80 }),
        fc.array(fc.nat(2000), { maxLength: 8 }),
        (parts, at) => {
          expect(() => runText(parts.join(''), at)).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 10 }), (chunks) => {
        expect(() => run(chunks)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
