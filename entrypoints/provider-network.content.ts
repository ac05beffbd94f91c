import { installProviderObserver } from '@/lib/detect/provider-observer.ts';
import { PROVIDER_BRIDGE_EVENT } from '@/lib/detect/provider-bridge.ts';

// MAIN world, before the page's own scripts, on the provider sites the user turned on (registered at runtime by
// lib/providers/registrations.ts, never listed in the manifest): observes the page's own fetch and XHR responses
// read-only and hands findings to the isolated script as string-detail DOM events.
export default defineContentScript({
  registration: 'runtime',
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    // Two entries covering the same page register this script twice: observe once.
    const flag = '__limitLensProviderObserver';
    if ((window as unknown as Record<string, unknown>)[flag]) return;
    Object.defineProperty(window, flag, { value: true });
    installProviderObserver(window, (message) => {
      document.dispatchEvent(new CustomEvent(PROVIDER_BRIDGE_EVENT, { detail: JSON.stringify(message) }));
    });
  },
});
