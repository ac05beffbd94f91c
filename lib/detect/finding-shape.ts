/**
 * What the isolated world accepts of a finding the page handed over, and how it names the occurrence. The page can
 * forge the bridge (bridge.ts), so a signal is checked for shape before anything is sent, and its occurrence keys are
 * capped like every other captured value.
 */
import { CAPTURE_LIMITS } from '../domain/shapes.ts';
import type { BridgeMessage, NetworkFinding } from './bridge.ts';
import { textHash } from './text-hash.ts';

export type SignalMessage = Extract<BridgeMessage, { type: 'finding' | 'progress' }>;

export function isWellFormedSignal(msg: BridgeMessage): msg is SignalMessage {
  if (msg?.type === 'progress') return Array.isArray(msg.progress);
  return msg?.type === 'finding' && isFindingShape(msg.finding);
}

/** What every finding handed over by a page world has, ChatGPT's or a provider's: the rest is each one's own. */
export interface FindingCore {
  kinds: readonly string[];
  evidence: string;
  endpoint: string;
  status: number;
  seenAt: number;
  headers: Record<string, string>;
}

export function hasFindingCore(f: unknown): f is FindingCore {
  const x = f as FindingCore;
  return (
    typeof x === 'object' &&
    x !== null &&
    Array.isArray(x.kinds) &&
    x.kinds.length > 0 &&
    typeof x.evidence === 'string' &&
    x.evidence.length > 0 &&
    typeof x.endpoint === 'string' &&
    typeof x.status === 'number' &&
    typeof x.seenAt === 'number' &&
    typeof x.headers === 'object' &&
    x.headers !== null &&
    !Array.isArray(x.headers)
  );
}

export function isFindingShape(f: unknown): f is NetworkFinding {
  return hasFindingCore(f) && Array.isArray((f as Partial<NetworkFinding>).messageIds);
}

/** Message ids identify an occurrence across layers and re-reads; a gate is identified by its own content. */
export function occurrenceKeysOf(f: NetworkFinding): string[] {
  const keys = f.messageIds.filter((id) => typeof id === 'string' && id).map((id) => `msg:${id}`);
  // A turn read from both the fetch body and the socket is one occurrence.
  if (typeof f.turnId === 'string' && f.turnId) keys.push(`turn:${f.turnId}`);
  if (keys.length === 0) {
    keys.push(
      f.kinds.length === 1 && f.kinds[0] === 'image-gate'
        ? `gate:${textHash(f.evidence)}`
        : `req:${f.endpoint}:${f.seenAt}:${Math.random().toString(36).slice(2, 10)}`,
    );
  }
  return keys.slice(0, CAPTURE_LIMITS.keys).map((k) => k.slice(0, CAPTURE_LIMITS.keyChars));
}
