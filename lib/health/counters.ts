/**
 * What the ChatGPT detection recognised, as counts under fixed names: never what was said. The content script adds
 * to a {@link Tally} in memory and flushes it at most once per turn (one runtime message); the background turns
 * the flush into allow-listed keys (keys.ts: an event or op name we do not know becomes a fixed bucket plus a
 * short hash and its length) and adds it up per day (store.ts); the health rules (rules.ts) and the diagnostics
 * (diagnostics.ts) read the days.
 *
 * This file must stay free of zod and dexie, and small: it is bundled into the isolated content script.
 */

export type Counters = Record<string, number>;

/** The runtime message a content script sends with its counters: `{ type: HEALTH_REPORT, counts }`. */
export const HEALTH_REPORT = 'reportHealth';

/** Selector groups of lib/detect/selectors.ts consulted by index (the message-id lookups are per id, not counted). */
export type SelectorGroup = 'assistant' | 'root' | 'surface';

export const selectorKey = (group: SelectorGroup, index: number, what: 'consulted' | 'matched'): string => `sel.${group}.${index}.${what}`;

/** Longest event or op name passed on (the background hashes names it does not know, with their length). */
export const NAME_MAX = 200;

export interface Tally {
  add(key: string, n?: number): void;
  /** An event `type` or delta op as the stream named it (`event:<name>` / `op:<name>` until the background maps it). */
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
    name: (kind, name) => add(`${kind}:${name.slice(0, NAME_MAX)}`),
    take() {
      if (!dirty) return undefined;
      const out = counts;
      counts = {};
      dirty = false;
      return out;
    },
  };
}
