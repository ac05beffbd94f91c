/**
 * A classifier thread for scripts/classify.ts: takes batches of lines, answers with their rows (same order), so the
 * main thread only reads, splits and writes. Started through a tiny bootstrap that registers tsx when the CLI runs
 * as TypeScript (see startClassifierThread in classify.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MemoClassifier } from '../lib/classify/memo.ts';
import { classifyLineBatch, type LineBatch, type LineBatchOptions } from './classify-rows.ts';

const options = workerData as LineBatchOptions;
const memo = new MemoClassifier();

parentPort!.on('message', (batch: LineBatch) => {
  parentPort!.postMessage(classifyLineBatch(batch, memo, options));
});
