// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_EVENT, type BridgeMessage, type NetworkFinding } from '../../lib/detect/bridge.ts';
import { createCaptureCoordinator } from '../../lib/detect/capture-coordinator.ts';
import type { CapturePayload } from '../../lib/domain/shapes.ts';

const CONV = '11111111-2222-3333-4444-555555555555';

function emit(msg: BridgeMessage | string) {
  document.dispatchEvent(
    new CustomEvent(BRIDGE_EVENT, { detail: typeof msg === 'string' ? msg : JSON.stringify(msg) }),
  );
}

function finding(over: Partial<NetworkFinding> = {}): NetworkFinding {
  return {
    kinds: ['image-quota'],
    endpoint: '/backend-api/f/conversation',
    method: 'POST',
    status: 200,
    conversationId: CONV,
    messageIds: ['tool-1', 'asst-1'],
    evidence: 'data: {"message":{}}',
    truncated: false,
    headers: {},
    seenAt: 1_800_000_000_000,
    ...over,
  };
}

function assistant(text: string, id = 'asst-1') {
  const el = document.createElement('div');
  el.setAttribute('data-message-author-role', 'assistant');
  el.setAttribute('data-message-id', id);
  el.textContent = text;
  document.querySelector('main')!.append(el);
  return el;
}

let sent: CapturePayload[];
let coordinator: ReturnType<typeof createCaptureCoordinator>;

beforeEach(async () => {
  vi.useFakeTimers();
  document.body.innerHTML = '<main></main>';
  history.replaceState(null, '', `/c/${CONV}`);
  sent = [];
  coordinator = createCaptureCoordinator({
    doc: document,
    win: window,
    send: (c) => sent.push(c),
    settleMs: 100,
    quietMs: 300,
  });
  coordinator.start();
  await vi.advanceTimersByTimeAsync(1);
});
afterEach(() => {
  coordinator.stop();
  vi.useRealTimers();
});

describe('network findings', () => {
  it('stores a finding at once, then attaches the text the user saw once the turn has rendered', async () => {
    emit({ type: 'turn-start', endpoint: '/backend-api/f/conversation', at: 1 });
    emit({ type: 'finding', finding: finding() });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      layer: 'network',
      kinds: ['image-quota'],
      conversationId: CONV,
      occurrenceKeys: ['msg:tool-1', 'msg:asst-1'],
      site: 'localhost',
    });
    expect(sent[0]!.visibleText).toBeUndefined();
    assistant("You've hit the Plus plan limit for image generations requests.");
    emit({ type: 'turn-end', endpoint: '/backend-api/f/conversation', at: 2, aborted: false });
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({
      layer: 'dom',
      kinds: ['dom:seen'],
      visibleText: "You've hit the Plus plan limit for image generations requests.",
      occurrenceKeys: ['msg:tool-1', 'msg:asst-1'],
    });
  });

  it('does not also report the same text through the DOM fallback', async () => {
    emit({ type: 'turn-start', endpoint: '/backend-api/f/conversation', at: 1 });
    emit({ type: 'finding', finding: finding() });
    assistant("You've hit the Plus plan limit for image generations requests.");
    emit({ type: 'turn-end', endpoint: '/backend-api/f/conversation', at: 2, aborted: false });
    await vi.advanceTimersByTimeAsync(150);
    // Re-render of the same bubble.
    document.querySelector('main')!.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((c) => c.layer)).toEqual(['network', 'dom']);
  });

  it('disconnects the DOM observer while a turn streams', async () => {
    emit({ type: 'turn-start', endpoint: '/backend-api/f/conversation', at: 1 });
    const before = coordinator.stats.observerCallbacks;
    const main = document.querySelector('main')!;
    for (let i = 0; i < 200; i++) main.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(10);
    expect(coordinator.stats.observerCallbacks).toBe(before);
  });

  it('never infers a limit from assistant prose in a turn the network saw without a stop', async () => {
    emit({ type: 'turn-start', endpoint: '/backend-api/f/conversation', at: 1 });
    assistant("You've hit the Plus plan limit — here is a story about limits.", 'asst-9');
    emit({ type: 'turn-end', endpoint: '/backend-api/f/conversation', at: 2, aborted: false });
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toHaveLength(0);
  });

  it('rejects forged or malformed bridge messages and floods', async () => {
    emit('not json');
    emit(JSON.stringify({ type: 'finding', finding: { kinds: 'x' } }));
    emit('x'.repeat(70_000));
    for (let i = 0; i < 300; i++) emit('{"type":"finding","finding":{"kinds":"nope"}}');
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(0);
    expect(coordinator.stats.bridgeRejected).toBe(303);
    // Garbage did not use up the budget: a real finding after the flood still goes through.
    emit({ type: 'finding', finding: finding() });
    expect(sent).toHaveLength(1);
  });

  it('sends at most 30 findings a minute, however many well-formed ones the page forges', async () => {
    for (let i = 0; i < 100; i++) emit({ type: 'finding', finding: finding({ messageIds: [`m${i}`] }) });
    expect(sent).toHaveLength(30);
    await vi.advanceTimersByTimeAsync(61_000);
    emit({ type: 'finding', finding: finding({ messageIds: ['later'] }) });
    expect(sent.filter((c) => c.layer === 'network')).toHaveLength(31);
  });
});

describe('DOM fallback', () => {
  it('recognises a stop rendered without any network signal', async () => {
    assistant(
      "You've hit the free plan limit for image generations requests. You can create more images when the limit resets in 42 minutes.",
      'asst-dom',
    );
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ layer: 'dom', kinds: ['dom:assistant'] });
    expect(sent[0]!.occurrenceKeys[0]).toBe('msg:asst-dom');
  });

  it('ignores ordinary replies and replies that only mention limits later on', async () => {
    assistant('Here is your poem about mountains.');
    await vi.advanceTimersByTimeAsync(400);
    assistant(`${'A long answer. '.repeat(40)} By the way, you've hit the plan limit.`, 'asst-2');
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toHaveLength(0);
  });

  it('does not report what a conversation already showed when it was opened', async () => {
    coordinator.stop();
    document.body.innerHTML = '<main></main>';
    assistant("You've hit the Plus plan limit for image generations requests.", 'old');
    coordinator = createCaptureCoordinator({
      doc: document,
      win: window,
      send: (c) => sent.push(c),
      settleMs: 100,
      quietMs: 300,
    });
    coordinator.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(0);
  });

  it('captures the account-throttle dialog', async () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.textContent =
      'Too many requests. You’re making requests too quickly. Please wait a few minutes before trying again.';
    document.body.append(dialog);
    document.querySelector('main')!.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kinds: ['dom:dialog'], layer: 'dom' });
  });
});

describe('cost on a page streaming without a network signal', () => {
  it('steps aside at the first mutation of a burst, looks once per quiet period, reads the page once it is quiet', async () => {
    const el = assistant('Here is');
    await vi.advanceTimersByTimeAsync(400); // baseline scan done, observer connected
    expect(coordinator.stats.observing).toBe(true);
    const callbacks = coordinator.stats.observerCallbacks;
    // 3 seconds of streaming: a node every 5 ms.
    for (let i = 0; i < 600; i++) {
      el.append(document.createTextNode(` w${i}`));
      el.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(5);
    }
    // One callback stepped the observer aside; each quiet-period look found the reply still growing.
    expect(coordinator.stats.observerCallbacks - callbacks).toBeLessThanOrEqual(2);
    expect(coordinator.stats.observing).toBe(false);
    expect(coordinator.stats.scans).toBeLessThanOrEqual(2);
    // The stream ends with a stop; once the page is quiet it is read and reported.
    el.append(document.createTextNode(" You've hit the Free plan limit for image generation requests."));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(coordinator.stats.observing).toBe(true);
    expect(sent.filter((c) => c.layer === 'dom')).toHaveLength(0); // a reply that only ends with stop words is not a stop
    const stop = assistant(
      "You've hit the Free plan limit for image generation requests. It resets in 3 hours.",
      'asst-9',
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent.filter((c) => c.layer === 'dom').map((c) => c.visibleText)).toEqual([stop.textContent]);
  });

  it('keeps the observer off while any announced turn is still streaming', async () => {
    emit({ type: 'turn-start', turn: 'a', endpoint: '/backend-api/f/conversation', at: 1 });
    emit({ type: 'turn-start', turn: 'b', endpoint: 'wss://ws.chatgpt.com', at: 1 });
    emit({ type: 'turn-end', turn: 'a', endpoint: '/backend-api/f/conversation', at: 2, aborted: false });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(coordinator.stats).toMatchObject({ turnActive: true, observing: false });
    emit({ type: 'turn-end', turn: 'b', endpoint: 'wss://ws.chatgpt.com', at: 3, aborted: false });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(coordinator.stats).toMatchObject({ turnActive: false, observing: true });
  });
});
