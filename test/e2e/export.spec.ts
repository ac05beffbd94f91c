/**
 * Export and import from the history page, in real Chromium: files are caught as the browser downloads them and
 * read back; imports go through the file input.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { BrowserContext, Page } from '@playwright/test';
import { parseCsv } from '../../lib/export/csv.ts';
import { toExportJson } from '../../lib/export/json.ts';
import type { StopRecord } from '../../lib/domain/shapes.ts';
import { expect, test } from './support/extension.ts';
import { EXTENSION_DIR, launchWithExtension } from './support/launch.ts';
import { playScenario, popupWithStops } from './support/scenario.ts';

async function openHistory(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/stop-history.html`);
  await expect(page.locator('h1')).toHaveText('History');
  return page;
}

/** Every stored stop, whole, straight from the background (what "unchanged" is checked against). */
async function storedStops(page: Page): Promise<StopRecord[]> {
  return page.evaluate(
    async () =>
      ((await chrome.runtime.sendMessage({ type: 'listStops', payload: { limit: 500 } })) as { stops: StopRecord[] })
        .stops,
  );
}

async function saveAs(page: Page, button: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`.export-panel button.${button}`).click(),
  ]);
  const bytes = readFileSync((await download.path())!);
  return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

async function importFile(page: Page, name: string, text: string) {
  await page
    .locator('#import-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

const SECRET_KEY = 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789wxyz';

/** A stop as another browser would have exported it, with an API key in its evidence. */
function apiStop(key: string, seenAt: number): StopRecord {
  return {
    firstSeenAt: seenAt,
    lastSeenAt: seenAt,
    count: 1,
    site: 'platform.openai.com',
    url: 'https://platform.openai.com/playground/images',
    evidence: {
      text:
        `{"error":{"message":"Rate limit reached for gpt-image-1 on images per minute (IPM): Limit 5, ` +
        `Used 5. Please try again in 12s. Key ` +
        `${SECRET_KEY}","type":"requests","code":"rate_limit_exceeded"}}`,
      truncated: false,
      kinds: ['http-error'],
      layer: 'network',
      endpoint: '/v1/images/generations',
      status: 429,
      headers: { 'retry-after': '12', 'x-request-id': 'req_0123456789abcdef' },
    },
    classification: {
      owner: 'openai-api',
      action: 'reduce-throughput',
      bucket: 'api-images-per-minute',
      confidence: 'high',
      reasons: ['rate-limit template ("Rate limit reached for …")'],
    },
    owner: 'openai-api',
    action: 'reduce-throughput',
    bucket: 'api-images-per-minute',
    groupKey: `platform.openai.com|openai-api|api-images-per-minute||${key}`,
    occurrenceKeys: [key],
  };
}

test('a captured stop exports as JSON, CSV and a Markdown packet, masked by default after a preview', async ({
  context,
  extensionId,
  openPopup,
}) => {
  await playScenario(context, 'quota');
  await popupWithStops(openPopup, 1);
  const page = await openHistory(context, extensionId);
  await expect(page.locator('tbody tr')).toHaveCount(1);
  // Bring in a stop with an API key, so the masking has something to do.
  await importFile(
    page,
    'other-browser.json',
    toExportJson([apiStop('msg:api-1', Date.now() - 60_000)], { redact: false, now: Date.now(), appVersion: '0.1.0' }),
  );
  await page.locator('.import-go').click();
  await expect(page.locator('.import-summary')).toContainText('Added 1 stop; 0 already stored were skipped.');
  await expect(page.locator('tbody tr')).toHaveCount(2);

  await page.locator('button.export-all').click();
  const panel = page.locator('.export-panel');
  await expect(panel).toHaveAttribute('data-stage', 'ready');
  await expect(page.locator('#export-redact')).toBeChecked();
  // The preview shows the key and its mask before anything is saved.
  const keyRow = panel.locator('tr[data-kind="api-key"]').first();
  await expect(keyRow.locator('.original')).toContainText('sk-proj-AbCdEfGhIj');
  await expect(keyRow.locator('.masked')).toHaveText('[REDACTED:api-key sk-proj-…wxyz]');

  const json = await saveAs(page, 'save-json');
  expect(json.name).toMatch(/^limit-lens-\d{4}-\d\d-\d\d-\d{4}\.json$/);
  const doc = JSON.parse(json.text);
  expect(doc).toMatchObject({
    format: 'limit-lens-export',
    version: 1,
    redacted: true,
    redaction: { conversationIds: false },
  });
  expect(doc.stops.map((s: StopRecord) => s.owner).sort()).toEqual(['chatgpt-app', 'openai-api']);
  expect(json.text).not.toContain(SECRET_KEY);
  expect(json.text).toContain('[REDACTED:api-key sk-proj-…wxyz]');
  expect(json.text).toContain('req_0123456789abcdef'); // request ids stay: support needs them
  await expect(panel.locator('.notice')).toContainText(`Saved ${json.name}.`);

  const csv = await saveAs(page, 'save-csv');
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.text).toContain('\r\n');
  const table = parseCsv(csv.text);
  expect(table[0]!.slice(0, 3)).toEqual(['first_seen', 'last_seen', 'count']);
  expect(table).toHaveLength(3);
  const owners = table.slice(1).map((r) => r[table[0]!.indexOf('owner')]);
  expect(owners.sort()).toEqual(['chatgpt-app', 'openai-api']);
  expect(csv.text).not.toContain(SECRET_KEY);

  const md = await saveAs(page, 'save-md');
  expect(md.name).toMatch(/\.md$/);
  expect(md.text).toMatch(/^# /);
  expect(md.text).toContain('## 1. ');
  expect(md.text).toContain('## 2. ');
  expect(md.text).toContain('ChatGPT (your plan and account)');
  expect(md.text).not.toContain(SECRET_KEY);

  // Masking off: the preview says so, and the file keeps the key as captured.
  await page.locator('#export-redact').uncheck();
  await expect(panel.locator('.redaction-off')).toContainText('Masking is off');
  const raw = await saveAs(page, 'save-json');
  expect(JSON.parse(raw.text).redacted).toBe(false);
  expect(raw.text).toContain(SECRET_KEY);
  // The next export starts masked again.
  await page.locator('.export-close').click();
  await page.locator('tbody tr .export-one').first().click();
  await expect(page.locator('#export-redact')).toBeChecked();
});

test('one stop exports from its row; the conversation-id option masks the ChatGPT conversation', async ({
  context,
  extensionId,
  openPopup,
}) => {
  await playScenario(context, 'quota');
  await popupWithStops(openPopup, 1);
  const page = await openHistory(context, extensionId);
  const [stop] = await storedStops(page);
  expect(stop!.conversationId).toBeTruthy();
  await page.locator('tbody tr .export-one').click();
  await expect(page.locator('.export-panel')).toContainText('Exporting 1 stop');
  await page.locator('#export-conversation-ids').check();
  await expect(page.locator('.export-panel tr[data-kind="conversation-id"]').first()).toBeVisible();
  const json = await saveAs(page, 'save-json');
  expect(json.name).toMatch(new RegExp(`^limit-lens-stop-${stop!.id}-`));
  expect(json.text).not.toContain(stop!.conversationId!);
  expect(JSON.parse(json.text).redaction).toEqual({ conversationIds: true });
});

test('a malformed file is refused with its line and column, and nothing stored changes; a valid one merges', async ({
  context,
  extensionId,
}) => {
  await playScenario(context, 'quota');
  await expect
    .poll(() => storedInWorker(context, 'stops', (s) => (s as StopRecord).evidence.layer), { timeout: 15_000 })
    .toEqual(['both']);
  const page = await openHistory(context, extensionId);
  const before = await storedStops(page);
  expect(before).toHaveLength(1);

  // A comma missing at the end of line 3.
  await importFile(page, 'broken.json', '{\n  "format": "limit-lens-export",\n  "version": 1\n  "stops": []\n}\n');
  const error = page.locator('.import-error');
  await expect(error).toContainText('Cannot import broken.json');
  await expect(error).toContainText('Invalid JSON at line 4, column 3');
  await expect(error).toContainText('Nothing stored was changed.');
  expect(await storedStops(page)).toEqual(before);

  // A well-formed file with one wrong value is refused whole, naming the field.
  const good = apiStop('msg:new-1', Date.now());
  const wrong = { ...apiStop('msg:new-2', Date.now()), owner: 'openai' };
  const doc = JSON.parse(toExportJson([good], { redact: false, now: Date.now(), appVersion: '0.1.0' }));
  doc.stops.push(wrong);
  await importFile(page, 'wrong-owner.json', JSON.stringify(doc, null, 2));
  await expect(error).toContainText('stops[1].owner: expected one of chatgpt-app');
  expect(await storedStops(page)).toEqual(before);
  await expect(page.locator('tbody tr')).toHaveCount(1);

  // Valid: the stored stop (exported here) and a new one. Only the new one is added.
  const file = toExportJson([...before, good], { redact: false, now: Date.now(), appVersion: '0.1.0' });
  await importFile(page, 'valid.json', file);
  await expect(page.locator('.import-ready')).toContainText('This file holds 2 stops');
  await page.locator('.import-go').click();
  const summary = page.locator('.import-summary');
  await expect(summary).toContainText('Added 1 stop; 1 already stored was skipped.');
  await expect(summary.locator('.import-owner[data-owner="openai-api"]')).toContainText('1');
  await expect(page.locator('tbody tr')).toHaveCount(2);
  const after = await storedStops(page);
  expect(after.find((s) => s.id === before[0]!.id)).toEqual(before[0]);

  // The same file again adds nothing.
  await importFile(page, 'valid.json', file);
  await page.locator('.import-go').click();
  await expect(summary).toContainText('Added 0 stops; 2 already stored were skipped.');
  expect(await storedStops(page)).toHaveLength(2);
});

/** Reads a table straight from the service worker, so no extension page has to come to the front. */
async function storedInWorker(
  context: BrowserContext,
  table: string,
  pick: (row: unknown) => unknown,
): Promise<unknown[]> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const rows = await sw.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('limit-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return (resolve([]), db.close());
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => (resolve(all.result), db.close());
          all.onerror = () => (reject(all.error), db.close());
        };
      }),
    table,
  );
  return rows.map(pick);
}

async function enableScreenshots(context: BrowserContext) {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), screenshots: true } });
  });
}

/**
 * Chromium lets captureVisibleTab run with `<all_urls>` or an activeTab grant (the toolbar button, the context
 * menu), never with a host permission alone. A headless test cannot click the toolbar, so this copy of the built
 * extension holds `<all_urls>` in place of the grant: the background code under test is the very same.
 */
async function launchWhereCaptureIsAllowed(): Promise<{
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(path.join(tmpdir(), 'limit-lens-capture-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  writeFileSync(
    manifestPath,
    JSON.stringify({ ...manifest, host_permissions: [...manifest.host_permissions, '<all_urls>'] }),
  );
  const launched = await launchWithExtension({ headless: true, locale: 'en-US', extensionDir: dir });
  return {
    context: launched.context,
    extensionId: launched.extensionId,
    close: async () => {
      await launched.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

test('where the browser allows it, a stop on the tab in front gets a screenshot, listed and bundled as evidence', async () => {
  const { context, extensionId, close } = await launchWhereCaptureIsAllowed();
  try {
    await enableScreenshots(context);
    await playScenario(context, 'quota');
    // The ChatGPT tab stays in front until the text the user saw is attached (the moment a picture is taken).
    await expect
      .poll(() => storedInWorker(context, 'stops', (s) => (s as StopRecord).evidence.layer), { timeout: 15_000 })
      .toEqual(['both']);
    await expect
      .poll(() => storedInWorker(context, 'screenshots', (s) => (s as { stopId: number }).stopId), { timeout: 15_000 })
      .toEqual([1]);
    const page = await openHistory(context, extensionId);
    await expect(page.locator('tbody tr')).toHaveCount(1, { timeout: 15_000 });
    await expect(page.locator('tbody tr .col-site')).toContainText('1 screenshot', { timeout: 15_000 });
    const [stop] = await storedStops(page);
    const shots = await page.evaluate(
      (id) =>
        chrome.runtime.sendMessage({ type: 'listScreenshots', payload: { stopIds: [id] } }) as Promise<{
          screenshots: { dataUrl: string }[];
        }>,
      stop!.id!,
    );
    expect(shots.screenshots).toHaveLength(1);
    expect(shots.screenshots[0]!.dataUrl).toMatch(/^data:image\/jpeg;base64,\/9j\//);

    await page.locator('button.export-all').click();
    await expect(page.locator('.export-panel')).toContainText('not masked');
    const zip = await saveAs(page, 'save-zip');
    expect(zip.name).toMatch(/-evidence\.zip$/);
    const files = unzipSync(new Uint8Array(zip.bytes));
    expect(Object.keys(files).sort()).toEqual(['packet.md', 'screenshots/stop-1-1.jpg', 'stops.json']);
    expect(JSON.parse(strFromU8(files['stops.json']!)).stops).toHaveLength(1);
    expect(strFromU8(files['packet.md']!)).toContain('## 1. ');
    expect([...files['screenshots/stop-1-1.jpg']!.subarray(0, 2)]).toEqual([0xff, 0xd8]);

    // Deleting the stop deletes its screenshot.
    await page.locator('tbody tr .delete-one').click();
    await expect(page.locator('.results-status')).toHaveText('No stops stored yet.');
    const left = await page.evaluate(
      (id) =>
        chrome.runtime.sendMessage({ type: 'listScreenshots', payload: { stopIds: [id] } }) as Promise<{
          screenshots: unknown[];
        }>,
      stop!.id!,
    );
    expect(left.screenshots).toEqual([]);
  } finally {
    await close();
  }
});

test('with screenshots on but no grant from the browser (the shipped permissions), the stop is saved without one', async ({
  context,
  extensionId,
}) => {
  await enableScreenshots(context);
  await playScenario(context, 'quota');
  await expect
    .poll(() => storedInWorker(context, 'stops', (s) => (s as StopRecord).evidence.layer), { timeout: 15_000 })
    .toEqual(['both']);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await storedInWorker(context, 'screenshots', (s) => s)).toEqual([]);
  const page = await openHistory(context, extensionId);
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr .col-site')).not.toContainText('screenshot');
  await page.locator('button.export-all').click();
  await expect(page.locator('.export-panel')).toHaveAttribute('data-stage', 'ready');
  await expect(page.locator('.export-panel .save-zip')).toHaveCount(0);
});
