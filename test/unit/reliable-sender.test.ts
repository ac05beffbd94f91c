import { describe, expect, it } from 'vitest';
import { createReliableSender } from '../../lib/messages/reliable-sender.ts';
import type { CapturePayload, CaptureResult } from '../../lib/domain/shapes.ts';
import { capture } from './helpers/factories.ts';

function harness(answers: (() => Promise<unknown>)[]) {
  const timers: { fn: () => void; ms: number }[] = [];
  const settled: (CaptureResult | undefined)[] = [];
  let calls = 0;
  const send = createReliableSender({
    deliver: () => (answers[calls++] ?? (() => Promise.reject(new Error('no answer'))))(),
    delaysMs: [10, 20, 40],
    schedule: (fn, ms) => void timers.push({ fn, ms }),
    onSettled: (_c: CapturePayload, r) => void settled.push(r),
  });
  const flush = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  const runTimer = async () => {
    timers.shift()!.fn();
    await flush();
  };
  return { send, timers, settled, calls: () => calls, flush, runTimer };
}

const stored: CaptureResult = { ok: true, id: 1, outcome: 'created' };

describe('reliable sender', () => {
  it('retries while the background is away, until it answers', async () => {
    const h = harness([
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      () => Promise.resolve(undefined), // a worker that died mid-answer
      () => Promise.resolve(stored),
    ]);
    h.send(capture());
    await h.flush();
    expect(h.timers.map((t) => t.ms)).toEqual([10]);
    await h.runTimer();
    expect(h.timers.map((t) => t.ms)).toEqual([20]);
    await h.runTimer();
    expect(h.calls()).toBe(3);
    expect(h.settled).toEqual([stored]);
    expect(h.timers).toHaveLength(0);
  });

  it('stops on a definitive answer, including a rejection', async () => {
    const h = harness([() => Promise.resolve({ ok: false, reason: 'invalid', message: 'x' })]);
    h.send(capture());
    await h.flush();
    expect(h.timers).toHaveLength(0);
    expect(h.settled).toEqual([{ ok: false, reason: 'invalid', message: 'x' }]);
  });

  it('gives up after the last delay and says so', async () => {
    const h = harness([]);
    h.send(capture());
    await h.flush();
    await h.runTimer();
    await h.runTimer();
    await h.runTimer();
    expect(h.calls()).toBe(4);
    expect(h.settled).toEqual([undefined]);
  });

  it('holds a bounded number of captures in flight', async () => {
    const h = harness(Array.from({ length: 100 }, () => () => new Promise<unknown>(() => {})));
    for (let i = 0; i < 100; i++) h.send(capture({ occurrenceKeys: [`k${i}`] }));
    await h.flush();
    expect(h.calls()).toBe(50);
  });
});
