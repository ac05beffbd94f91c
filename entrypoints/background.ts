import { classify } from '@/lib/classify/index.ts';
import { createMessageHandler } from '@/lib/messages/handler.ts';
import { STOPS_CHANGED, type StopsChangedEvent } from '@/lib/messages/protocol.ts';
import { LimitLensDb } from '@/lib/storage/db.ts';

// Wiring only: the database, the classifier and the message handler live in lib/.
export default defineBackground(() => {
  const db = new LimitLensDb();
  const handle = createMessageHandler({
    db,
    classify,
    onStopsChanged: () => {
      const event: StopsChangedEvent = { type: STOPS_CHANGED };
      // Rejects when no extension page is open to hear it: nothing to do then.
      browser.runtime.sendMessage(event).catch(() => {});
    },
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only this extension's own pages and content scripts talk to the background.
    if (sender.id !== browser.runtime.id) return false;
    if ((message as { type?: unknown })?.type === STOPS_CHANGED) return false;
    handle(message).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, reason: 'storage-error', message: String(error) }),
    );
    return true;
  });
});
