import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/extension.ts';

const SECRETS = Object.values(
  JSON.parse(readFileSync(path.resolve('test/fixtures/har/secrets.json'), 'utf8')) as Record<string, string>,
);

test('import a HAR: listed redacted in a worker, time line drawn, picked rows saved as stops', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  // From the popup to the paste page, then to the session page.
  const [paste] = await Promise.all([
    popup.context().waitForEvent('page'),
    popup.getByRole('link', { name: 'Paste an error to classify' }).click(),
  ]);
  await paste.getByRole('link', { name: 'Import a whole session (HAR file or log)' }).click();
  await expect(paste.locator('h1')).toHaveText('Import a session');
  const page = paste;

  await page.locator('#session-file').setInputFiles(path.resolve('test/fixtures/har/openai.har'));
  await expect(page.locator('.session-counts')).toContainText('9 requests read');
  const rows = page.locator('.session-table tbody tr');
  await expect(rows).toHaveCount(7);
  await expect(page.locator('.session-table tr[data-status="429"]')).toHaveCount(2);
  await expect(page.locator('.session-table tr[data-status="429"]').first()).toHaveAttribute(
    'data-bucket',
    'api-images-per-minute',
  );
  await expect(page.locator('.session-table tr[data-status="403"]')).toHaveAttribute('data-owner', 'openai-access');
  await expect(page.locator('.session-table tr[data-status="429"] td.request').first()).toContainText('gpt-image-2');

  // Each mask is listed; no credential and no prompt is anywhere on the page.
  await page.locator('.session-table tr[data-status="429"] td.masks summary').first().click();
  await expect(page.locator('.mask-list li[data-field="request.headers.authorization"]').first()).toContainText(
    '[REDACTED:',
  );
  const html = await page.content();
  for (const secret of SECRETS) expect(html).not.toContain(secret);
  expect(html).not.toContain('lighthouse');

  // The time line: a lane for IPM with two stops, requests per minute against the stated image limit.
  await expect(page.locator('.timeline-lane[data-bucket="api-images-per-minute"] .timeline-stop')).toHaveCount(2);
  await expect(page.locator('.timeline-limit[data-kind="images"]')).toHaveCount(1);
  await expect(page.locator('.timeline-text')).toContainText('ran out 2 times');

  // No WCAG A/AA violations with the list and the time line on screen, in both colour schemes.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(
      axe.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }

  // Pick the stops and save: they land in the popup as stored stops.
  await page.getByRole('button', { name: 'Pick every stop' }).click();
  await expect(page.locator('.session-table input.pick:checked')).toHaveCount(3);
  await page.getByRole('button', { name: 'Save 3 as evidence' }).click();
  await expect(page.locator('.session-status')).toContainText('Saved:');
  await expect(page.locator('.session-status')).toContainText('0 not a stop');
  const after = await openPopup();
  await expect(after.locator('.stop-card').first()).toBeVisible();
  await expect(
    after.locator('.stop-card[data-owner="openai-access"], .stop-card[data-owner="openai-api"]').first(),
  ).toBeVisible();
  const popupHtml = await after.content();
  for (const secret of SECRETS) expect(popupHtml).not.toContain(secret);
});

test('a damaged or foreign file gets a clear message, and the page stays usable', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/session.html`);
  const har = readFileSync(path.resolve('test/fixtures/har/azure.har'), 'utf8');
  await page.locator('#session-file').setInputFiles({
    name: 'cut.har',
    mimeType: 'application/json',
    buffer: Buffer.from(har.slice(0, Math.floor(har.length * 0.8))),
  });
  await expect(page.locator('.problem')).toHaveAttribute('data-problem', 'truncated');
  await expect(page.locator('.session-table tbody tr').first()).toBeVisible();
  await page
    .locator('#session-file')
    .setInputFiles({ name: 'x.har', mimeType: 'application/json', buffer: Buffer.from('{"log": {"pages": []}}') });
  await expect(page.locator('.problem')).toHaveAttribute('data-problem', 'not-har');
  // Pasted log lines go through the same worker.
  await page
    .locator('#session-text')
    .fill(
      '2026-11-30T10:00:01Z ERROR Error code: 429 - {"error": {"message": "Rate limit reached for ' +
        'gpt-image-1 on images per minute (IPM): Limit 5, Used 5, Requested 1. Please try again in ' +
        '12s."}}\n2026-11-30T10:00:02Z INFO ok',
    );
  await page.getByRole('button', { name: 'Read the pasted lines' }).click();
  await expect(page.locator('.session-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.session-table tbody tr')).toHaveAttribute('data-bucket', 'api-images-per-minute');
  await expect(page.locator('.session-counts')).toContainText('1 log lines without a limit word left out');
});
