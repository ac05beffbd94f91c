/**
 * 10,000 realistic stop records for the popup, memory and export figures: the labelled real messages of
 * test/fixtures/limit-messages.jsonl (plus the quota stream the e2e tests replay), each turned into a capture
 * and then into a record by the product's own code (classify → newRecord), with distinct occurrence keys,
 * conversation ids and sighting times spread over 90 days, so nothing would have merged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classify } from '../../lib/classify/index.ts';
import { newRecord } from '../../lib/evidence/build-record.ts';
import { classifyInputOf } from '../../lib/messages/handler.ts';
import { CAPTURE_LIMITS, type CapturePayload } from '../../lib/domain/shapes.ts';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { QUOTA_TEXT, quotaStream } from '../e2e/support/chatgpt-streams.ts';
import { rng } from './stats.ts';

interface Fixture {
  id: string;
  text: string;
  url?: string;
  status?: number;
  headers?: Record<string, string>;
}

function fixtures(): Fixture[] {
  const lines = readFileSync(path.resolve('test/fixtures/limit-messages.jsonl'), 'utf8').split('\n');
  return lines.filter((l) => l.trim()).map((l) => JSON.parse(l) as Fixture);
}

export function generateRecords(count: number, now = Date.now()): StopRecord[] {
  const rand = rng(20_000);
  const fx = fixtures();
  const quotaEvidence = quotaStream(now + 5 * 3600_000);
  const out: StopRecord[] = [];
  for (let i = 0; i < count; i++) {
    const seenAt = Math.round(now - rand() * 90 * 86_400_000);
    const cid = `bench-${i.toString(16).padStart(8, '0')}-${Math.floor(rand() * 1e9).toString(16)}`;
    const useStream = i % 10 === 0;
    const f = fx[i % fx.length]!;
    const url = new URL(f.url ?? 'https://chatgpt.com/');
    const capture: CapturePayload = useStream
      ? {
          site: 'chatgpt.com',
          url: `https://chatgpt.com/c/${cid}`,
          conversationId: cid,
          layer: 'both',
          kinds: ['image-quota', 'dom:seen'],
          evidence: quotaEvidence.slice(0, CAPTURE_LIMITS.evidenceChars),
          evidenceTruncated: false,
          visibleText: QUOTA_TEXT,
          endpoint: '/backend-api/f/conversation',
          status: 200,
          headers: { 'content-type': 'text/event-stream; charset=utf-8' },
          occurrenceKeys: [`msg:tool-${cid}`, `msg:asst-${cid}`],
          seenAt,
        }
      : {
          site: url.hostname,
          url: `${url.origin}/c/${cid}`,
          conversationId: cid,
          layer: f.status ? 'network' : 'dom',
          kinds: [f.status ? 'http-error' : 'dom:assistant'],
          evidence: f.text.slice(0, CAPTURE_LIMITS.evidenceChars),
          evidenceTruncated: false,
          ...(f.status ? {} : { visibleText: f.text.slice(0, CAPTURE_LIMITS.visibleTextChars) }),
          ...(f.status ? { status: f.status } : {}),
          ...(f.headers ? { headers: f.headers } : {}),
          occurrenceKeys: [`text:${cid}:${i}`],
          seenAt,
        };
    const c = classify(classifyInputOf(capture), { now: new Date(seenAt) });
    const record = newRecord(capture, c);
    record.count = 1 + Math.floor(rand() * 4);
    record.firstSeenAt = seenAt - Math.floor(rand() * 3 * 3600_000);
    out.push(record);
  }
  return out;
}
