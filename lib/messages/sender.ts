/**
 * Who sent a message to the background. Only this extension talks to it at all, but within the extension a
 * content script runs in a web page's renderer: if that page is compromised, so is what the script sends. So a
 * content script may only report what it saw on its own page (`capture`, `reportProgress`), filed under its own
 * tab's site; reading stored evidence, deleting, importing and changing settings are for extension pages only.
 */
import type { MessageType } from './protocol.ts';

export type MessageSender =
  /** The popup, the history, options, paste and packet pages: this extension's own origin. */
  | { kind: 'extension' }
  /** A content script, on the page `origin` (scheme, host and port) of the tab `tabId`. */
  | { kind: 'page'; site: string; origin: string; tabId?: number };

/** The messages a content script may send. */
export const PAGE_MESSAGE_TYPES: ReadonlySet<MessageType> = new Set<MessageType>([
  'capture',
  'reportProgress',
  'imageTurn',
]);

/** The fields of runtime.MessageSender used here (Chrome and Firefox). */
export interface RuntimeSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
}

/**
 * What kind of context sent a message, or undefined when it must be ignored (another extension, or a sender whose
 * page cannot be told). `extensionBaseUrl` is runtime.getURL('/'): extension pages, even opened in a tab, have a
 * URL under it; a content script's sender URL is the web page's.
 */
export function identifySender(
  sender: RuntimeSender,
  self: { id: string; extensionBaseUrl: string },
): MessageSender | undefined {
  if (sender.id !== self.id) return undefined;
  const url = sender.url ?? sender.tab?.url;
  if (!url) return undefined;
  if (url.startsWith(self.extensionBaseUrl)) return { kind: 'extension' };
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(page.protocol) || !page.hostname) return undefined;
  return {
    kind: 'page',
    site: page.hostname.toLowerCase(),
    origin: page.origin,
    ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}),
  };
}

export const EXTENSION_SENDER: MessageSender = { kind: 'extension' };
