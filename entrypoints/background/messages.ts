import { HEALTH_REPORT } from '@/lib/health/counters.ts';
import { createHealthRecorder, healthItem } from '@/lib/health/store.ts';
import type { createScreenshotTaker } from '@/lib/evidence/screenshot.ts';
import type { createMessageHandler } from '@/lib/messages/handler.ts';
import type { CapturePayload, CaptureResult } from '@/lib/messages/protocol.ts';
import { STOPS_CHANGED } from '@/lib/messages/protocol.ts';
import { identifySender, type MessageSender } from '@/lib/messages/sender.ts';

export interface MessageDeps {
  handle: ReturnType<typeof createMessageHandler>;
  screenshots: ReturnType<typeof createScreenshotTaker>;
}

/**
 * Only this extension's own pages and content scripts talk to the background; a content script only about its own
 * page (lib/messages/sender.ts). Every message is validated by the handler (lib/messages/handler.ts).
 */
export function listenForMessages({ handle, screenshots }: MessageDeps): void {
  // Screenshots (opt-in): of the reporting tab, while it is in front (lib/evidence/screenshot.ts says when).
  const afterCapture = (
    message: unknown,
    response: unknown,
    tab: { id?: number; windowId?: number; active?: boolean } | undefined,
  ) => {
    if ((message as { type?: unknown })?.type !== 'capture' || !tab || !(response as CaptureResult)?.ok) return;
    void screenshots((message as { payload: CapturePayload }).payload, response as CaptureResult, tab);
  };

  // Detection health (lib/health/): chatgpt.com's content script sends its counters when the page is hidden or
  // left; they are allow-listed and added to the day's record in local storage. No reply.
  const recordHealth = createHealthRecorder(healthItem);
  const isHealthReport = (message: unknown, from: MessageSender) =>
    (message as { type?: unknown })?.type === HEALTH_REPORT && from.kind === 'page' && from.site === 'chatgpt.com';

  const self = { id: browser.runtime.id, extensionBaseUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const from = identifySender(sender, self);
    if (!from) return false;
    if ((message as { type?: unknown })?.type === STOPS_CHANGED) return false;
    if (isHealthReport(message, from)) {
      void recordHealth((message as { counts?: unknown }).counts).catch(() => {});
      return false;
    }
    handle(message, from).then(
      (response) => {
        sendResponse(response);
        afterCapture(message, response, sender.tab);
      },
      (error: unknown) => sendResponse({ ok: false, reason: 'storage-error', message: String(error) }),
    );
    return true;
  });
}
