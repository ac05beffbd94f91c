/**
 * The read-only WebSocket observer (MAIN world, document_start on chatgpt.com). It wraps the page's `WebSocket`
 * constructor in a Proxy whose only trap is `construct`: the native constructor builds the socket with the
 * page's arguments and `new.target` (so the page gets the very instance it would have: same prototype,
 * `instanceof`, static constants, subclasses, protocols). It never sends on a socket, never reads what the page
 * sends, never replaces `onmessage` or the page's listeners, and nothing it does can throw into the page.
 *
 * Frames are read as the page reads them, not by a listener of ours: a second listener costs the page a second
 * call from the browser into JavaScript for every frame (measured on a 15,000-frame turn: a listener that does
 * nothing at all adds ~4% to the page's task time, more than all our reading). `MessageEvent.prototype`'s `data`
 * getter is wrapped: it returns exactly what the native getter returns (and throws what it throws), and when the
 * event is a frame of a socket to a `*.chatgpt.com` host it hands the frame to that socket's reader
 * (chatgpt-socket.ts), once however often the page reads it; an answer-token frame of the turn last read is told
 * by the getter itself, before the event's target is looked up (`skipsQuickToken`: most frames of a turn are
 * those, and every call layer costs the page on each). A frame the page never reads is not read: the page
 * can only act on a frame through its `data`, so what it shows the user came through this getter
 * (docs/chatgpt-protocol.md §6). A `close` listener of ours ends the socket's turns.
 */
import type { BridgeMessage } from './bridge.ts';
import { createSocketReader, type QuickTokens, type SocketReader, skipsQuickToken } from './chatgpt-socket.ts';
import type { TurnRegistry } from './turns.ts';
import type { J } from './page-value.ts';

export interface SocketWindow {
  WebSocket?: J;
  EventTarget?: J;
  Event?: J;
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

type Getter = (this: unknown) => unknown;

export function installSocketObserver(win: SocketWindow, opts: SocketObserverOptions): () => void {
  const Native = win.WebSocket;
  if (typeof Native !== 'function') return () => {};
  const nativeUrl = Object.getOwnPropertyDescriptor(Native.prototype, 'url')?.get;
  const addListener = win.EventTarget?.prototype?.addEventListener;
  const messageProto = win.MessageEvent?.prototype;
  const dataDescriptor = messageProto && Object.getOwnPropertyDescriptor(messageProto, 'data');
  const data = dataDescriptor?.get as Getter | undefined;
  const target = Object.getOwnPropertyDescriptor(win.Event?.prototype ?? {}, 'target')?.get as Getter | undefined;
  if (!nativeUrl || !addListener || !data || !target || !dataDescriptor?.configurable) return () => {};
  const readers = new WeakMap<object, SocketReader>();
  let open = 0;
  let on = true;
  /** The last frame handed to a reader: a page that reads a frame's data twice has it read once. */
  let lastRead: unknown;
  /** The answer-token frames of the socket read last (chatgpt-socket.ts). */
  let quick: QuickTokens | undefined;

  // Written as a method so that its name and length are the native getter's ("get data", 0).
  const pageData = Object.getOwnPropertyDescriptor(
    {
      get data() {
        const frame = data!.call(this);
        // Nothing here can throw once the native getter has answered: `this` is a MessageEvent (an Event, whose
        // target getter cannot fail), string methods on a string cannot, and the reader catches its own errors.
        if (this !== lastRead && on) {
          // The common frame, an answer token of the turn last read, is told before anything else: which socket
          // sent it does not matter, as nothing is done with it (a forged one is skipped as well).
          if (typeof frame === 'string' && quick && skipsQuickToken(frame, quick)) lastRead = this;
          else {
            const reader = readers.get(target!.call(this) as object);
            if (reader) {
              lastRead = this;
              quick = reader.quick;
              reader.onFrame(frame);
            }
          }
        }
        return frame;
      },
    },
    'data',
  )!.get!;
  // Only the getter changes: enumerable, configurable and the (absent) setter stay as they are.
  Object.defineProperty(messageProto, 'data', { get: pageData });

  const proxy = new Proxy(Native, {
    construct(nativeClass, args, newTarget) {
      const ws = Reflect.construct(nativeClass, args, newTarget);
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
    const reader = createSocketReader({ ...opts, endpoint: `wss://${url.hostname}` });
    readers.set(ws, reader);
    open++;
    addListener!.call(
      ws,
      'close',
      () => {
        open--;
        readers.delete(ws);
        reader.close();
      },
      { once: true },
    );
  }

  return () => {
    on = false;
    if (win.WebSocket === proxy) win.WebSocket = Native;
    if (Object.getOwnPropertyDescriptor(messageProto, 'data')?.get === pageData)
      Object.defineProperty(messageProto, 'data', dataDescriptor);
  };
}
