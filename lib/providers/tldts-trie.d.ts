// tldts ships types for its rule trie next to its build, not under the path the code is imported from.
declare module 'tldts/dist/es6/src/data/trie.js' {
  export const edgeStart: Uint16Array;
  export const edgeLength: Uint8Array;
  export const edgeChild: Uint16Array;
  export const labelText: string;
  export const rulesRoot: number;
}
