/**
 * The command line's classifier threads (--jobs N, scripts/classify.ts): batches of raw lines out to
 * scripts/classify-worker.ts, their rows back, written in input order.
 */
import { Worker } from 'node:worker_threads';
import { MemoClassifier } from '../lib/classify/memo.ts';
import type { LineUnit } from '../lib/session/lines.ts';
import { classifyLineBatch, packLineBatch, type LineBatchOptions, type LineBatchResult } from './classify-rows.ts';
import type { Out } from './classify-output.ts';

/**
 * Lines per batch handed to a classifier thread. Small on purpose: a batch's lines (and the input chunks they are
 * cut from) live until the batch is handed out, and at 512 they outlived the young generation, so the collector
 * copied and promoted them (200 k lines of the API log, --jobs 2: 15.6 s of CPU at 512, 10.2 s at 64, 7 s on one
 * thread).
 */
export const THREAD_BATCH = 64;

/**
 * The classifier thread: the bundled worker next to the bundled CLI (npm run classify), or, when this file runs
 * as TypeScript under tsx, the worker's source with tsx registered inside the thread by a small bootstrap.
 */
function startClassifierThread(options: LineBatchOptions): Worker {
  // A small heap, as for the main thread (package.json's classify script): memory stays flat, GC runs more often.
  const resourceLimits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 6 };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./classify-worker.mjs', import.meta.url), { workerData: options, resourceLimits });
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./classify-worker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData: options,
    resourceLimits,
  });
}

/**
 * Line input on more than one thread (--jobs N): this thread reads and splits, N - 1 classifier threads take
 * batches of lines, and this thread classifies a batch itself whenever every other thread has one in hand, so
 * each core stays busy whatever their speeds. Rows are written in input order: a batch that finishes early waits
 * for the ones before it.
 */
export class ParallelLines {
  private readonly workers: { worker: Worker; load: number }[];
  /** This thread's memo (each classifier thread keeps its own). */
  readonly memo = new MemoClassifier();
  private readonly done = new Map<number, LineBatchResult>();
  private nextSeq = 0;
  private nextOut = 0;
  readonly counts = { classified: 0, quiet: 0, binary: 0, malformed: 0 };

  constructor(
    threads: number,
    private readonly options: LineBatchOptions,
    private readonly out: Out,
    private readonly onIdle: () => void,
  ) {
    this.workers = Array.from({ length: threads }, () => ({ worker: startClassifierThread(options), load: 0 }));
    for (const w of this.workers) {
      w.worker.on('message', (r: LineBatchResult) => {
        w.load--;
        this.done.set(r.seq, r);
        this.drain();
        this.onIdle();
      });
      w.worker.on('error', (e) => {
        process.stderr.write(`classifier thread failed: ${e.message}\n`);
        process.exit(2);
      });
    }
  }

  submit(units: LineUnit[]): void {
    const batch = packLineBatch(this.nextSeq++, units);
    const idle = this.workers.reduce<(typeof this.workers)[number] | undefined>(
      (best, w) => (w.load < 1 && (!best || w.load < best.load) ? w : best),
      undefined,
    );
    if (idle) {
      idle.load++;
      idle.worker.postMessage(batch);
      return;
    }
    this.done.set(batch.seq, classifyLineBatch(batch, this.memo, this.options));
    this.drain();
  }

  /** Batches handed out and not yet written. */
  pending(): number {
    return this.nextSeq - this.nextOut;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private drain(): void {
    for (let r = this.done.get(this.nextOut); r; r = this.done.get(this.nextOut)) {
      this.done.delete(this.nextOut++);
      if (r.rows) this.out.text(r.rows);
      this.counts.classified += r.classified;
      this.counts.quiet += r.quiet;
      this.counts.binary += r.binary;
      this.counts.malformed += r.malformed.length;
      for (const line of r.malformed) process.stderr.write(`line ${line}: malformed JSON, skipped\n`);
    }
  }
}
