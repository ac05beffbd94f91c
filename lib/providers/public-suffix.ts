/**
 * Whether a wildcard host pattern `*.name` would cover sites of many unrelated owners: `name` is a public suffix
 * (com, co.uk, io, vercel.app, github.io…), or public suffixes lie below it (amazonaws.com holds s3.amazonaws.com
 * and dozens more, each shared by many customers). Chrome grants `*.com` as every .com site.
 *
 * The Public Suffix List comes from tldts (kept current with the list), not from a list of our own. tldts answers
 * "what is this host's suffix" publicly; "is any suffix below this name" needs its rule trie, read here from the
 * same package (pinned to an exact version in package.json; test/unit/providers-public-suffix.test.ts fails if an
 * upgrade changes the trie's shape). Background and options page only: never bundled into a content script.
 */
import { getPublicSuffix } from 'tldts';
import { edgeChild, edgeLength, edgeStart, labelText, rulesRoot } from 'tldts/dist/es6/src/data/trie.js';

let labelOffsets: Uint32Array | undefined;

/** Where each edge's label starts in labelText (the trie ships lengths only). */
function offsets(): Uint32Array {
  if (!labelOffsets) {
    labelOffsets = new Uint32Array(edgeLength.length + 1);
    for (let e = 0; e < edgeLength.length; e++) labelOffsets[e + 1] = labelOffsets[e]! + edgeLength[e]!;
  }
  return labelOffsets;
}

/** The trie node of the rule `host` (labels walked right to left), or -1 when no rule passes through it. */
function ruleNode(host: string): number {
  const at = offsets();
  let node = rulesRoot;
  for (const label of host.split('.').reverse()) {
    let next = -1;
    for (let e = edgeStart[node]!; e < edgeStart[node + 1]!; e++) {
      if (edgeLength[e] === label.length && labelText.startsWith(label, at[e]!)) {
        next = edgeChild[e]!;
        break;
      }
    }
    if (next < 0) return -1;
    node = next;
  }
  return node;
}

/** `host` is a public suffix itself (ICANN or private section). */
export function isPublicSuffix(host: string): boolean {
  return getPublicSuffix(host, { allowPrivateDomains: true }) === host;
}

/** `*.host` would reach a public suffix: `host` is one, or one lies below it. */
export function wildcardCoversPublicSuffix(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (isPublicSuffix(h)) return true;
  const node = ruleNode(h);
  return node >= 0 && edgeStart[node + 1]! > edgeStart[node]!;
}
