/** Messages between the "Import a session" page and its worker (entrypoints/session/worker.ts). */
import type { SessionResult } from './analyze.ts';
import type { SessionRow } from './rows.ts';

export type SessionWorkerRequest =
  | { type: 'file'; file: Blob; now: number; timeZone?: string }
  | { type: 'text'; text: string; now: number; timeZone?: string };

export type SessionWorkerEvent =
  | { type: 'progress'; readBytes: number; totalBytes: number; found: number }
  | { type: 'rows'; rows: SessionRow[] }
  | { type: 'done'; result: SessionResult }
  | { type: 'failed'; message: string };
