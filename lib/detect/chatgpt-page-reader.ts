/**
 * What the capture coordinator reads of ChatGPT's page: the text the user saw for a finding (its own message, the
 * latest reply, or an error surface), a cheap fingerprint of what is changing, and once per turn which of our
 * selectors still match (counted for the health view). Selectors come from selectors.ts; every read is textContent,
 * capped, never innerText (which forces a layout).
 */
import { CAPTURE_LIMITS } from '../domain/shapes.ts';
import { CONVERSATION_PATH } from '../domain/chatgpt.ts';
import { selectorKey, type SelectorGroup, type Tally } from '../health/counters.ts';
import type { NetworkFinding } from './bridge.ts';
import { looksLikeStop } from './dom-patterns.ts';
import {
  ASSISTANT_UNIT,
  messageByIdSelectors,
  OBSERVE_ROOT,
  queryFirst,
  queryLast,
  type SelectorEntry,
  STOP_SURFACES,
} from './selectors.ts';

export interface ChatgptPageReader {
  /** A cheap fingerprint of what is changing: the number of replies and the length of the last one. */
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
    for (const [i, entry] of STOP_SURFACES.entries()) {
      const all = doc.querySelectorAll(entry.css);
      tally.add(selectorKey('surface', i, 'consulted'));
      if (all.length) tally.add(selectorKey('surface', i, 'matched'));
      for (const el of Array.from(all)) {
        const text = readText(el);
        if (text && looksLikeStop(text)) return { text, kind: surfaceKind(entry.css) };
      }
    }
    return undefined;
  }

  return {
    look(): string {
      const last = queryLast(doc, ASSISTANT_UNIT);
      return last ? `${doc.querySelectorAll(last.entry.css).length}:${last.el.textContent?.length ?? 0}` : '';
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

export function readText(el: Element): string | undefined {
  // textContent, not innerText: innerText forces a synchronous layout.
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, CAPTURE_LIMITS.visibleTextChars) : undefined;
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
