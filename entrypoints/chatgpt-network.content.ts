import { BRIDGE_EVENT } from '@/lib/detect/bridge.ts';
import { installNetworkObserver } from '@/lib/detect/network-observer.ts';

// MAIN world, before the page's own scripts: observes the page's traffic read-only and hands findings to the
// isolated content script as string-detail DOM events.
export default defineContentScript({
  matches: ['https://chatgpt.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installNetworkObserver(window, (message) => {
      document.dispatchEvent(new CustomEvent(BRIDGE_EVENT, { detail: JSON.stringify(message) }));
    });
  },
});
