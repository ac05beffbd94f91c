import { afterEach, vi } from 'vitest';
import { classify } from '../../../lib/classify/index.ts';
import { createMessageHandler } from '../../../lib/messages/handler.ts';
import { useTestDbs } from './test-db.ts';

/** The background's message handler over a fresh database, with a spy for change notices; call at file top. */
export function useTestHandler() {
  const openDb = useTestDbs();
  afterEach(() => vi.restoreAllMocks());
  return function setup() {
    const db = openDb();
    const changed = vi.fn();
    return { db, changed, handle: createMessageHandler({ db, classify, onStopsChanged: changed }) };
  };
}
