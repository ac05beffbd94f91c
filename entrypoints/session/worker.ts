/**
 * The session page's worker: reads a file (or pasted text) chunk by chunk through lib/session/analyze.ts, so a
 * 2 GB HAR never blocks the page or sits in memory. Sends rows in batches and progress a few times a second.
 */
import { SessionAnalyzer } from '@/lib/session/analyze.ts';
import type { SessionWorkerEvent, SessionWorkerRequest } from '@/lib/session/worker-protocol.ts';

const post = (e: SessionWorkerEvent) =>
  (self as unknown as { postMessage: (m: SessionWorkerEvent) => void }).postMessage(e);
const PROGRESS_MS = 150;

async function run(req: SessionWorkerRequest): Promise<void> {
  const analyzer = new SessionAnalyzer({ now: req.now, ...(req.timeZone ? { timeZone: req.timeZone } : {}) });
  let last = 0;
  const flush = (readBytes: number, totalBytes: number, force = false) => {
    const now = performance.now();
    if (!force && now - last < PROGRESS_MS) return;
    last = now;
    const rows = analyzer.take();
    if (rows.length) post({ type: 'rows', rows });
    post({ type: 'progress', readBytes, totalBytes, found: analyzer.found });
  };
  if (req.type === 'text') {
    analyzer.push(req.text);
    flush(req.text.length, req.text.length, true);
  } else {
    const reader = req.file.stream().getReader();
    const decoder = new TextDecoder('utf-8', { fatal: false });
    let read = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
      // Large reads are fed in slices so no single string is bigger than 1 MB.
      for (let at = 0; at < value.byteLength; at += 1 << 20) {
        analyzer.push(decoder.decode(value.subarray(at, at + (1 << 20)), { stream: true }));
      }
      flush(read, req.file.size);
    }
    analyzer.push(decoder.decode());
    flush(read, req.file.size, true);
  }
  const result = analyzer.finish();
  const rows = analyzer.take();
  if (rows.length) post({ type: 'rows', rows });
  post({ type: 'done', result });
}

self.onmessage = (event: MessageEvent<SessionWorkerRequest>) => {
  run(event.data).catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
