/**
 * The cold-start floor of a service worker: a tiny unpacked MV3 extension written to a temp dir at bench time,
 * whose worker does nothing but what a capture needs at its simplest: on a `capture` message it writes the payload
 * to its own IndexedDB (one put in one transaction, the connection kept open as Dexie keeps it) and answers once
 * the write committed. Timed cold and warm exactly as Limit Lens's worker is (test/bench/extension-bench.ts,
 * `measureMessageStored`), it says what Chromium itself costs to start a worker and deliver one message, which
 * no change to our worker can remove.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const WORKER = `let opening;
const open = () =>
  (opening ??= new Promise((resolve, reject) => {
    const r = indexedDB.open('bench-blank', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('stops', { keyPath: 'id', autoIncrement: true });
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  }));
chrome.runtime.onMessage.addListener((message, _sender, send) => {
  if (message?.type !== 'capture') return false;
  open().then(
    (db) => {
      const tx = db.transaction('stops', 'readwrite');
      tx.objectStore('stops').add({ ...message.payload });
      tx.oncomplete = () => send({ ok: true });
      tx.onerror = () => send({ ok: false, message: String(tx.error) });
    },
    (error) => send({ ok: false, message: String(error) }),
  );
  return true;
});
`;

/** The file name of the worker, by which the bench tells it from Limit Lens's `background.js`. */
export const BLANK_WORKER_FILE = 'blank-worker.js';
/** An empty page of the blank extension, from which its worker is messaged (as popup.html is for ours). */
export const BLANK_WORKER_PAGE = 'page.html';

const MANIFEST = {
  manifest_version: 3,
  name: 'Blank worker (bench floor)',
  version: '1.0.0',
  background: { service_worker: BLANK_WORKER_FILE },
};

export function writeBlankWorkerExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify(MANIFEST, null, 2),
    [BLANK_WORKER_FILE]: WORKER,
    [BLANK_WORKER_PAGE]:
      '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>blank worker</title></head><body></body></html>\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}
