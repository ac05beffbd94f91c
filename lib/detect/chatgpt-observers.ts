/**
 * Everything the MAIN world runs on chatgpt.com: the fetch observer and the socket observer, sharing one turn
 * registry (a turn handed from the fetch body to the socket, or resumed, stays one turn). What they hand over is
 * assembled into findings by the isolated script (turn-assembler.ts).
 */
import type { BridgeMessage } from './bridge.ts';
import { installNetworkObserver, type ObserverWindow } from './network-observer.ts';
import { installSocketObserver, type SocketWindow } from './socket-observer.ts';
import { createTurnRegistry } from './turns.ts';

export function installChatGptObservers(
  win: ObserverWindow & SocketWindow,
  emit: (msg: BridgeMessage) => void,
  now: () => number = Date.now,
): () => void {
  const send = (msg: BridgeMessage): void => {
    try {
      emit(msg);
    } catch {
      // The bridge's failure is not the page's.
    }
  };
  const registry = createTurnRegistry({ emit: send, now });
  const offFetch = installNetworkObserver(win, send, { now, registry });
  const offSocket = installSocketObserver(win, { registry, emit: send, now });
  return () => {
    offSocket();
    offFetch();
  };
}
