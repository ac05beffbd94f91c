import { createProviderCoordinator } from '@/lib/detect/provider-coordinator.ts';
import { createClient } from '@/lib/messages/client.ts';
import { createReliableSender } from '@/lib/messages/reliable-sender.ts';
import { errorSelectorsFor } from '@/lib/providers/presets.ts';

// Isolated world, on the provider sites the user turned on (registered at runtime): forwards the observer's
// findings, reads the error text the page showed, sends captures.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  main() {
    const flag = '__limitLensProviderPage';
    if ((window as unknown as Record<string, unknown>)[flag]) return;
    Object.defineProperty(window, flag, { value: true });
    // Typed by the message map (lib/messages/protocol.ts), like the extension pages' requests.
    const request = createClient((message) => browser.runtime.sendMessage(message));
    const send = createReliableSender({
      deliver: (payload) => request('capture', payload),
    });
    createProviderCoordinator({
      doc: document,
      win: window,
      send,
      selectors: errorSelectorsFor(location.href),
    }).start();
  },
});
