/**
 * Typed requests over whatever transport a context has (runtime.sendMessage in extension pages and content
 * scripts). The transport is passed in so callers stay testable.
 */
import type { MessageType, RequestOf, ResponseOf } from './protocol.ts';

export type Transport = (message: unknown) => Promise<unknown>;

export function createClient(transport: Transport) {
  return function request<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
    return transport({ type, payload }) as Promise<ResponseOf<T>>;
  };
}

export type Client = ReturnType<typeof createClient>;
