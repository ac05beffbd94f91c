/** Occurrence keys in exports and imports: hashed where a conversation id must not travel. Pure. */

/**
 * A short stable one-way key for an occurrence key (two 53-bit hashes). Used when conversation ids are masked:
 * occurrence keys can contain the conversation id (`text:<conversation>:<hash>`), but import still needs them
 * to find duplicates, so they are replaced by their hash and import compares hashes (see planImport).
 */
export function hashOccurrenceKey(key: string): string {
  if (key.startsWith('h:')) return key;
  return `h:${cyrb53(key, 0x9e3779b1).toString(36)}${cyrb53(key, 0x85ebca6b).toString(36)}`;
}

function cyrb53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
