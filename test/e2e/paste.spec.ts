import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension.ts';

interface Fixture {
  id: string;
  text: string;
  status?: number;
  headers?: Record<string, string>;
  expect: { owner: string[]; action: string[] };
}

const FIXTURES = new Map(
  readFileSync(path.resolve('test/fixtures/limit-messages.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Fixture)
    .map((f) => [f.id, f] as const),
);

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  402: 'Payment Required',
  403: 'Forbidden',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/** As a developer pastes it: the raw response (status line, headers in odd casing, body) when the status is known. */
function pasted(f: Fixture): string {
  if (!f.status) return f.text;
  const headers = Object.entries(f.headers ?? {})
    .map(([k, v]) => `${k.replace(/(^|-)\w/g, (c) => c.toUpperCase())}: ${v}\r\n`)
    .join('');
  return `HTTP/1.1 ${f.status} ${REASONS[f.status] ?? ''}\r\n${headers}\r\n${f.text}`;
}

/** One labelled message per owner (test/fixtures/limit-messages.jsonl). */
const PER_OWNER: [owner: string, fixtureId: string][] = [
  ['chatgpt-app', 'cg-plan-free-10h25m-singular-generation'],
  ['openai-api', 'api-tpm-gpt4-26s'],
  ['openai-billing', 'api-billing-hard-limit-images'],
  ['openai-access', 'api-org-verify-gpt-image-2-fixture'],
  ['azure', 'azure-gpt-image-2-s0-24s'],
  ['provider', 'fal-locked-exhausted-balance'],
  ['content-policy', 'api-moderation-prompt-text'],
  ['service-load', 'api-model-overloaded-legacy'],
  ['unknown', 'api-cloudflare-1015'],
];

async function openPastePage(openPopup: () => Promise<Page>): Promise<Page> {
  const popup = await openPopup();
  const [page] = await Promise.all([
    popup.context().waitForEvent('page'),
    popup.getByRole('link', { name: 'Paste an error to classify' }).click(),
  ]);
  await page.waitForLoadState();
  await expect(page.locator('h1')).toHaveText('Paste an error to classify');
  return page;
}

async function explain(page: Page, text: string, route = 'auto') {
  await page.locator('#paste-text').fill(text);
  await page.locator('#paste-route').selectOption(route);
  await page.locator('button.classify').click();
}

test('paste to classify from the popup: one labelled message per owner gets that owner, and nothing is stored until saved', async ({
  openPopup,
}) => {
  const page = await openPastePage(openPopup);
  for (const [owner, id] of PER_OWNER) {
    const f = FIXTURES.get(id)!;
    expect(f.expect.owner, id).toContain(owner);
    await explain(page, pasted(f));
    const card = page.locator('.paste-result .stop-card');
    await expect(card, id).toHaveAttribute('data-owner', owner);
    expect(f.expect.action, id).toContain(await card.getAttribute('data-action'));
    await expect(page.locator('.paste-result tr[data-field="status"]'), id).toContainText(
      f.status ? String(f.status) : 'not reported',
    );
    // The tier table only ever stands beside an OpenAI API stop, about gpt-image-2 or a model it cannot name.
    const model = (await page.locator('.paste-result tr[data-field="model"] td').first().textContent()) ?? '';
    const aboutTable = /gpt-image-2|not reported/.test(model);
    await expect(page.locator('.paste-result .tier-table'), `${id} (${model})`).toHaveCount(
      owner === 'openai-api' && aboutTable ? 1 : 0,
    );
  }
  // Explaining stored nothing.
  const popup = await openPopup();
  await expect(popup.locator('.empty')).toBeVisible();
});

test('the route picked decides shared wording; saving stores the stop, which then has its own packet page', async ({
  openPopup,
}) => {
  const page = await openPastePage(openPopup);
  const replicate = pasted(FIXTURES.get('replicate-429-docs')!);
  await explain(page, replicate);
  await expect(page.locator('.paste-result .stop-card')).toHaveAttribute('data-owner', 'openai-api');
  await explain(page, replicate, 'provider');
  await expect(page.locator('.paste-result .stop-card')).toHaveAttribute('data-owner', 'provider');

  const azure = FIXTURES.get('azure-gpt-image-2-s0-24s')!;
  await explain(page, pasted(azure), 'azure');
  await expect(page.locator('.read-as')).toContainText('an HTTP response');
  await expect(page.locator('.paste-result tr[data-field="headers"]')).toHaveAttribute('data-source', 'pasted');
  await page.locator('button.save').click();
  await expect(page.locator('.paste-message')).toContainText('Saved.');
  await page.locator('button.save').click();
  await expect(page.locator('.paste-message')).toContainText('already saved');

  // The link opens the saved stop's packet page in place.
  await page.locator('a.saved-packet').click();
  await page.waitForURL(/packet\.html\?id=\d+/);
  const packet = page;
  await expect(packet.locator('tr[data-field="owner"]')).toContainText('azure');
  await expect(packet.locator('tr[data-field="model"]')).toContainText('gpt-image-2');
  await expect(packet.locator('tr[data-field="status"]')).toHaveAttribute('data-source', 'pasted');

  const popup = await openPopup();
  await expect(popup.locator('.stop-card')).toHaveCount(1);
  await expect(popup.locator('.stop-card')).toHaveAttribute('data-owner', 'azure');
  await expect(popup.locator('.stop-card')).toContainText('manual');
});

test('bad input: garbage, a 5 MB log, and text with no limit get clear messages and store nothing unasked', async ({
  openPopup,
}) => {
  const page = await openPastePage(openPopup);
  await expect(page.locator('button.classify')).toBeDisabled();

  await explain(page, '\u0000\u0001\u0002 ��� \u001b[31m%%%%');
  await expect(page.locator('.paste-result .stop-card')).toHaveAttribute('data-owner', 'unknown');
  await expect(page.locator('.paste-notes')).toContainText('Control characters');
  await page.locator('button.save').click();
  await expect(page.locator('.paste-message')).toContainText('Not saved: Limit Lens found no limit');

  // 5 MB of log with the error at the end: only the start and the end are read, and the page says so.
  const line = '2026-05-05T10:00:00Z INFO request ok\n';
  const log = line.repeat(Math.ceil((5 << 20) / line.length)) + pasted(FIXTURES.get('api-tpm-gpt4-26s')!);
  // As a clipboard paste delivers it: one input event with the whole text (typing 5 MB would take minutes).
  await page.locator('#paste-text').evaluate((el: HTMLTextAreaElement, text) => {
    el.value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, log);
  await expect(page.locator('.cut-notice')).toContainText('read its first 48 KB and its last 16 KB');
  const started = Date.now();
  await page.locator('button.classify').click();
  await expect(page.locator('.paste-result .stop-card')).toHaveAttribute('data-owner', 'openai-api');
  expect(Date.now() - started).toBeLessThan(5_000);
  await expect(page.locator('.paste-notes')).toContainText('Only part of the paste was read.');

  const popup = await openPopup();
  await expect(popup.locator('.empty')).toBeVisible();
});
