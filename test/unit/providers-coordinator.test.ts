// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROVIDER_BRIDGE_EVENT, type ProviderFinding } from '../../lib/detect/provider-bridge.ts';
import { createProviderCoordinator } from '../../lib/detect/provider-coordinator.ts';
import type { CapturePayload } from '../../lib/domain/shapes.ts';
import { errorSelectorsFor } from '../../lib/providers/presets.ts';

const finding = (over: Partial<ProviderFinding> = {}): ProviderFinding => ({
  kinds: ['http-error'],
  endpoint: 'https://api.openai.com/v1/images/generations',
  method: 'POST',
  status: 429,
  transport: 'fetch',
  evidence: '{"error":{"message":"Rate limit reached for gpt-image-2"}}',
  truncated: false,
  headers: { 'content-type': 'application/json' },
  seenAt: 5_000,
  ...over,
});

const bridge = (detail: unknown) =>
  document.dispatchEvent(
    new CustomEvent(PROVIDER_BRIDGE_EVENT, { detail: typeof detail === 'string' ? detail : JSON.stringify(detail) }),
  );

let sent: CapturePayload[];
let coordinator: ReturnType<typeof createProviderCoordinator>;

function start(html = '<main><p>Playground</p></main>') {
  document.body.innerHTML = html;
  sent = [];
  coordinator = createProviderCoordinator({
    doc: document,
    win: window,
    send: (c) => sent.push(c),
    selectors: errorSelectorsFor('https://platform.openai.com/playground'),
    now: () => 9_000,
    settleMs: 50,
    quietMs: 50,
  });
  coordinator.start();
}

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/');
});
afterEach(() => {
  coordinator.stop();
  vi.useRealTimers();
});

describe('provider coordinator', () => {
  it('sends a network finding as a capture at once, then the error text the page showed as the same occurrence', async () => {
    start();
    bridge({ type: 'finding', finding: finding() });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      site: location.hostname,
      layer: 'network',
      kinds: ['http-error'],
      endpoint: 'https://api.openai.com/v1/images/generations',
      status: 429,
      seenAt: 5_000,
    });
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = '  Rate limit reached for gpt-image-2 in organization org-x.  ';
    document.body.append(alert);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({
      layer: 'dom',
      kinds: ['dom:seen'],
      visibleText: 'Rate limit reached for gpt-image-2 in organization org-x.',
      occurrenceKeys: sent[0]!.occurrenceKeys,
    });
    // The same text is never reported again as a stop of its own.
    document.body.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(2);
  });

  it('reports error text that appears without a network finding, once; text already shown at load is history', async () => {
    start('<main><div role="alert">You have insufficient credits (shown before)</div></main>');
    await vi.advanceTimersByTimeAsync(10);
    const toast = document.createElement('div');
    toast.setAttribute('data-sonner-toast', '');
    toast.textContent = 'Too many requests: please retry after 20 seconds';
    document.body.append(toast);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      layer: 'dom',
      kinds: ['dom:error'],
      evidence: 'Too many requests: please retry after 20 seconds',
    });
    toast.remove();
    document.body.append(toast);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(1);
  });

  it('ignores text that does not read like a limit, and containers holding the whole page', async () => {
    start();
    const err = document.createElement('div');
    err.className = 'ErrorBoundary';
    err.textContent = `Welcome! ${'lorem ipsum '.repeat(200)} rate limit docs`;
    document.body.append(err);
    const ok = document.createElement('div');
    ok.setAttribute('role', 'status');
    ok.textContent = 'Image created';
    document.body.append(ok);
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toEqual([]);
  });

  it('drops forged or malformed bridge events, and floods beyond its budget', () => {
    start();
    bridge('not json');
    bridge({ type: 'finding', finding: { ...finding(), kinds: ['image-quota'] } });
    bridge({ type: 'finding', finding: { ...finding(), endpoint: 'javascript:alert(1)' } });
    bridge({ type: 'finding', finding: { ...finding(), evidence: '' } });
    bridge({ type: 'turn-start' });
    document.dispatchEvent(new CustomEvent(PROVIDER_BRIDGE_EVENT, { detail: { type: 'finding', finding: finding() } }));
    expect(sent).toEqual([]);
    for (let i = 0; i < 200; i++) bridge({ type: 'finding', finding: finding({ seenAt: i + 1 }) });
    expect(sent.length).toBeLessThanOrEqual(60);
    expect(coordinator.stats.bridgeRejected).toBeGreaterThan(140);
  });

  it('a flood of garbage does not use up the budget: a real finding after it still goes through', () => {
    start();
    for (let i = 0; i < 300; i++)
      bridge(i % 2 ? 'not json' : { type: 'finding', finding: { ...finding(), evidence: '' } });
    expect(sent).toEqual([]);
    bridge({ type: 'finding', finding: finding() });
    expect(sent).toHaveLength(1);
  });

  it('caps what it sends to the capture limits', () => {
    start();
    bridge({
      type: 'finding',
      finding: finding({ evidence: 'x'.repeat(20_000), endpoint: `https://a.test/${'p'.repeat(3000)}` }),
    });
    expect(sent[0]!.evidence.length).toBe(16_384);
    expect(sent[0]!.evidenceTruncated).toBe(true);
    expect(sent[0]!.endpoint!.length).toBe(2_048);
    expect(sent[0]!.occurrenceKeys[0]!.length).toBeLessThanOrEqual(256);
  });
});
