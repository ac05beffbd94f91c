/**
 * Every chatgpt.com selector the extension uses, in one place, each list ordered newest page variant first with
 * a note on which variant it serves. The DOM only supplies the text the user saw and a fallback: structure comes
 * from the network observer. When ChatGPT changes its markup, this is the one file to edit.
 * Sources: public captures of the page's markup, each entry dated below (docs/chatgpt-protocol.md covers the
 * traffic; the markup is only the fallback).
 */

export interface SelectorEntry {
  css: string;
  /** Which page variant this serves, and since when it was seen. */
  variant: string;
}

/** Assistant message units; the last one is the reply to the current turn. */
export const ASSISTANT_UNIT: readonly SelectorEntry[] = [
  {
    css: '[data-content-search-unit-key$=":assistant"]',
    variant: '2026-09-25 rollout: unit key "<turn>:<idx>:<role>"',
  },
  { css: 'li[data-message-role="assistant"]', variant: '2026-07 A/B test' },
  {
    css: '[data-message-author-role="assistant"]',
    variant: '2023-11 → 2026-09 ("dead generation" after the 2026-09 rollout)',
  },
  // Image-generation turns had no [data-message-author-role] descendant even in the older DOM.
  { css: '[data-turn="assistant"]', variant: '2026-03 → 2026-09 section/article turns, image turns included' },
];

/** A specific message, by the id the stream carried. */
export function messageByIdSelectors(id: string): SelectorEntry[] {
  const quoted = cssString(id);
  return [
    { css: `[data-chatgpt-selection-message-id=${quoted}]`, variant: '2026-09-25 rollout' },
    { css: `[data-chatgpt-search-message-ids~=${quoted}]`, variant: '2026-09-25 rollout (several ids per unit)' },
    { css: `[data-message-id=${quoted}]`, variant: '2023-11 → 2026-09' },
  ];
}

/** Surfaces outside the assistant bubble where stops are shown. */
export const STOP_SURFACES: readonly SelectorEntry[] = [
  {
    css: '[data-testid="modal-conversation-history-rate-limit"]',
    variant: 'account throttle modal "Too many requests" (2026-08)',
  },
  { css: '[data-testid="modal-no-auth-rate-limit"]', variant: 'logged-out cap modal' },
  { css: '[role="dialog"]', variant: 'any dialog: Team/Enterprise image-limit dialog (es capture), throttles' },
  { css: '[role="alert"]', variant: 'banners above the composer: model caps, quota bar' },
  { css: 'div.toast-root', variant: 'toasts (since 2025-04)' },
  { css: '[class*="text-error"]', variant: 'in-thread error text with a Try again pill (since 2025-02)' },
];

/** Where the DOM fallback listens for changes: the thread, else the whole body (mobile-web fallback, new shells). */
export const OBSERVE_ROOT: readonly SelectorEntry[] = [
  { css: 'main', variant: 'all desktop variants since 2023' },
  { css: 'body', variant: 'fallback when no <main> (mobile-web fallback ?mweb_fallback=1)' },
];

/** First element matching an ordered list, with the entry that matched (for the self-check). */
export function queryFirst(
  root: ParentNode,
  entries: readonly SelectorEntry[],
): { el: Element; entry: SelectorEntry } | undefined {
  for (const entry of entries) {
    const el = root.querySelector(entry.css);
    if (el) return { el, entry };
  }
  return undefined;
}

/** Last element matching the first entry of an ordered list that matches anything. */
export function queryLast(
  root: ParentNode,
  entries: readonly SelectorEntry[],
): { el: Element; entry: SelectorEntry } | undefined {
  for (const entry of entries) {
    const all = root.querySelectorAll(entry.css);
    const el = all[all.length - 1];
    if (el) return { el, entry };
  }
  return undefined;
}

/**
 * The elements each entry of a list matches, in document order, from one pass over the page: one
 * `querySelectorAll` of the whole list, then `matches` on its few hits. For lists of common attributes (`role`,
 * `class`), where one query per entry would visit every node of a long thread once per entry after every turn.
 * Not for a list whose entries mostly find nothing by name or stop at a first match: each on its own is cheaper
 * there (docs/chatgpt-protocol.md §6). An entry this browser cannot parse matches nothing.
 */
export function matchesByEntry(root: ParentNode, entries: readonly SelectorEntry[]): Element[][] {
  let hits: Element[];
  try {
    hits = Array.from(root.querySelectorAll(entries.map((e) => e.css).join(', ')));
  } catch {
    // One entry the browser does not know spoils the joined list: each on its own then.
    return entries.map((e) => {
      try {
        return Array.from(root.querySelectorAll(e.css));
      } catch {
        return [];
      }
    });
  }
  return entries.map((e) => hits.filter((el) => el.matches(e.css)));
}

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}
