/**
 * A classifier thread for scripts/classify.ts: takes batches of inputs, answers with their classifications in the
 * same order. Started through a tiny bootstrap that registers tsx (see startClassifierThread in classify.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MemoClassifier } from '../lib/classify/memo.ts';
import type { ClassifyInput } from '../lib/domain/labels.ts';

export interface ClassifyBatch {
  seq: number;
  inputs: ClassifyInput[];
  /** When each was seen (ms). */
  seen: number[];
}

const timeZone = (workerData as { timeZone?: string } | undefined)?.timeZone;
const memo = new MemoClassifier();

parentPort!.on('message', (batch: ClassifyBatch) => {
  const out = batch.inputs.map((input, i) => memo.classify(input, { now: new Date(batch.seen[i]!), ...(timeZone ? { timeZone } : {}) }));
  parentPort!.postMessage({ seq: batch.seq, out });
});
