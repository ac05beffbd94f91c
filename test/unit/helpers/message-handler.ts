import { afterEach, vi } from 'vitest';
import { classify } from '../../../lib/classify/index.ts';
import { createMessageHandler, type HandlerDeps } from '../../../lib/messages/handler.ts';
import { EXTENSION_SENDER, type MessageSender } from '../../../lib/messages/sender.ts';
import { useTestDbs } from './test-db.ts';

/** The background's message handler over a fresh database, with a spy for change notices; call at file top. */
export function useTestHandler() {
  const openDb = useTestDbs();
  afterEach(() => vi.restoreAllMocks());
  return function setup() {
    const db = openDb();
    const changed = vi.fn();
    const saveFailure = vi.fn();
    return {
      db,
      changed,
      saveFailure,
      handle: senderDefault(
        createMessageHandler({ db, classify, onStopsChanged: changed, onSaveFailure: saveFailure }),
      ),
    };
  };
}

/** A content script on `site`'s page (https), in tab 1. */
export function pageSender(site: string, tabId = 1): MessageSender {
  return { kind: 'page', site, origin: `https://${site}`, tabId };
}

/** The handler, sent from an extension page unless a test says which sender. */
export function senderDefault(handle: ReturnType<typeof createMessageHandler>) {
  return (raw: unknown, from: MessageSender = EXTENSION_SENDER) => handle(raw, from);
}

/** A handler over `deps`, sent from an extension page unless a test says which sender. */
export function testHandler(deps: HandlerDeps) {
  return senderDefault(createMessageHandler(deps));
}
