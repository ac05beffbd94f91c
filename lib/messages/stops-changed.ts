/**
 * "Stored stops changed", from the background to the extension's open pages, on a BroadcastChannel of the
 * extension's own origin. Content scripts (page origins) never hear it, and the pages listening need no
 * runtime.onMessage listener: an extension page with one is also handed every content script's message (captures
 * included), which it has no business receiving now that it reads the database without the worker.
 */
import { STOPS_CHANGED, type StopsChangedEvent } from './protocol.ts';

export const STOPS_CHANGED_CHANNEL = 'limit-lens:stops-changed';

/** Tells every open extension page; nobody listening is fine. */
export function announceStopsChanged(): void {
  const channel = new BroadcastChannel(STOPS_CHANGED_CHANNEL);
  const event: StopsChangedEvent = { type: STOPS_CHANGED };
  channel.postMessage(event);
  channel.close();
}

/** Calls `listener` on every announcement until the returned function is called. */
export function listenForStopsChanged(listener: () => void): () => void {
  const channel = new BroadcastChannel(STOPS_CHANGED_CHANNEL);
  channel.onmessage = (e: MessageEvent) => {
    if ((e.data as { type?: unknown } | null)?.type === STOPS_CHANGED) listener();
  };
  return () => channel.close();
}
