/**
 * The read-only WebSocket observer (MAIN world, document_start on chatgpt.com). It wraps the page's `WebSocket`
 * constructor in a Proxy whose only trap is `construct`: the native constructor builds the socket with the
 * page's arguments and `new.target` (so the page gets the very instance it would have: same prototype,
 * `instanceof`, static constants, subclasses, protocols), and for sockets to a `*.chatgpt.com` host the observer
 * adds one passive `message` listener and one `close` listener through the native `addEventListener`. It never
 * sends on a socket, never reads what the page sends, never replaces `onmessage`, and nothing it does can throw
 * into the page. Frames go to a {@link SocketReader} (chatgpt-socket.ts), which feeds the shared turn registry.
 */
import type { BridgeMessage } from './bridge.ts';
import { createSocketReader } from './chatgpt-socket.ts';
import type { TurnRegistry } from './turns.ts';
import type { J } from './page-value.ts';

export interface SocketWindow {
  WebSocket?: J;
  EventTarget?: J;
  MessageEvent?: J;
}

export interface SocketObserverOptions {
  registry: TurnRegistry;
  emit: (msg: BridgeMessage) => void;
  now: () => number;
}

/** At most this many sockets are read at once; more are left alone (a page opening sockets in a loop). */
export const MAX_OPEN_SOCKETS = 32;

const CHATGPT_HOST = /(?:^|\.)chatgpt\.com$/i;

export function installSocketObserver(win: SocketWindow, opts: SocketObserverOptions): () => void {
  const Native = win.WebSocket;
  if (typeof Native !== 'function') return () => {};
  const nativeUrl = Object.getOwnPropertyDescriptor(Native.prototype, 'url')?.get;
  const addListener = win.EventTarget?.prototype?.addEventListener;
  const messageData = Object.getOwnPropertyDescriptor(win.MessageEvent?.prototype ?? {}, 'data')?.get;
  if (!nativeUrl || typeof addListener !== 'function' || !messageData) return () => {};
  let open = 0;
  let on = true;

  const proxy = new Proxy(Native, {
    construct(target, args, newTarget) {
      const ws = Reflect.construct(target, args, newTarget);
      try {
        if (on) watch(ws);
      } catch {
        // Never into the page.
      }
      return ws;
    },
  });
  win.WebSocket = proxy;

  function watch(ws: object): void {
    if (open >= MAX_OPEN_SOCKETS) return;
    const url = new URL(nativeUrl!.call(ws));
    if (!CHATGPT_HOST.test(url.hostname)) return;
    // The path carries the user id and a token: findings name only the host.
    const reader = createSocketReader({
      registry: opts.registry,
      emit: opts.emit,
      now: opts.now,
      endpoint: `wss://${url.hostname}`,
    });
    open++;
    let closed = false;
    addListener.call(ws, 'message', (ev: Event) => {
      if (!on || closed) return;
      let data: unknown;
      try {
        data = messageData!.call(ev);
      } catch {
        return;
      }
      reader.onFrame(data);
    });
    addListener.call(ws, 'close', () => {
      if (closed) return;
      closed = true;
      open--;
      reader.close();
    });
  }

  return () => {
    on = false;
    if (win.WebSocket === proxy) win.WebSocket = Native;
  };
}
