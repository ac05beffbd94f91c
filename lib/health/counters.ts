/**
 * What the ChatGPT detection recognised, as counts under fixed names: never what was said. The content script adds
 * to a {@link Tally} in memory (event and op names only as a short hash and a length) and sends it to the
 * background when the page is hidden or left, and at most every {@link HEALTH_FLUSH_MS} while it is in use. The
 * background reads it through the allow-list (keys.ts), which names the hashes of the events and ops we know and
 * files every other one under a fixed bucket, and adds it to the day (store.ts); the health rules (rules.ts) and
 * the diagnostics (diagnostics.ts) see only that.
 *
 * This file must stay free of zod and dexie, and small: it is bundled into the isolated content script.
 */

export type Counters = Record<string, number>;

/** The runtime message a content script sends with its counters: `{ type: HEALTH_REPORT, counts }`. */
export const HEALTH_REPORT = 'reportHealth';
/**
 * A content script sends its counters at most this often while the page is in use, and when the page is hidden
 * or left: a message wakes the background, and ordinary ChatGPT use must not keep waking it.
 */
export const HEALTH_FLUSH_MS = 10 * 60_000;

/** Selector groups of lib/detect/selectors.ts consulted by index (the message-id lookups are per id, not counted). */
export type SelectorGroup = 'assistant' | 'root' | 'surface';

export const selectorKey = (group: SelectorGroup, index: number, what: 'consulted' | 'matched'): string =>
  `sel.${group}.${index}.${what}`;

/** FNV-1a, 32-bit, as 8 hex digits: tells two names apart without carrying them. */
export function nameHash(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export interface Tally {
  add(key: string, n?: number): void;
  /** An event `type` or delta op: `event:<hash>` / `op:<hash>`, and `len:<hash>` its length (keys.ts names ours). */
  name(kind: 'event' | 'op', name: string): void;
  /** What was added since the last take, and a fresh start; undefined when nothing was. */
  take(): Counters | undefined;
}

export function createTally(): Tally {
  let counts: Counters = {};
  let dirty = false;
  const add = (key: string, n = 1): void => {
    counts[key] = (counts[key] ?? 0) + n;
    dirty = true;
  };
  return {
    add,
    name(kind, name) {
      const h = nameHash(name);
      add(`${kind}:${h}`);
      counts[`len:${h}`] = name.length;
    },
    take() {
      if (!dirty) return undefined;
      const out = counts;
      counts = {};
      dirty = false;
      return out;
    },
  };
}
