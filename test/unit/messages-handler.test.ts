import { describe, expect, it, vi } from 'vitest';
import { capture } from './helpers/factories.ts';
import { useTestHandler } from './helpers/message-handler.ts';

const setup = useTestHandler();

const QUOTA_EVIDENCE =
  'data: {"message":{"id":"t1","author":{"role":"tool","name":"t2uay3k.sj1i4kz"},"content":' +
  '{"content_type":"system_error","name":"ChatGPTAgentToolRateLimitException","text":"Make sure to ' +
  'begin your response with \\"You\'ve hit the Plus plan limit for image generations requests. You ' +
  'can create more images when the limit resets in 3 hours.\\""}}}';

describe('message handler', () => {
  it('classifies and stores a valid capture, and tells open views', async () => {
    const { handle, changed, db } = setup();
    const r = await handle({ type: 'capture', payload: capture({ evidence: QUOTA_EVIDENCE }) });
    expect(r).toMatchObject({ ok: true, outcome: 'created' });
    expect(changed).toHaveBeenCalledTimes(1);
    const [stop] = await db.stops.toArray();
    expect(stop).toMatchObject({ owner: 'chatgpt-app', action: 'wait', bucket: 'app-image-quota' });
    expect(Date.parse(stop!.resetAt!) - capture().seenAt).toBe(3 * 3600_000);
  });

  it('rejects an invalid message and changes nothing', async () => {
    const { handle, changed, db } = setup();
    expect(await handle({ type: 'capture', payload: { evidence: 42 } })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(await handle({ type: 'nope' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(changed).not.toHaveBeenCalled();
    expect(await db.stops.count()).toBe(0);
  });

  it('a full disk is reported to the user and corrupts nothing already stored', async () => {
    const { handle, db } = setup();
    await handle({ type: 'capture', payload: capture({ evidence: QUOTA_EVIDENCE }) });
    const before = await db.stops.toArray();
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    vi.spyOn(db.stops, 'add').mockRejectedValue(quota);
    const r = await handle({
      type: 'capture',
      payload: capture({
        evidence: QUOTA_EVIDENCE,
        occurrenceKeys: ['msg:other'],
        site: 'other.example',
        url: 'https://other.example/',
      }),
    });
    expect(r).toMatchObject({ ok: false, reason: 'storage-error' });
    expect((r as { message: string }).message).toMatch(/storage quota/);
    expect(await db.stops.toArray()).toEqual(before);
    const list = (await handle({ type: 'listStops', payload: { limit: 10 } })) as {
      storageError?: { message: string };
    };
    expect(list.storageError?.message).toMatch(/storage quota/);
  });

  it('keeps a failed save on record for the popup until a save succeeds again, across a worker restart', async () => {
    const { handle, saveFailure, db } = setup();
    // A fresh worker clears a failure a previous one may have left, on its first success.
    await handle({ type: 'capture', payload: capture({ evidence: QUOTA_EVIDENCE }) });
    expect(saveFailure.mock.calls).toEqual([[undefined]]);
    await handle({ type: 'capture', payload: capture({ evidence: QUOTA_EVIDENCE, occurrenceKeys: ['msg:second'] }) });
    expect(saveFailure).toHaveBeenCalledTimes(1);
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    const add = vi.spyOn(db.stops, 'add').mockRejectedValue(quota);
    const other = { evidence: QUOTA_EVIDENCE, site: 'other.example', url: 'https://other.example/' };
    await handle({ type: 'capture', payload: capture({ ...other, occurrenceKeys: ['msg:third'] }) });
    expect(saveFailure).toHaveBeenCalledTimes(2);
    expect(saveFailure.mock.calls[1]![0]).toMatchObject({ message: expect.stringMatching(/storage quota/) });
    add.mockRestore();
    await handle({ type: 'capture', payload: capture({ ...other, occurrenceKeys: ['msg:fourth'] }) });
    expect(saveFailure.mock.calls[2]).toEqual([undefined]);
  });
});
