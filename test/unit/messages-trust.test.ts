/**
 * Issue 11: trust between page and background. A content script speaks for a web page, which may be compromised:
 * it may only report captures and allowance progress, for its own tab's site, at times our clock allows, within
 * its site's budget. Everything else is for extension pages.
 */
import { describe, expect, it, vi } from 'vitest';
import { classify } from '../../lib/classify/index.ts';
import { readPaste } from '../../lib/evidence/parse-pasted.ts';
import { parseExportJson, toExportJson } from '../../lib/export/json.ts';
import { createMessageHandler } from '../../lib/messages/handler.ts';
import { MAX_CAPTURE_AGE_MS, clampToClock } from '../../lib/messages/page-budget.ts';
import { EXTENSION_SENDER, identifySender, type MessageSender } from '../../lib/messages/sender.ts';
import type { MessageType } from '../../lib/messages/protocol.ts';
import { capture } from './helpers/factories.ts';
import { pageSender } from './helpers/message-handler.ts';
import { useTestDbs } from './helpers/test-db.ts';

const openDb = useTestDbs();
const NOW = Date.parse('2026-11-30T10:00:00Z');

const QUOTA = (n: number) =>
  `data: {"message":{"id":"t${n}","author":{"role":"tool","name":"t2uay3k.sj1i4kz"},"content":` +
  `{"content_type":"system_error","name":"ChatGPTAgentToolRateLimitException","text":"You've hit ` +
  `the Plus plan limit for image generations requests. You can create more images when the limit ` +
  `resets in ${n} hours."}}}`;
const DOM_TEXT =
  "You've hit the Plus plan limit for image generations requests. You can create more images when the limit resets in 3 hours.";
/** A paste as the paste page sends it: read there, so well-formed. */
const PASTED = (() => {
  const paste = readPaste({ text: DOM_TEXT, route: 'auto', originalChars: DOM_TEXT.length, seenAt: NOW });
  if (!paste.ok) throw new Error('paste');
  return paste.stop;
})();

function setup(over: Partial<Parameters<typeof createMessageHandler>[0]> = {}) {
  const db = openDb();
  let now = NOW;
  const changed = vi.fn();
  const handle = createMessageHandler({ db, classify, onStopsChanged: changed, now: () => now, ...over });
  return { db, changed, handle, advance: (ms: number) => (now += ms) };
}

const chatgpt = pageSender('chatgpt.com');

describe('which context may send what', () => {
  const EXTENSION_ONLY: { type: MessageType; payload: unknown }[] = [
    { type: 'listStops', payload: { limit: 10 } },
    { type: 'getStop', payload: { id: 1 } },
    { type: 'getStops', payload: { ids: [1] } },
    { type: 'listScreenshots', payload: { stopIds: [1] } },
    { type: 'listAllowances', payload: { site: 'chatgpt.com' } },
    { type: 'deleteStop', payload: { id: 1 } },
    { type: 'clearStops', payload: {} },
    { type: 'importStops', payload: { stops: [] } },
    { type: 'classifyPaste', payload: PASTED },
    { type: 'savePaste', payload: PASTED },
    { type: 'listProviders', payload: {} },
    { type: 'setProviderEnabled', payload: { id: 'fal', enabled: true } },
    {
      type: 'saveCustomProvider',
      payload: { name: 'X', pages: ['https://x.com/*'], apiHosts: [], ownerKind: 'azure' },
    },
    { type: 'deleteCustomProvider', payload: { id: 'custom-abcd12' } },
  ];

  it.each(EXTENSION_ONLY)('a content script cannot send $type', async (message) => {
    const providers = {
      state: vi.fn(async () => ({ entries: [] })),
      setEnabled: vi.fn(),
      saveCustom: vi.fn(),
      deleteCustom: vi.fn(),
      routeFor: vi.fn(async () => undefined),
      enrichCapture: vi.fn(async (c) => c),
    };
    const { db, handle, changed } = setup({ providers });
    await handle({ type: 'capture', payload: capture({ evidence: QUOTA(3), seenAt: NOW }) }, chatgpt);
    changed.mockClear();
    const payload =
      message.type === 'importStops'
        ? {
            stops: [
              JSON.parse(toExportJson(await db.stops.toArray(), { redact: false, now: NOW, appVersion: 't' })).stops[0],
            ],
          }
        : message.payload;
    const r = await handle({ type: message.type, payload }, chatgpt);
    expect(r).toMatchObject({ ok: false, reason: 'forbidden' });
    // Nothing was read out, nothing changed.
    expect(JSON.stringify(r)).not.toContain('ChatGPTAgentToolRateLimitException');
    expect(await db.stops.count()).toBe(1);
    expect(changed).not.toHaveBeenCalled();
    for (const fn of [providers.setEnabled, providers.saveCustom, providers.deleteCustom, providers.state])
      expect(fn).not.toHaveBeenCalled();
  });

  it('an extension page can (the same messages are answered)', async () => {
    const { handle } = setup();
    await handle({ type: 'capture', payload: capture({ evidence: QUOTA(3), seenAt: NOW }) }, chatgpt);
    const r = (await handle({ type: 'listStops', payload: { limit: 10 } }, EXTENSION_SENDER)) as { stops: unknown[] };
    expect(r.stops).toHaveLength(1);
  });

  it("files a capture and a progress report under the sender's own site, whatever the payload says", async () => {
    const { db, handle } = setup();
    const r = await handle(
      { type: 'capture', payload: capture({ site: 'platform.openai.com', evidence: QUOTA(3), seenAt: NOW }) },
      chatgpt,
    );
    expect(r).toMatchObject({ ok: true });
    expect((await db.stops.toArray())[0]!.site).toBe('chatgpt.com');
    await handle(
      {
        type: 'reportProgress',
        payload: {
          site: 'other.example',
          endpoint: '/backend-api/conversation/init',
          progress: [{ feature_name: 'image_gen', remaining: 2 }],
          seenAt: NOW,
        },
      },
      chatgpt,
    );
    expect((await db.allowances.toArray()).map((a) => a.site)).toEqual(['chatgpt.com']);
  });

  it("refuses a capture whose page address is another site's", async () => {
    const { db, handle } = setup();
    const r = await handle(
      {
        type: 'capture',
        payload: capture({ url: 'https://platform.openai.com/playground', evidence: QUOTA(3), seenAt: NOW }),
      },
      chatgpt,
    );
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await db.stops.count()).toBe(0);
  });
});

describe('identifySender', () => {
  const self = { id: 'abc', extensionBaseUrl: 'chrome-extension://abc/' };
  it.each<[string, Parameters<typeof identifySender>[0], MessageSender | undefined]>([
    ['the popup', { id: 'abc', url: 'chrome-extension://abc/popup.html' }, { kind: 'extension' }],
    [
      'the history page in a tab',
      {
        id: 'abc',
        url: 'chrome-extension://abc/stop-history.html',
        tab: { id: 4, url: 'chrome-extension://abc/stop-history.html' },
      },
      { kind: 'extension' },
    ],
    [
      'a content script',
      { id: 'abc', url: 'https://chatgpt.com/c/1?x=2', tab: { id: 4, url: 'https://chatgpt.com/c/1?x=2' } },
      { kind: 'page', site: 'chatgpt.com', origin: 'https://chatgpt.com', tabId: 4 },
    ],
    ['another extension', { id: 'evil', url: 'chrome-extension://evil/x.html' }, undefined],
    [
      'a page pretending to be ours by path',
      { id: 'abc', url: 'https://evil.example/chrome-extension://abc/' },
      { kind: 'page', site: 'evil.example', origin: 'https://evil.example' },
    ],
    ['a file page', { id: 'abc', url: 'file:///tmp/x.html' }, undefined],
    ['no URL at all', { id: 'abc' }, undefined],
  ])('%s', (_name, sender, expected) => {
    expect(identifySender(sender, self)).toEqual(expected);
  });
});

describe('page-chosen times are clamped to our clock', () => {
  it.each([
    ['a time in 2099', Date.parse('2099-01-01T00:00:00Z'), NOW],
    ['9e15 (past the last valid date)', 9e15, NOW],
    ['a minute ago (a delivery retry)', NOW - 60_000, NOW - 60_000],
    ['a week ago', NOW - 7 * 86_400_000, NOW - MAX_CAPTURE_AGE_MS],
  ])('%s', async (_name, seenAt, stored) => {
    const { db, handle } = setup();
    const r = await handle({ type: 'capture', payload: capture({ evidence: QUOTA(3), seenAt }) }, chatgpt);
    expect(r).toMatchObject({ ok: true });
    const [stop] = await db.stops.toArray();
    expect(stop!.firstSeenAt).toBe(stored);
    expect(stop!.lastSeenAt).toBe(stored);
    // The user's export of it imports again.
    const parsed = parseExportJson(toExportJson([stop!], { redact: false, now: NOW, appVersion: 't' }));
    expect(parsed.ok).toBe(true);
  });

  it('progress reports too', async () => {
    const { db, handle } = setup();
    await handle(
      {
        type: 'reportProgress',
        payload: {
          site: 'chatgpt.com',
          endpoint: '/x',
          progress: [{ feature_name: 'image_gen', remaining: 1 }],
          seenAt: 9e15,
        },
      },
      chatgpt,
    );
    expect((await db.allowances.toArray())[0]!.seenAt).toBe(NOW);
  });

  it('clampToClock', () => {
    expect(clampToClock(Number.NaN, NOW)).toBe(NOW);
    expect(clampToClock(NOW + 1, NOW)).toBe(NOW);
  });
});

describe("a site's budget, kept in the background", () => {
  const dom = (i: number) => ({
    type: 'capture',
    payload: capture({
      layer: 'dom',
      kinds: ['dom:error'],
      evidence: `${DOM_TEXT} (${i})`,
      visibleText: DOM_TEXT,
      endpoint: undefined,
      status: undefined,
      headers: undefined,
      occurrenceKeys: [`text:${i}`],
      seenAt: NOW,
    }),
  });

  it('DOM captures are budgeted per minute, and a reload (a new tab, a new content script) does not reset it', async () => {
    const { handle, advance } = setup({
      pageBudget: {
        capturesPerMinute: 30,
        domCapturesPerMinute: 3,
        progressPerMinute: 30,
        recordsPerHour: 60,
        bytesPerHour: 1e9,
      },
    });
    for (let i = 0; i < 3; i++) expect(await handle(dom(i), pageSender('chatgpt.com', 1))).toMatchObject({ ok: true });
    expect(await handle(dom(3), pageSender('chatgpt.com', 1))).toMatchObject({ ok: false, reason: 'over-budget' });
    expect(await handle(dom(4), pageSender('chatgpt.com', 2))).toMatchObject({ ok: false, reason: 'over-budget' });
    // Another site has its own budget; a minute later this one has its budget back.
    expect(
      await handle(
        { ...dom(5), payload: { ...dom(5).payload, site: 'x.example', url: 'https://x.example/' } },
        pageSender('x.example'),
      ),
    ).not.toMatchObject({ reason: 'over-budget' });
    advance(60_000);
    expect(await handle(dom(6), pageSender('chatgpt.com', 1))).toMatchObject({ ok: true });
  });

  it('new records per site and hour are capped, so forged resets cannot schedule an alarm each', async () => {
    const { db, handle, advance } = setup({
      pageBudget: {
        capturesPerMinute: 100,
        domCapturesPerMinute: 100,
        progressPerMinute: 30,
        recordsPerHour: 4,
        bytesPerHour: 1e9,
      },
    });
    // Distinct resets make distinct records.
    for (let i = 1; i <= 4; i++) {
      expect(
        await handle(
          { type: 'capture', payload: capture({ evidence: QUOTA(i), occurrenceKeys: [`msg:${i}`], seenAt: NOW }) },
          chatgpt,
        ),
      ).toMatchObject({ ok: true, outcome: 'created' });
    }
    expect(
      await handle(
        { type: 'capture', payload: capture({ evidence: QUOTA(5), occurrenceKeys: ['msg:5'], seenAt: NOW }) },
        chatgpt,
      ),
    ).toMatchObject({ ok: false, reason: 'over-budget' });
    expect(await db.stops.count()).toBe(4);
    advance(3_600_000);
    expect(
      await handle(
        {
          type: 'capture',
          payload: capture({ evidence: QUOTA(6), occurrenceKeys: ['msg:6'], seenAt: NOW + 3_600_000 }),
        },
        chatgpt,
      ),
    ).toMatchObject({ ok: true });
  });

  it('bytes per site and hour are capped', async () => {
    const { handle } = setup({
      pageBudget: {
        capturesPerMinute: 100,
        domCapturesPerMinute: 100,
        progressPerMinute: 30,
        recordsPerHour: 100,
        bytesPerHour: 40_000,
      },
    });
    const big = (i: number) => ({
      type: 'capture',
      payload: capture({ evidence: `${QUOTA(3)}\n${'x'.repeat(15_000)}`, occurrenceKeys: [`msg:${i}`], seenAt: NOW }),
    });
    expect(await handle(big(1), chatgpt)).toMatchObject({ ok: true });
    expect(await handle(big(2), chatgpt)).toMatchObject({ ok: true });
    expect(await handle(big(3), chatgpt)).toMatchObject({ ok: false, reason: 'over-budget' });
  });

  it('progress reports are budgeted per minute', async () => {
    const { handle } = setup({
      pageBudget: {
        capturesPerMinute: 100,
        domCapturesPerMinute: 100,
        progressPerMinute: 2,
        recordsPerHour: 100,
        bytesPerHour: 1e9,
      },
    });
    const report = {
      type: 'reportProgress',
      payload: {
        site: 'chatgpt.com',
        endpoint: '/x',
        progress: [{ feature_name: 'image_gen', remaining: 1 }],
        seenAt: NOW,
      },
    };
    expect(await handle(report, chatgpt)).toMatchObject({ ok: true });
    expect(await handle(report, chatgpt)).toMatchObject({ ok: true });
    expect(await handle(report, chatgpt)).toMatchObject({ ok: false, reason: 'over-budget' });
  });
});
