/** One HAR entry as a session item (lib/session/har.ts): bodies in every encoding, request facts, credentials. */
import { describe, expect, it } from 'vitest';
import { harEntryToItem, isSessionWorthy, requestFacts } from '../../lib/session/har.ts';

const entry = (response: Record<string, unknown>, request: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-11-30T10:00:00.000Z',
  request: {
    method: 'post',
    url: 'https://generativelanguage.googleapis.com/v1beta/models/x:generateContent?key=AIzaSyA-secret',
    ...request,
  },
  response,
});

describe('harEntryToItem', () => {
  it('decodes a base64 JSON body, and keeps the URL without its query (keys live there)', () => {
    const body =
      '{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}';
    const item = harEntryToItem(
      entry({
        status: 429,
        content: { mimeType: 'application/json', encoding: 'base64', text: Buffer.from(body).toString('base64') },
      }),
      3,
    )!;
    expect(item).toMatchObject({
      index: 3,
      method: 'POST',
      status: 429,
      body,
      bodyNote: 'base64',
      time: Date.parse('2026-11-30T10:00:00Z'),
    });
    expect(item.url).toBe('https://generativelanguage.googleapis.com/v1beta/models/x:generateContent');
  });

  it('leaves binary bodies out (an image, base64 or raw control bytes) and says so', () => {
    const png = harEntryToItem(
      entry({ status: 200, content: { mimeType: 'image/png', encoding: 'base64', text: 'iVBORw0KGgoAAAANSUhEUg==' } }),
      1,
    )!;
    expect(png).toMatchObject({ body: '', bodyNote: 'binary' });
    const raw = harEntryToItem(
      entry({
        status: 500,
        content: { mimeType: 'application/octet-stream', text: '\u0000\u0001\u0002\u0003'.repeat(100) },
      }),
      1,
    )!;
    expect(raw).toMatchObject({ body: '', bodyNote: 'binary' });
    const garbled = harEntryToItem(
      entry({
        status: 500,
        content: {
          mimeType: 'application/json',
          encoding: 'base64',
          text: Buffer.from(new Uint8Array(300).map((_, i) => i % 32)).toString('base64'),
        },
      }),
      1,
    )!;
    expect(garbled.bodyNote).toBe('binary');
  });

  it('no response, or a response without a status (a blocked request), is not an item', () => {
    expect(harEntryToItem(entry({ status: 0 }), 1)).toBeUndefined();
    expect(harEntryToItem({ request: {} }, 1)).toBeUndefined();
    expect(harEntryToItem('not an object', 1)).toBeUndefined();
  });

  it('credentials in headers and cookies are dropped and listed with their masks', () => {
    const item = harEntryToItem(
      entry(
        {
          status: 429,
          headers: [
            { name: 'Set-Cookie', value: 'sid=abcdef1234567890abcdef' },
            { name: 'Retry-After', value: '3' },
          ],
          content: { text: '' },
        },
        {
          headers: [{ name: 'Authorization', value: 'Bearer sk-proj-Hx7Qm2Lp9Tz4Wv6Yb1Nc3Rd5Fg8Jk0Ma2' }],
          cookies: [{ name: 'sid', value: 'abcdef1234567890abcdef' }],
        },
      ),
      1,
    )!;
    expect(item.headers).toEqual({ 'retry-after': '3' });
    expect(item.dropped.map((d) => d.field)).toEqual([
      'response.headers.set-cookie',
      'request.headers.authorization',
      'request.cookies.sid',
    ]);
    expect(JSON.stringify(item)).not.toContain('abcdef1234567890abcdef');
    expect(JSON.stringify(item)).not.toContain('Hx7Qm2Lp9Tz4Wv6Yb1Nc3Rd5Fg8Jk0Ma2');
  });

  it('a successful stream that states a limit in its events is listed; a plain success is not', () => {
    const sse =
      'data: {"type":"message","blocked_features":[{"name":"image_gen","resets_after":"2026-11-30T14:00:00Z"}]}\n\n';
    expect(
      isSessionWorthy(
        harEntryToItem(entry({ status: 200, content: { mimeType: 'text/event-stream', text: sse } }), 1)!,
      ),
    ).toBe(true);
    expect(
      isSessionWorthy(
        harEntryToItem(
          entry({ status: 200, content: { mimeType: 'application/json', text: '{"data":[{"url":"x"}]}' } }),
          1,
        )!,
      ),
    ).toBe(false);
  });
});

describe('requestFacts', () => {
  it('reads model, size and count from JSON bodies of several shapes, and multipart forms', () => {
    expect(requestFacts('{"model":"gpt-image-2","prompt":"p","size":"1024x1024","n":2}')).toEqual({
      model: 'gpt-image-2',
      size: '1024x1024',
      count: 2,
    });
    expect(requestFacts('{"input":{"prompt":"p","aspect_ratio":"16:9","num_outputs":1}}')).toEqual({
      size: '16:9',
      count: 1,
    });
    expect(requestFacts('{"prompt":"p","image_size":{"width":512,"height":768}}')).toEqual({ size: '512x768' });
    const form =
      '--b\r\nContent-Disposition: form-data; name="model"\r\n\r\ngpt-image-1\r\n--b\r\n' +
      'Content-Disposition: form-data; name="size"\r\n\r\n1536x1024\r\n--b--';
    expect(requestFacts(form)).toEqual({ model: 'gpt-image-1', size: '1536x1024' });
    expect(requestFacts(undefined)).toEqual({});
  });
});
