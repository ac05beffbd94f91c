/**
 * What the capture coordinator reads of ChatGPT's page: the text the user saw for a finding (its own message, the
 * latest reply, or an error surface), a cheap fingerprint of what is changing, and once per turn which of our
 * selectors still match (counted for the health view). Selectors come from selectors.ts. Reads never use innerText
 * (which forces a layout) and never copy more of a message than they keep: an answer can run to 100,000
 * characters in 20,000 text nodes, and reading it whole (`textContent`, then a whitespace pass over all of it) cost
 * milliseconds after every turn, on a page that may be busy rendering the next. For the same reason the stop
 * surfaces are looked for in one pass over the page, not one per selector (selectors.ts, matchesByEntry).
 */
import { CAPTURE_LIMITS } from '../domain/shapes.ts';
import { CONVERSATION_PATH } from '../domain/chatgpt.ts';
import { selectorKey, type SelectorGroup, type Tally } from '../health/counters.ts';
import type { NetworkFinding } from './bridge.ts';
import { looksLikeStop } from './dom-patterns.ts';
import {
  ASSISTANT_UNIT,
  matchesByEntry,
  messageByIdSelectors,
  OBSERVE_ROOT,
  queryFirst,
  queryLast,
  type SelectorEntry,
  STOP_SURFACES,
} from './selectors.ts';

export interface ChatgptPageReader {
  /**
   * A cheap fingerprint of what is changing: the number of replies, and along the last one's chain of last
   * children, each node's child count and the final text's length (a token added anywhere at the end changes it).
   */
  look(): string;
  /** What the user saw for this finding: its own message, else the latest reply or an error surface. */
  visibleTextFor(finding: NetworkFinding): string | undefined;
  /** The first error surface (dialog, toast, banner, error line) whose text reads like a stop. */
  firstStopSurface(): { text: string; kind: string } | undefined;
  /** Once per turn: which of our selectors match the page now (one querySelector each). */
  selfCheck(): void;
}

export function createChatgptPageReader(doc: Document, tally: Tally): ChatgptPageReader {
  function countMatches(group: SelectorGroup, entries: readonly SelectorEntry[]): boolean {
    let any = false;
    // One query each, unlike the surfaces: querySelector stops at its first match, and Chromium answers a query for
    // an attribute no element has without walking the page; a joined list loses both (docs/chatgpt-protocol.md §6).
    entries.forEach((e, i) => {
      tally.add(selectorKey(group, i, 'consulted'));
      if (doc.querySelector(e.css)) {
        tally.add(selectorKey(group, i, 'matched'));
        any = true;
      }
    });
    return any;
  }

  function firstStopSurface(): { text: string; kind: string } | undefined {
    const byEntry = matchesByEntry(doc, STOP_SURFACES);
    for (const [i, entry] of STOP_SURFACES.entries()) {
      const all = byEntry[i]!;
      tally.add(selectorKey('surface', i, 'consulted'));
      if (all.length) tally.add(selectorKey('surface', i, 'matched'));
      for (const el of all) {
        const text = readText(el);
        if (text && looksLikeStop(text)) return { text, kind: surfaceKind(entry.css) };
      }
    }
    return undefined;
  }

  return {
    look(): string {
      const last = queryLast(doc, ASSISTANT_UNIT);
      if (!last) return '';
      let print = `${doc.querySelectorAll(last.entry.css).length}`;
      let node: Node | null = last.el;
      for (let depth = 0; node && depth < 32; depth++, node = node.lastChild)
        print += `:${node.childNodes.length}/${node.nodeType === 1 ? '' : (node.nodeValue?.length ?? 0)}`;
      return print;
    },
    visibleTextFor(finding: NetworkFinding): string | undefined {
      for (const id of finding.messageIds) {
        const hit = queryFirst(doc, messageByIdSelectors(id));
        const text = hit && readText(hit.el);
        if (text) return text;
      }
      // A tool refusal is paraphrased in the reply; an HTTP error shows in a dialog, toast or error line.
      if (finding.kinds.some((k) => k.startsWith('image-') || k === 'moderation')) {
        const last = queryLast(doc, ASSISTANT_UNIT);
        const text = last && readText(last.el);
        if (text) return text;
      }
      return firstStopSurface()?.text;
    },
    firstStopSurface,
    selfCheck(): void {
      tally.add('check.turns');
      if (countMatches('assistant', ASSISTANT_UNIT)) tally.add('check.assistant');
      countMatches('root', OBSERVE_ROOT);
    },
  };
}

/**
 * The element's text as `textContent` has it (every text and CDATA node below it, in order), whitespace runs
 * collapsed, trimmed, and cut at `max`: the same string as reading it whole, for the cost of the part kept. Text
 * nodes are gathered in document order until the collapsed text is known to reach `max` (a prefix collapses to a
 * prefix of the whole, so its first `max` characters are final once it holds more than `max`).
 */
export function readText(el: Element, max: number = CAPTURE_LIMITS.visibleTextChars): string | undefined {
  let raw = '';
  let checkAt = max + 64;
  let text = '';
  for (let node: Node | null = el.firstChild; ; ) {
    if (!node) {
      text = collapse(raw);
      break;
    }
    if (node.nodeType === 3 || node.nodeType === 4) {
      raw += node.nodeValue ?? '';
      if (raw.length > checkAt) {
        text = collapse(raw);
        if (text.length > max) break;
        checkAt = raw.length * 2;
      }
    }
    node = nextInside(node, el);
  }
  return text ? text.slice(0, max) : undefined;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The next node after `node` in document order that is still inside `root`, or null. */
function nextInside(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

export function messageIdOf(el: Element): string | undefined {
  return (
    el.getAttribute('data-message-id') ??
    el.getAttribute('data-chatgpt-selection-message-id') ??
    el.querySelector('[data-message-id]')?.getAttribute('data-message-id') ??
    undefined
  );
}

function surfaceKind(css: string): string {
  if (css.includes('dialog') || css.includes('modal')) return 'dom:dialog';
  if (css.includes('toast')) return 'dom:toast';
  if (css.includes('alert')) return 'dom:banner';
  return 'dom:error';
}

export function conversationIdFromPath(pathname: string): string | undefined {
  return CONVERSATION_PATH.exec(pathname)?.[1];
}
