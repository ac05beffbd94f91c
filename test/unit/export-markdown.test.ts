import { describe, expect, it } from 'vitest';
import type { Classification } from '../../lib/domain/labels.ts';
import { newRecord } from '../../lib/evidence/build-record.ts';
import { codeSpan, escapeCell, fencedBlock, modelsIn, toMarkdownPacket } from '../../lib/export/markdown.ts';
import { STRINGS } from '../../lib/i18n/strings.ts';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { capture, classification } from './helpers/factories.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const ORG = ['org', '-', 'EYMHJ4WPJuouHcXEpYItmmf1'].join('');
const PROJECT = ['proj', '_', 'Q8wErTy7UiOpAsDfGhJkL123'].join('');
const KEY = ['sk-', 'proj-', 'Kd8'.repeat(14)].join('');

function apiStop(over: Parameters<typeof capture>[0] = {}, c: Partial<Classification> = {}): StopRecord {
  return {
    ...newRecord(
      capture({
        site: 'platform.openai.com',
        url: 'https://platform.openai.com/playground/images',
        conversationId: undefined,
        layer: 'network',
        kinds: ['http-error'],
        endpoint: '/v1/images/generations',
        status: 429,
        evidence: JSON.stringify({
          error: {
            message:
              `Rate limit reached for gpt-image-2 in organization ${ORG} on images per minute (IPM): Limit 5, ` +
              `Used 5, Requested 1. Please try again in 12s.`,
            type: 'requests',
            code: 'rate_limit_exceeded',
          },
          request: { size: '1024x1024', quality: 'high' },
        }),
        headers: {
          'retry-after': '12',
          'x-ratelimit-reset-requests': '12s',
          'x-request-id': 'req_8a7b6c5d4e3f2a1b0c9d8e7f',
          'openai-project': PROJECT,
          authorization: `Bearer ${KEY}`,
          'x-note': 'a | b\nc',
        },
        ...over,
      }),
      classification({
        owner: 'openai-api',
        action: 'reduce-throughput',
        bucket: 'api-images-per-minute',
        reset: { at: '2026-11-27T10:00:12.000Z', inSeconds: 12, source: 'header:retry-after', stated: '12' },
        resets: [
          { at: '2026-11-27T10:00:12.000Z', inSeconds: 12, source: 'header:retry-after', stated: '12' },
          { at: '2026-11-27T10:00:12.000Z', inSeconds: 12, source: 'text:duration', stated: 'Please try again in 12s' },
        ],
        confidence: 'high',
        reasons: ['HTTP 429 with code rate_limit_exceeded', 'words name images per minute | IPM'],
        ...c,
      }),
    ),
    id: 5,
    count: 3,
    lastSeenAt: Date.parse('2026-11-27T10:05:00Z'),
  };
}

function appStop(
  visibleText = "You've hit the Plus plan limit for image generations requests. You can create more images when " +
    'the limit resets in 5 hours.',
): StopRecord {
  return { ...newRecord(capture({ visibleText }), classification()), id: 9 };
}

/** Table rows of the packet, by their first cell. */
function tableRows(md: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of md.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('|---')) continue;
    const cells = splitRow(line);
    rows.set(cells[0]!, cells.slice(1));
  }
  return rows;
}

/** Splits a table row on pipes that are not escaped (an odd run of backslashes before it escapes it). */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let backslashes = 0;
  for (const ch of line.slice(1, -1)) {
    if (ch === '|' && backslashes % 2 === 0) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
    backslashes = ch === '\\' ? backslashes + 1 : 0;
  }
  cells.push(cell.trim());
  return cells;
}

const en = (records: StopRecord[], over: Partial<Parameters<typeof toMarkdownPacket>[1]> = {}) =>
  toMarkdownPacket(records, { redact: true, locale: 'en', now: NOW, timeZone: 'UTC', ...over });

describe('toMarkdownPacket: an incident packet', () => {
  const md = en([apiStop()]);
  const rows = tableRows(md);

  it('titles the stop with the owner and bucket in plain words', () => {
    expect(md).toContain('# Limit Lens incident packet');
    expect(md).toContain(
      `## 1. ${escapeCell(STRINGS.en.owners['openai-api'])}: ${escapeCell(STRINGS.en.buckets['api-images-per-minute'])}`,
    );
  });

  it('gives every field its value and where it came from', () => {
    expect(rows.get('Who owns the limit')).toEqual([
      `${escapeCell(STRINGS.en.owners['openai-api'])} · \`openai-api\``,
      'classifier (certain: the response data says so)',
    ]);
    expect(rows.get('Page')).toEqual(['`https://platform.openai.com/playground/images`', 'page address']);
    expect(rows.get('Endpoint')).toEqual(['`/v1/images/generations`', 'captured request']);
    expect(rows.get('Model')).toEqual(['`gpt-image-2`', 'evidence text']);
    expect(rows.get('Organization')).toEqual(['`org-EY…mf1`', 'evidence text']);
    expect(rows.get('Project')).toEqual([`\`proj_Q8…123\``, 'response header openai-project']);
    expect(rows.get('Request id')).toEqual(['`req_8a7b6c5d4e3f2a1b0c9d8e7f`', 'response header x-request-id']);
    expect(rows.get('Image size')).toEqual(['`1024x1024`', 'evidence text']);
    expect(rows.get('Quality')).toEqual(['`high`', 'evidence text']);
    expect(rows.get('HTTP status')).toEqual(['`429`', 'response']);
    expect(rows.get('Reset')).toEqual([
      '`2026-11-27T10:00:12.000Z` (Nov 27, 2026, 10:00:12 AM UTC) — 12 s; already passed when exported',
      '`header:retry-after` (`12`)',
    ]);
    expect(rows.get('Other reset values')).toEqual([
      '`2026-11-27T10:00:12.000Z` — `text:duration` (`Please try again in 12s`)',
      'classifier',
    ]);
    expect(rows.get('Retries')).toEqual([
      '2 repeats after the first (3 sightings)',
      'merged sightings of the same limit',
    ]);
    expect(rows.get('First seen')).toEqual(['`2026-11-27T10:00:00.000Z` (Nov 27, 2026, 10:00:00 AM UTC)', 'capture']);
    expect(rows.get('Last seen')).toEqual(['`2026-11-27T10:05:00.000Z` (Nov 27, 2026, 10:05:00 AM UTC)', 'capture']);
    expect(rows.get('`retry-after`')).toEqual(['`12`']);
    expect(rows.get('`x-ratelimit-reset-requests`')).toEqual(['`12s`']);
  });

  it('quotes the text seen, the response, the reasons and the next step', () => {
    expect(md).toContain(
      '### Response body / stream events\n\n```text\n{"error":{"message":"Rate limit reached for gpt-image-2 in organization org-EY…mf1',
    );
    expect(md).toContain(
      '### Why Limit Lens says so\n\n- HTTP 429 with code rate\\_limit\\_exceeded\n- words name images per minute \\| IPM',
    );
    expect(md).toContain(
      `### Next step\n\n**Slow down** (\`reduce-throughput\`): ${escapeCell(STRINGS.en.advice['throughput-api'](STRINGS.en.theProvider))}`,
    );
    const app = en([appStop()]);
    expect(app).toContain(
      "### What the user saw\n\n```text\nYou've hit the Plus plan limit for image generations requests.",
    );
    expect(app).toContain('`blocked_features.resets_after` (`in 5 hours`)');
    expect(app).toContain('none (seen once)');
  });

  it('says so when the page showed no text', () => {
    expect(md).toContain('### What the user saw\n\nThe page showed no text for this stop');
  });

  it('never breaks a table: pipes escaped, line breaks as <br>, same cell count on every row', () => {
    expect(rows.get('`x-note`')).toEqual(['`a \\| b c`']);
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) {
      const width = line.startsWith('| Header') || line.startsWith('| `') || line === '|---|---|' ? 2 : 3;
      expect(splitRow(line), line).toHaveLength(width);
    }
    const tricky = en([apiStop({}, { reasons: ['x'], provider: 'a|b\nc' })]);
    expect(tableRows(tricky).get('Provider')).toEqual(['`a\\|b c`', 'classifier']);
    expect(escapeCell('a|b\nc*d_e<f>')).toBe('a\\|b<br>c\\*d\\_e\\<f\\>');
  });

  it('chooses a fence longer than any backtick run in the text, and breaks ``` runs so Slack cannot end it early', () => {
    const text = 'before\n```\ninside a fence\n````\nafter `code` and ``more``';
    const out = en([appStop(text)]);
    const z = '\u200b';
    const shown = text.replace('````', `\`${z}\`${z}\`${z}\``).replace('```', `\`${z}\`${z}\``);
    expect(out).toContain(`### What the user saw\n\n\`\`\`text\n${shown}\n\`\`\``);
    // Slack ends a block at the first ``` whatever opened it: the only ones left are our own fences.
    const block = out.slice(out.indexOf('### What the user saw'));
    expect(block.split('```').length).toBeGreaterThanOrEqual(3);
    expect(block.slice(block.indexOf('```text') + 7).indexOf('```')).toBe(shown.length + 2);
    expect(fencedBlock('no ticks')).toBe('```text\nno ticks\n```');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`start')).toBe('`` `start ``');
  });

  it('breaks @mentions in prose so a pasted packet pings nobody on GitHub (issue 11)', () => {
    const stop = appStop('hi');
    const out = en([
      { ...stop, classification: { ...stop.classification, reasons: ['text mentions @octocat and @org/team'] } },
    ]);
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
    expect(out).toContain('@\u200boctocat');
  });

  it('masks secrets and identifiers when redacting', () => {
    expect(md).not.toContain(KEY);
    expect(md).not.toContain(ORG);
    expect(md).not.toContain(PROJECT);
    expect(md).toContain(`| \`authorization\` | \`Bearer [REDACTED:api-key sk-proj-…${KEY.slice(-4)}]\` |`);
    expect(md).toContain('> Redacted: API keys, tokens, cookies and e-mail addresses are masked');
    const withIds = en([appStop()], { conversationIds: true });
    expect(withIds).not.toContain('11111111-2222-3333-4444-555555555555');
    expect(withIds).toContain('`https://chatgpt.com/c/1111…5555`');
    expect(en([appStop()])).toContain('11111111-2222-3333-4444-555555555555');
  });

  it('keeps everything and warns when not redacting', () => {
    const raw = en([apiStop()], { redact: false });
    expect(raw).toContain(KEY);
    expect(raw).toContain(ORG);
    expect(raw).toContain('> Not redacted: this packet may contain API keys');
  });

  it('never includes API tier tables', () => {
    for (const out of [en([appStop()]), en([apiStop()]), en([appStop()], { locale: 'ko' })]) {
      expect(out).not.toMatch(/\bTier [1-5]\b/);
      expect(out).not.toMatch(/8,000,000|3,000,000|800,000/);
    }
    // An app stop's packet uses no API vocabulary at all.
    expect(en([appStop()])).not.toMatch(/\b(TPM|RPM|IPM|tier)\b/i);
  });

  it('numbers several stops and separates them', () => {
    const two = en([appStop(), apiStop()]);
    expect(two).toContain('· 2 stops');
    expect(two).toContain('\n\n---\n\n## 2. ');
    expect(two.match(/^## \d\. /gm)).toHaveLength(2);
  });
});

describe('toMarkdownPacket: a pasted error', () => {
  it('says it was pasted and quotes the paste as what the user saw', () => {
    const pasted: StopRecord = {
      ...newRecord(
        capture({
          site: 'manual',
          url: 'manual:openai',
          layer: 'manual',
          kinds: ['manual:json'],
          conversationId: undefined,
          evidence: '{"error":{"code":"insufficient_quota"}}',
          status: 429,
          occurrenceKeys: ['paste:abc'],
        }),
        classification({ owner: 'openai-billing', action: 'fix-billing', bucket: 'billing-quota', reset: undefined }),
      ),
      id: 1,
    };
    const md = en([pasted]);
    expect(tableRows(md).get('Page')).toEqual(['none: pasted by the user (route openai)', 'capture']);
    expect(tableRows(md).get('Captured from')).toEqual(['pasted by the user', 'capture']);
    expect(tableRows(md).get('Reset')).toEqual(['none stated', '']);
    expect(md).toContain('### What the user saw\n\n```text\n{"error":{"code":"insufficient_quota"}}\n```');
    expect(md).not.toContain('### Response body');
  });
});

describe('toMarkdownPacket: Korean', () => {
  const ko = toMarkdownPacket([appStop('이미지 생성 한도에 도달했습니다. 5시간 후에 초기화됩니다.')], {
    redact: true,
    locale: 'ko',
    now: NOW,
    timeZone: 'Asia/Seoul',
  });

  it('uses Korean headings and wording', () => {
    expect(ko).toContain('# Limit Lens 문제 보고 자료');
    expect(ko).toContain(`## 1. ${STRINGS.ko.owners['chatgpt-app']}: ${STRINGS.ko.buckets['app-image-quota']}`);
    expect(ko).toContain('| 항목 | 값 | 출처 |');
    expect(ko).toContain(
      '### 화면에 표시된 문구\n\n```text\n이미지 생성 한도에 도달했습니다. 5시간 후에 초기화됩니다.\n```',
    );
    expect(ko).toContain('### 판단 근거');
    expect(ko).toContain(`### 다음에 할 일\n\n**${STRINGS.ko.actions.wait}**`);
    expect(ko).toContain('> 가림 처리됨');
    expect(tableRows(ko).get('재시도')).toEqual(['없음 (1회 발생)', '같은 한도의 반복 발생을 합친 값']);
  });

  it('shows local times in the given zone next to the ISO time', () => {
    const first = tableRows(ko).get('처음 확인')![0]!;
    expect(first.startsWith('`2026-11-27T10:00:00.000Z` (2026. 11. 27.')).toBe(true);
    expect(first).toContain('7시');
  });
});

describe('modelsIn', () => {
  it('finds model ids, image models first, without trailing punctuation', () => {
    expect(
      modelsIn(
        'Rate limit reached for gpt-4o. Then gpt-image-2. Also dall-e-3, gpt-image-1.5 and "model_slug":"gpt-5-6"',
      ),
    ).toEqual(['gpt-image-2', 'dall-e-3', 'gpt-image-1.5', 'gpt-4o', 'gpt-5-6']);
    expect(modelsIn('default-global-with-image-limits, org-verification, gpt-image')).toEqual([]);
  });
});
