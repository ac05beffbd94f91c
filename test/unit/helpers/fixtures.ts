import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Owner } from '../../../lib/domain/labels.ts';

/** One labelled line of test/fixtures/limit-messages.jsonl, as tests read it. */
export interface LimitMessage {
  id: string;
  text: string;
  status?: number;
  headers?: Record<string, string>;
  url?: string;
  locale?: string;
  unscored?: boolean;
  expect: { owner: Owner[]; action: string[]; provider?: string; resetInSeconds?: number; resetHint?: string };
}

/** Every fixture line. A path, not a URL: happy-dom replaces the global URL in component tests. */
export function limitMessages(): LimitMessage[] {
  const file = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/limit-messages.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LimitMessage);
}
