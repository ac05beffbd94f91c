import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BridgeMessage } from '../../lib/detect/bridge.ts';
import { createTurnAssembler } from '../../lib/detect/turn-assembler.ts';
import { createTurnRegistry } from '../../lib/detect/turns.ts';
import { createTally, nameHash, type Counters } from '../../lib/health/counters.ts';
import { addToDays, type HealthDays } from '../../lib/health/days.ts';
import { allowListed, isCounterKey } from '../../lib/health/keys.ts';
import { createHealthRecorder } from '../../lib/health/store.ts';
import { sseDatas as datas } from './helpers/sse-datas.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/streams/${name}`, import.meta.url), 'utf8');

/** MAIN world (registry + filter) → bridge (JSON) → isolated assembler with a tally: what one flush holds. */
function pipeline() {
  const tally = createTally();
  const assembler = createTurnAssembler({ tally });
  const out: BridgeMessage[] = [];
  const emit = (m: BridgeMessage) => out.push(...assembler.accept(JSON.parse(JSON.stringify(m)) as BridgeMessage));
  const registry = createTurnRegistry({ emit, now: Date.now, setTimer: () => 0, clearTimer: () => {} });
  const fetchTurn = (body: string, opts: { contentType?: string; endpoint?: string } = {}) => {
    const turn = registry.fetchTurn(opts.endpoint ?? '/backend-api/f/conversation', undefined, false);
    for (const d of datas(body)) turn.feed(d);
    turn.end(
      {
        method: 'POST',
        status: 200,
        headers: { 'content-type': opts.contentType ?? 'text/event-stream; charset=utf-8' },
      },
      false,
    );
  };
  return { tally, emit, registry, fetchTurn, out };
}

describe('health counters from the bridge messages the isolated script already receives', () => {
  it('a quota turn over fetch: its path, format, events, ops, metadata and how the image tool ended', () => {
    const p = pipeline();
    p.fetchTurn(fixture('quota-en-no-blank-lines.txt'));
    const raw = p.tally.take()!;
    expect(raw).toMatchObject({ 'turn.fetch': 1, 'format.known': 1, 'image.message': 1, 'image.refusal': 1 });
    expect(raw['encoding.delta-v1']).toBeGreaterThan(0);
    const counts = allowListed(raw);
    expect(Object.keys(counts).every(isCounterKey)).toBe(true);
    expect(counts['op.add']).toBeGreaterThan(0);
    // Nothing left to flush until something new is counted.
    expect(p.tally.take()).toBeUndefined();
  });

  it('a successful image turn counts an image; blocked_features with image_gen is counted as such', () => {
    const p = pipeline();
    p.fetchTurn(fixture('success-image.txt'));
    expect(p.tally.take()).toMatchObject({ 'image.message': 1, 'image.image': 1, 'format.known': 1 });
    p.fetchTurn(fixture('gate-text-only.txt'));
    expect(p.tally.take()).toMatchObject({ 'meta.blocked': 1, 'meta.blocked.image_gen': 1 });
  });

  it('a resume POST, a socket turn and a handed-off fetch turn are told apart by their turn-end', () => {
    const p = pipeline();
    const ctx = { method: 'POST', status: 200, headers: {} };
    for (const [endpoint, turnId] of [
      ['/backend-api/f/conversation/resume', undefined],
      ['wss://ws.chatgpt.com', 't-1'],
      ['/backend-api/f/conversation', 't-2'],
    ] as const) {
      p.emit({ type: 'turn-start', turn: endpoint, endpoint, at: 1 });
      p.emit({
        type: 'turn-end',
        turn: endpoint,
        endpoint,
        ...(turnId ? { turnId } : {}),
        context: ctx,
        at: 2,
        aborted: false,
      });
    }
    p.emit({
      type: 'messages',
      endpoint: '/backend-api/conversation/x',
      method: 'GET',
      status: 200,
      messages: [],
      recentOnly: true,
      at: 3,
    });
    expect(p.tally.take()).toMatchObject({ 'turn.resume': 1, 'turn.socket': 1, 'turn.handoff': 1, 'turn.reread': 1 });
  });

  it('a POST whose stream handed nothing over is in an unknown format; one answered without a stream is not a stream', () => {
    const p = pipeline();
    p.fetchTurn('data: !binary-looking payload\n\ndata: also not json\n\n');
    expect(p.tally.take()).toMatchObject({ 'turn.fetch': 1, 'format.unknown': 1 });
    p.fetchTurn('', { contentType: 'application/json' });
    const c = p.tally.take()!;
    expect(c['turn.not-streamed']).toBe(1);
    expect(c['format.unknown']).toBeUndefined();
  });

  it('a stream of JSON in an encoding we do not know: unknown format, its event names hashed with their length', () => {
    const p = pipeline();
    p.fetchTurn('data: {"type":"delta_v2_frame","payload":"x"}\n\ndata: {"kind":"chunk","text":"hello"}\n\n');
    const raw = p.tally.take()!;
    expect(raw).toMatchObject({ 'format.unknown': 1, 'encoding.unknown': 1 });
    expect(JSON.stringify(raw)).not.toContain('delta_v2_frame');
    const counts = allowListed(raw);
    const hash = nameHash('delta_v2_frame');
    expect(counts[`event.unknown.${hash}`]).toBe(1);
    expect(counts[`len.${hash}`]).toBe('delta_v2_frame'.length);
    expect(JSON.stringify(counts)).not.toContain('delta_v2_frame');
  });

  it('socket reports at 1, 2, 4, 8 add up to the envelopes counted', () => {
    const p = pipeline();
    for (const n of [1, 2, 4, 8]) p.emit({ type: 'socket-stats', unknown: n });
    // Forged reports (not a power of two, absurd) count nothing.
    for (const n of [3, -1, 2 ** 40, NaN]) p.emit({ type: 'socket-stats', unknown: n });
    expect(p.tally.take()).toEqual({ 'socket.unknown': 8 });
  });
});

describe('allow-list', () => {
  it('keeps our keys and whole positive counts only', () => {
    const counts = allowListed({
      'turn.fetch': 2,
      'turn.fetch.extra': 1,
      'sel.assistant.0.matched': 1,
      'sel.assistant.99.matched': 1,
      'sel.nope.0.matched': 1,
      'len.0a1b2c3d': 5,
      'format.known': 1.5,
      'format.unknown': -1,
      'check.turns': '3',
      'user@example.com': 1,
      [`event:${nameHash('input_message')}`]: 2,
      [`op:${nameHash('append')}`]: 3,
      'event:input_message': 4,
      [`event:${nameHash('brand_new')}`]: 5,
      [`len:${nameHash('brand_new')}`]: 9,
    });
    expect(counts).toEqual({
      'turn.fetch': 2,
      'sel.assistant.0.matched': 1,
      'event.input_message': 2,
      'op.append': 3,
      [`event.unknown.${nameHash('brand_new')}`]: 5,
      [`len.${nameHash('brand_new')}`]: 9,
    });
  });

  it('the recorder adds flushes to the day, one after the other, allow-listed', async () => {
    let stored: HealthDays = {};
    const item = { getValue: async () => stored, setValue: async (v: HealthDays) => void (stored = v) };
    const record = createHealthRecorder(item, () => Date.parse('2026-11-30T10:00:00Z'));
    await Promise.all([
      record({ 'turn.fetch': 1 }),
      record({ 'turn.fetch': 2, 'user@example.com': 1 }),
      record('nonsense'),
      record({ nope: 1 }),
    ]);
    expect(stored).toEqual({ '2026-11-30': { 'turn.fetch': 3 } as Counters });
  });

  it('days: a flush goes to its UTC day, lengths by maximum, days older than 30 are dropped', () => {
    const now = Date.parse('2026-11-30T10:00:00Z');
    let days: HealthDays = {
      '2026-11-01': { 'turn.fetch': 1 },
      '2026-10-31': { 'turn.fetch': 7 },
      'not a day': { 'turn.fetch': 1 },
    };
    days = addToDays(days, { 'turn.fetch': 2, 'len.0a1b2c3d': 9 }, now);
    days = addToDays(days, { 'turn.fetch': 3, 'len.0a1b2c3d': 4 }, now);
    expect(days).toEqual({ '2026-11-01': { 'turn.fetch': 1 }, '2026-11-30': { 'turn.fetch': 5, 'len.0a1b2c3d': 9 } });
  });
});
