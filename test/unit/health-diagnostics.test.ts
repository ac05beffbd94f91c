// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE_EVENT, type BridgeMessage } from '../../lib/detect/bridge.ts';
import { createCaptureCoordinator } from '../../lib/detect/capture-coordinator.ts';
import { createTurnRegistry } from '../../lib/detect/turns.ts';
import { nameHash, type Counters } from '../../lib/health/counters.ts';
import { addToDays, type HealthDays } from '../../lib/health/days.ts';
import { allowListed } from '../../lib/health/keys.ts';
import { browserOf, buildDiagnostics, diagnosticsJson, diagnosticsSchema } from '../../lib/health/diagnostics.ts';
import { evaluateHealth } from '../../lib/health/rules.ts';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The days as the background stores them after these flushes (store.ts: allow-listed, added to the day). */
async function daysAfter(...flushes: Record<string, number>[]): Promise<HealthDays> {
  return flushes.reduce<HealthDays>((days, f) => addToDays(days, allowListed(f), NOW), {});
}

afterEach(() => {
  document.body.innerHTML = '';
  setVisibility('visible');
});

/** What the browser does when the page is switched away from, closed or left. */
function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  if (state === 'hidden') document.dispatchEvent(new Event('visibilitychange'));
}

/** Distinctive secrets: API keys, bearer tokens, e-mails, conversation text, ids, URL paths. */
const alnum = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
  minLength: 16,
  maxLength: 32,
});
const secret = fc.oneof(
  alnum.map((s) => `sk-proj-${s}`),
  alnum.map((s) => `eyJhbGciOi${s}`),
  fc.tuple(alnum, alnum).map(([a, b]) => `${a.slice(0, 10)}.${b.slice(0, 6)}@mail-${b.slice(6, 12)}.example`),
  fc
    .tuple(fc.constantFrom('draw my cat', 'my salary is', 'the password is', '내 비밀번호는'), alnum)
    .map(([w, s]) => `${w} ${s}`),
  alnum.map((s) => `conv-${s}`),
);

/** A page full of the secrets: in the stream (text, ids, event type names, op names, keys), the socket and the DOM. */
function feedPage(secrets: string[], send: (m: BridgeMessage) => void): void {
  const [a, b, c, d, e] = [0, 1, 2, 3, 4].map((i) => secrets[i % secrets.length]!) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const registry = createTurnRegistry({ emit: send, now: () => NOW, setTimer: () => 0, clearTimer: () => {} });
  const turn = registry.fetchTurn(`/backend-api/f/conversation/${a}`, b, false);
  const events = [
    JSON.stringify({ type: 'resume_conversation_token', token: a, conversation_id: b }),
    JSON.stringify({
      type: 'input_message',
      input_message: { id: c, author: { role: 'user' }, content: { content_type: 'text', parts: [d] } },
    }),
    JSON.stringify({ type: e, [a]: d }),
    JSON.stringify({
      p: '',
      o: 'add',
      v: {
        message: {
          id: c,
          author: { role: 'tool', name: 'image_gen.text2im' },
          content: { content_type: 'text', parts: [e] },
          metadata: { is_error: true },
        },
        conversation_id: b,
      },
      c: 1,
    }),
    JSON.stringify({ p: `/message/content/${a}`, o: d, v: e }),
    JSON.stringify({ v: ` ${a} ${d}` }),
    JSON.stringify({ [b]: { [c]: d } }),
    JSON.stringify({
      type: 'conversation_detail_metadata',
      blocked_features: [{ name: 'image_gen', description: d, resets_after_text: e }],
      limits_progress: [{ feature_name: 'image_gen', remaining: 0, reset_after: a }],
    }),
  ];
  for (const data of events) turn.feed(data);
  turn.end(
    {
      method: 'POST',
      status: 200,
      headers: { 'content-type': 'text/event-stream', 'x-request-id': a, authorization: `Bearer ${b}` },
    },
    false,
  );
  send({ type: 'socket-stats', unknown: 1 });
  send({
    type: 'messages',
    endpoint: `/backend-api/conversation/${b}`,
    method: 'GET',
    status: 200,
    conversationId: b,
    messages: [{ id: a, author: { role: 'tool', name: e }, content: { parts: [d] } }],
    recentOnly: true,
    at: NOW,
  });
}

describe('when counts are sent', () => {
  it('not while the page is in use, every 10 minutes at most, and at once when the page is hidden, closed or left', async () => {
    let t = NOW;
    const flushes: Counters[] = [];
    document.body.innerHTML = '<main></main>';
    const coordinator = createCaptureCoordinator({
      doc: document,
      win: window,
      send: () => {},
      onHealth: (c) => flushes.push(c),
      settleMs: 0,
      quietMs: 0,
      now: () => t,
    });
    coordinator.start();
    const turn = (n: number) => {
      document.dispatchEvent(
        new CustomEvent(BRIDGE_EVENT, {
          detail: JSON.stringify({ type: 'turn-start', turn: `k${n}`, endpoint: 'wss://ws.chatgpt.com', at: t }),
        }),
      );
      document.dispatchEvent(
        new CustomEvent(BRIDGE_EVENT, {
          detail: JSON.stringify({
            type: 'turn-end',
            turn: `k${n}`,
            endpoint: 'wss://ws.chatgpt.com',
            at: t,
            aborted: false,
          }),
        }),
      );
    };
    try {
      turn(1);
      await sleep(5);
      expect(flushes).toEqual([]);
      t += 10 * 60_000;
      turn(2);
      await sleep(5);
      expect(flushes).toHaveLength(1);
      expect(flushes[0]).toMatchObject({ 'turn.socket': 2, 'check.turns': 2 });
      turn(3);
      await sleep(5);
      expect(flushes).toHaveLength(1);
      setVisibility('hidden');
      expect(flushes).toHaveLength(2);
      expect(flushes[1]).toMatchObject({ 'turn.socket': 1 });
      // Nothing new: nothing sent.
      setVisibility('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      setVisibility('hidden');
      expect(flushes).toHaveLength(2);
    } finally {
      coordinator.stop();
    }
  });
});

describe('diagnostics', () => {
  it('contain none of the secrets, e-mails and conversation text a page is full of (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(secret, { minLength: 1, maxLength: 6 }), async (secrets) => {
        document.body.innerHTML =
          `<main><div data-message-author-role="assistant" data-message-id="${secrets[0]}">` +
          `${secrets.join(' ')}</div>
          <div role="alert">${secrets.at(-1)} You've hit the Free plan limit for image generations</div></main>`;
        const flushes: Counters[] = [];
        const coordinator = createCaptureCoordinator({
          doc: document,
          win: window,
          send: () => {},
          onHealth: (c) => flushes.push(c),
          settleMs: 0,
          quietMs: 0,
          now: () => NOW,
        });
        coordinator.start();
        try {
          feedPage(secrets, (m) =>
            document.dispatchEvent(new CustomEvent(BRIDGE_EVENT, { detail: JSON.stringify(m) })),
          );
          // Forged bridge events and a forged flush whose keys are secrets.
          for (const s of secrets) document.dispatchEvent(new CustomEvent(BRIDGE_EVENT, { detail: s }));
          await sleep(5);
          // Nothing is sent while the page is in use (the clock stands still here); leaving the page sends it.
          expect(flushes).toEqual([]);
          setVisibility('hidden');
        } finally {
          coordinator.stop();
        }
        // And a forged flush (a compromised content script) whose keys are the secrets.
        const forged = Object.fromEntries(
          secrets.flatMap((s) => [
            [s, 1],
            [`event:${s}`, 1],
            [`event.${s}`, 1],
            [`sel.${s}.0.matched`, 1],
          ]),
        );
        const days = await daysAfter(...flushes, forged as Counters);
        // The page was read: its turn, the image tool, the metadata, the socket report and the selectors all counted.
        expect(days['2026-11-30']).toMatchObject({
          'turn.fetch': 1,
          'image.message': 1,
          'turn.reread': 1,
          'meta.blocked.image_gen': 1,
          'socket.unknown': 1,
          'check.turns': 1,
          'check.assistant': 1,
        });
        const json = diagnosticsJson(
          buildDiagnostics({
            days,
            rules: evaluateHealth(days, NOW),
            now: NOW,
            extensionVersion: '0.1.0',
            userAgent: `${UA} ${secrets[0]}`,
          }),
        );
        for (const s of secrets) {
          expect(json).not.toContain(s);
          // Nor a recognisable piece of it.
          expect(json).not.toContain(s.slice(0, 12));
          expect(json).not.toContain(s.slice(-12));
        }
        expect(json).not.toMatch(/@|Bearer|\/backend-api|wss:/);
      }),
      { numRuns: 40, seed: 12 },
    );
  });

  it('hold what a maintainer needs: versions, counts, verdicts, unknown names as hash and length, the selector table', async () => {
    const hash = nameHash('brand_new_event');
    const days = await daysAfter({
      'turn.socket': 2,
      [`event:${hash}`]: 3,
      [`len:${hash}`]: 15,
      'sel.assistant.2.consulted': 2,
      'sel.assistant.2.matched': 2,
    });
    const d = buildDiagnostics({
      days,
      rules: evaluateHealth(days, NOW),
      now: NOW,
      extensionVersion: '0.1.0',
      userAgent: UA,
    });
    expect(d.extension.version).toBe('0.1.0');
    expect(d.browser).toEqual({ name: 'Chrome', major: 156 });
    expect(d.unknownNames).toEqual([{ kind: 'event', hash, length: 'brand_new_event'.length, count: 3 }]);
    expect(d.selectors.find((r) => r.group === 'assistant' && r.index === 2)).toMatchObject({
      css: '[data-message-author-role="assistant"]',
      consulted: 2,
      matched: 2,
    });
    expect(d.rules.map((r) => r.verdict)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(d.days).toEqual([{ day: '2026-11-30', counts: expect.objectContaining({ 'turn.socket': 2 }) }]);
  });

  it('the schema refuses what is not ours', async () => {
    const days = await daysAfter({ 'turn.fetch': 1 });
    const good = buildDiagnostics({
      days,
      rules: evaluateHealth(days, NOW),
      now: NOW,
      extensionVersion: '0.1.0',
      userAgent: UA,
    });
    expect(diagnosticsSchema.safeParse(good).success).toBe(true);
    const bad = [
      { ...good, totals: { 'user@example.com': 1 } },
      { ...good, note: 'free text' },
      { ...good, selectors: [{ ...good.selectors[0]!, css: 'div.secret' }] },
      { ...good, unknownNames: [{ kind: 'event', hash: 'not-a-hash', length: 3, count: 1 }] },
      { ...good, rules: [{ ...good.rules[0]!, evidence: { 'user text here': 1 } }] },
      { ...good, extension: { version: '0.1.0 sk-proj-abc' } },
    ];
    for (const b of bad) expect(diagnosticsSchema.safeParse(b).success, JSON.stringify(b).slice(0, 80)).toBe(false);
  });

  it('keep only the browser name and major version', () => {
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toEqual({
      name: 'Firefox',
      major: 140,
    });
    expect(browserOf(`${UA} Edg/156.0.1`)).toEqual({ name: 'Edge', major: 156 });
    expect(browserOf('something else')).toEqual({ name: 'other', major: 0 });
  });
});
