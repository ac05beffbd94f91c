import { BRIDGE_EVENT } from '@/lib/detect/bridge.ts';
import { installChatGptObservers } from '@/lib/detect/chatgpt-observers.ts';

// MAIN world, before the page's own scripts: observes the page's traffic (fetch bodies and sockets) read-only and
// hands findings to the isolated content script as string-detail DOM events.
export default defineContentScript({
  matches: ['https://chatgpt.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installChatGptObservers(window, (message) => {
      document.dispatchEvent(new CustomEvent(BRIDGE_EVENT, { detail: JSON.stringify(message) }));
    });
  },
});
