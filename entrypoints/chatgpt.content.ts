import { createCaptureCoordinator } from '@/lib/detect/capture-coordinator.ts';
import { createClient } from '@/lib/messages/client.ts';
import { createReliableSender } from '@/lib/messages/reliable-sender.ts';
import { HEALTH_REPORT } from '@/lib/health/counters.ts';

// Isolated world: receives the network observer's findings, reads what the user saw, sends captures.
export default defineContentScript({
  matches: ['https://chatgpt.com/*'],
  runAt: 'document_start',
  main() {
    // Typed by the message map (lib/messages/protocol.ts), like the extension pages' requests.
    const request = createClient((message) => browser.runtime.sendMessage(message));
    const send = createReliableSender({
      deliver: (payload) => request('capture', payload),
    });
    const coordinator = createCaptureCoordinator({
      doc: document,
      win: window,
      send,
      // A lost allowance report is replaced by the next one: no retries.
      onProgress: (payload) => void request('reportProgress', payload).catch(() => {}),
      // Health counters (lib/health/): when the page is hidden or left, else every 10 minutes at most.
      onHealth: (counts) => void browser.runtime.sendMessage({ type: HEALTH_REPORT, counts }).catch(() => {}),
      // An image turn is under way (once per turn): a stop may follow within seconds, so a sleeping background is
      // woken now, not when the stop arrives (it readies its storage and classifier meanwhile). Ordinary turns never
      // send this.
      onImageTool: () => void browser.runtime.sendMessage({ type: 'imageTurn', payload: {} }).catch(() => {}),
    });
    coordinator.start();
    // The coordinator's counters, readable from this isolated world only (DevTools, tests), never by the page.
    Object.assign(globalThis, { __limitLensCoordinator: coordinator.stats });
  },
});
