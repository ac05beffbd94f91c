/**
 * The history page in real Chromium: opened from the popup, with a captured stop, and with 10,000 stops seeded by
 * importing an export file (which also exercises import at that size).
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { ACTIONS, type Action, type Owner } from '../../lib/domain/labels.ts';
import { toExportJson, type ExportedStop } from '../../lib/export/json.ts';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { expect, test } from './support/extension.ts';
import { playScenario, popupWithStops } from './support/scenario.ts';

const HOUR = 3600_000;
const SEEDED = 10_000;
/** Owners cycle through these, with the action and bucket that fit. */
const KINDS: { owner: Owner; action: Action; bucket: StopRecord['bucket']; site: string; text: string }[] = [
  {
    owner: 'chatgpt-app',
    action: 'wait',
    bucket: 'app-image-quota',
    site: 'chatgpt.com',
    text: "You've hit the Plus plan limit for image generations requests.",
  },
  {
    owner: 'openai-api',
    action: 'reduce-throughput',
    bucket: 'api-images-per-minute',
    site: 'platform.openai.com',
    text: 'Rate limit reached for gpt-image-1 on images per minute (IPM).',
  },
  {
    owner: 'openai-billing',
    action: 'fix-billing',
    bucket: 'billing-quota',
    site: 'platform.openai.com',
    text: 'You exceeded your current quota, please check your plan and billing details.',
  },
  {
    owner: 'provider',
    action: 'fix-billing',
    bucket: 'provider-credits',
    site: 'openrouter.ai',
    text: 'Insufficient credits. Add more using https://openrouter.ai/credits',
  },
  {
    owner: 'service-load',
    action: 'retry-later',
    bucket: 'service-overload',
    site: 'chatgpt.com',
    text: 'We are experiencing high demand. Please try again later.',
  },
];

/** Stop i: seen i hours before `newest`; every 1,000th carries the word "zebracorn". */
function seededStop(i: number, newest: number): ExportedStop {
  const k = KINDS[i % KINDS.length]!;
  const seenAt = newest - i * HOUR;
  const text = `${k.text} (#${i})${i % 1000 === 0 ? ' zebracorn' : ''}`;
  return {
    firstSeenAt: seenAt,
    lastSeenAt: seenAt,
    count: 1 + (i % 3),
    site: k.site,
    url: `https://${k.site}/c/seeded`,
    visibleText: text,
    evidence: { text, truncated: false, kinds: ['seeded'], layer: i % 2 ? 'network' : 'dom' },
    classification: {
      owner: k.owner,
      action: k.action,
      bucket: k.bucket,
      confidence: 'medium',
      reasons: [`seeded stop ${i}`],
    },
    owner: k.owner,
    action: k.action,
    bucket: k.bucket,
    groupKey: `${k.site}|${k.owner}|${k.bucket}||${i}`,
    occurrenceKeys: [`seed:${i}`],
  };
}

async function openHistory(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/stop-history.html`);
  await expect(page.locator('h1')).toHaveText('History');
  return page;
}

/** Imports `count` seeded stops through the page's own file input; returns how long it took. */
async function seed(page: Page, count: number): Promise<number> {
  const newest = Date.now();
  const stops = Array.from({ length: count }, (_, i) => seededStop(i, newest));
  const file = toExportJson(stops as StopRecord[], { redact: false, now: newest, appVersion: '0.1.0' });
  const started = Date.now();
  await page
    .locator('#import-file')
    .setInputFiles({ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(file, 'utf8') });
  await expect(page.locator('.import-ready')).toContainText(`This file holds ${count.toLocaleString('en')} stops`, {
    timeout: 30_000,
  });
  await page.locator('.import-go').click();
  await expect(page.locator('.import-summary')).toContainText(`Added ${count.toLocaleString('en')} stops`, {
    timeout: 30_000,
  });
  return Date.now() - started;
}

/** Runs an action and measures until the results say `status` (the page has answered). */
async function timed(page: Page, action: () => Promise<unknown>, status: string | RegExp): Promise<number> {
  const started = Date.now();
  await action();
  await expect(page.locator('.results-status')).toHaveText(status, { timeout: 10_000 });
  return Date.now() - started;
}

test('the popup links to the history page, which lists the captured stop and opens its packet', async ({
  context,
  openPopup,
}) => {
  await playScenario(context, 'quota');
  const popup = await popupWithStops(openPopup, 1);
  const [page] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('link', { name: 'History' }).click(),
  ]);
  await page.waitForLoadState();
  await expect(page.locator('h1')).toHaveText('History');
  const row = page.locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-owner', 'chatgpt-app');
  await expect(row).toContainText('You’ve hit the Plus plan limit'.replace('’', "'"));
  await expect(page.locator('.results-status')).toHaveText('Showing 1–1 of 1');
  const [packet] = await Promise.all([
    context.waitForEvent('page'),
    row.getByRole('link', { name: /^Open the incident packet/ }).click(),
  ]);
  await packet.waitForLoadState();
  await expect(packet).toHaveURL(/packet\.html\?id=\d+$/);
  await expect(packet.locator('h1')).toBeVisible();
});

test('10,000 stops: pages of 50, filters and search answer quickly', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const page = await openHistory(context, extensionId);
  await expect(page.locator('.results-status')).toHaveText('No stops stored yet.');
  const importMs = await seed(page, SEEDED);

  // Never more than one page of rows in the document.
  await expect(page.locator('.results-status')).toHaveText('Showing 1–50 of 10,000');
  await expect(page.locator('tbody tr')).toHaveCount(50);
  await expect(page.locator('.history-stored')).toHaveText('10,000 stored on this device');
  await expect(page.locator('tbody tr').first()).toContainText('(#0)');

  const timings: Record<string, number> = { import: importMs };
  timings.nextPage = await timed(page, () => page.locator('.pager .next').click(), 'Showing 51–100 of 10,000');
  await expect(page.locator('.page-of')).toHaveText('Page 2 of 200');
  await expect(page.locator('tbody tr').first()).toContainText('(#50)');

  timings.owner = await timed(
    page,
    () => page.locator('#history-owner').selectOption('openai-api'),
    'Showing 1–50 of 2,000',
  );
  await expect(page.locator('tbody tr[data-owner="openai-api"]')).toHaveCount(50);
  timings.site = await timed(
    page,
    () => page.locator('#history-site').selectOption('platform.openai.com'),
    'Showing 1–50 of 2,000',
  );
  timings.action = await timed(
    page,
    () => page.locator('#history-action').selectOption('fix-billing'),
    'No stops match these filters.',
  );
  await page.locator('.reset-filters').click();
  await expect(page.locator('.results-status')).toHaveText('Showing 1–50 of 10,000');

  // Rare words: every stop is read (in the background), and the answer still comes quickly.
  timings.searchRare = await timed(page, () => page.locator('#history-search').fill('zebracorn'), 'Showing 1–10 of 10');
  await expect(page.locator('tbody tr')).toHaveCount(10);
  timings.searchNone = await timed(
    page,
    () => page.locator('#history-search').fill('no-such-word-anywhere'),
    'No stops match these filters.',
  );
  // Common words: the search stops at its cap and says so.
  timings.searchCapped = await timed(
    page,
    () => page.locator('#history-search').fill('limit'),
    'Showing 1–50 of 1,000',
  );
  await expect(page.locator('.capped')).toContainText('stopped at 1,000 matches');
  // Search and filters together; then a date range of one day (24 stops, one an hour).
  // Within one owner: 2,000 API stops all say "Rate limit", so the cap applies again.
  timings.searchOwner = await timed(
    page,
    () => page.locator('#history-owner').selectOption('openai-api'),
    'Showing 1–50 of 1,000',
  );
  await expect(page.locator('tbody tr[data-owner="openai-api"]')).toHaveCount(50);
  timings.searchOwnerRare = await timed(
    page,
    () => page.locator('#history-search').fill('zebracorn'),
    'No stops match these filters.',
  );
  await page.locator('.reset-filters').click();
  const yesterday = new Date(Date.now() - 3 * 24 * HOUR);
  const day =
    `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-` +
    `${String(yesterday.getDate()).padStart(2, '0')}`;
  timings.dateRange = await timed(
    page,
    async () => {
      await page.locator('#history-from').fill(day);
      await page.locator('#history-to').fill(day);
    },
    'Showing 1–24 of 24',
  );

  for (const [what, ms] of Object.entries(timings))
    test.info().annotations.push({ type: 'timing', description: `${what}: ${ms} ms` });
  // Typing waits 300 ms for a pause before searching; everything else answers at once. Generous bounds for CI.
  expect(timings.import).toBeLessThan(30_000);
  for (const what of ['nextPage', 'owner', 'site', 'action', 'dateRange'])
    expect(timings[what], what).toBeLessThan(2_000);
  for (const what of ['searchRare', 'searchNone', 'searchCapped', 'searchOwner', 'searchOwnerRare'])
    expect(timings[what], what).toBeLessThan(4_000);
});

test('delete one stop, then all of them after confirming', async ({ context, extensionId }) => {
  const page = await openHistory(context, extensionId);
  await seed(page, 3);
  await expect(page.locator('tbody tr')).toHaveCount(3);
  await page
    .locator('tbody tr')
    .first()
    .getByRole('button', { name: /^Delete the stop seen/ })
    .click();
  await expect(page.locator('tbody tr')).toHaveCount(2);
  await expect(page.locator('.notice')).toHaveText('Deleted.');
  await page.locator('.clear-all').click();
  await expect(page.locator('.clear-confirm')).toContainText('Delete all 2 stored stops');
  await expect(page.locator('.clear-cancel')).toBeFocused();
  await page.keyboard.press('Enter'); // Cancel has the focus: nothing is deleted.
  await expect(page.locator('tbody tr')).toHaveCount(2);
  await page.locator('.clear-all').click();
  await page.locator('.clear-yes').click();
  await expect(page.locator('.results-status')).toHaveText('No stops stored yet.');
  await expect(page.locator('.notice')).toHaveText('Deleted 2 stops.');
});

test('retention: choosing 30 days removes older stops at once and sets a daily alarm; keep-everything clears it', async ({
  context,
  extensionId,
}) => {
  const page = await openHistory(context, extensionId);
  const now = Date.now();
  const stops = [seededStop(0, now - 40 * 24 * HOUR), seededStop(1, now), seededStop(2, now)];
  const file = toExportJson(stops as StopRecord[], { redact: false, now, appVersion: '0.1.0' });
  await page
    .locator('#import-file')
    .setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(file, 'utf8') });
  await page.locator('.import-go').click();
  await expect(page.locator('.results-status')).toHaveText('Showing 1–3 of 3');
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const setRetention = (days: number | null) =>
    sw.evaluate(async (d) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), retentionDays: d } });
    }, days);
  expect(await sw.evaluate(async () => (await chrome.alarms.get('retention')) !== undefined)).toBe(false);
  await setRetention(30);
  // The open page hears of the change and shows what is left.
  await expect(page.locator('.results-status')).toHaveText('Showing 1–2 of 2');
  await expect
    .poll(() => sw.evaluate(async () => (await chrome.alarms.get('retention'))?.periodInMinutes))
    .toBe(24 * 60);
  await setRetention(null);
  await expect.poll(() => sw.evaluate(async () => (await chrome.alarms.get('retention')) !== undefined)).toBe(false);
});

test('the context menu entry is registered for selected text', async ({ context }) => {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // update() rejects for an id that was never created.
  await expect
    .poll(() =>
      sw.evaluate(() => chrome.contextMenus.update('save-selection-as-evidence', {}).then(() => 'registered', String)),
    )
    .toBe('registered');
  expect(
    await sw.evaluate(() =>
      chrome.contextMenus.update('no-such-entry', {}).then(
        () => 'registered',
        () => 'missing',
      ),
    ),
  ).toBe('missing');
});

test('the history page has no serious or critical accessibility violations, light and dark', async ({
  context,
  extensionId,
}) => {
  const page = await openHistory(context, extensionId);
  await seed(page, 12);
  await page.locator('tbody tr').first().locator('input[type="checkbox"]').check();
  await page.locator('.export-selected').click();
  await expect(page.locator('.export-panel')).toHaveAttribute('data-stage', 'ready');
  await page
    .locator('#import-file')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
  await expect(page.locator('.import-error')).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('keyboard only: search, select, export, with a visible focus', async ({ context, extensionId }) => {
  const page = await openHistory(context, extensionId);
  await seed(page, 5);
  await page.locator('#history-search').focus();
  await page.keyboard.type('#3');
  await expect(page.locator('.results-status')).toHaveText('Showing 1–1 of 1');
  // Tab through to the row's checkbox and tick it with the space bar.
  const box = page.locator('tbody tr input[type="checkbox"]');
  for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  const outline = await box.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(page.locator('.export-selected')).toHaveText('Export selected (1)');
  await page.locator('.export-selected').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#export-heading')).toBeFocused();
});

test.describe('in a Korean browser', () => {
  test.use({ uiLocale: 'ko-KR' });

  test('the history page speaks Korean', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/stop-history.html`);
    await expect(page.locator('h1')).toHaveText('기록');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('.results-status')).toHaveText('아직 저장된 기록이 없습니다.');
    await expect(page.locator('label[for="import-file"]')).toHaveText('내보낸 파일 (.json)');
    expect(ACTIONS.length).toBeGreaterThan(0);
  });
});
