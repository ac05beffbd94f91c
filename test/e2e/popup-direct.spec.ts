/**
 * The popup reads the extension's database itself: it shows what is stored with the background asleep, without
 * waking it; it hears of new stops while open; and a newer background upgrading the schema under an open popup
 * breaks neither of them.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/extension.ts';
import { playScenario, popupWithStops } from './support/scenario.ts';
import { stopBackgroundWorker } from './support/service-worker.ts';

/** Plays the quota stop and closes its tab once its follow-up (the visible text, ~600 ms later) had time to arrive. */
async function storedQuotaStop(context: BrowserContext, openPopup: () => Promise<Page>): Promise<void> {
  const { page } = await playScenario(context, 'quota');
  const popup = await popupWithStops(openPopup, 1);
  await popup.waitForTimeout(1500);
  await page.close();
  await popup.close();
}

test('with the background stopped, the popup shows the latest stop and leaves the background asleep', async ({
  context,
  openPopup,
}) => {
  await storedQuotaStop(context, openPopup);

  // MV3 stops an idle worker after ~30 s; stop it now, as the browser would.
  const worker = await stopBackgroundWorker(context);
  const popup = await openPopup();
  await expect(popup.locator('.stop-card')).toHaveCount(1);
  await expect(popup.locator('.stop-card')).toHaveAttribute('data-bucket', 'app-image-quota');
  // Nothing the popup did needed the worker: it is still asleep a second later.
  await popup.waitForTimeout(1000);
  expect(worker.status()).toEqual(['stopped']);
});

test('a stop captured while the popup is open appears in it', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await expect(popup.locator('.empty')).toBeVisible();
  await playScenario(context, 'quota');
  await expect(popup.locator('.stop-card')).toHaveCount(1, { timeout: 15_000 });
  await expect(popup.locator('.empty')).toHaveCount(0);
});

/** Runs in an extension page: what a newer background's Dexie does, an upgrade to a higher version that adds a store. */
async function upgradeSchema(page: Page): Promise<{ from: number; to: number }> {
  return page.evaluate(async () => {
    const open = (version?: number, upgrade?: (db: IDBDatabase) => void) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const r = version === undefined ? indexedDB.open('limit-lens') : indexedDB.open('limit-lens', version);
        r.onupgradeneeded = () => upgrade?.(r.result);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
        // Blocked until every open connection closes: an old page holding on would stall the upgrade for good.
        setTimeout(() => reject(new Error('the upgrade stayed blocked by an open connection')), 5_000);
      });
    const current = await open();
    const from = current.version;
    current.close();
    const upgraded = await open(from + 10, (db) => db.createObjectStore('fromNewerVersion', { autoIncrement: true }));
    const to = upgraded.version;
    upgraded.close();
    return { from, to };
  });
}

test('a newer release upgrading the schema while this popup is open: not blocked, nothing broken, nothing written into it', async ({
  context,
  extensionId,
  openPopup,
}) => {
  await playScenario(context, 'quota');
  const popup = await popupWithStops(openPopup, 1);

  // What a newer release's background does on update: an upgrade to a higher version that adds a store. This
  // popup's connection must not block it (the upgrade would stall for good).
  const other = await context.newPage();
  await other.goto(`chrome-extension://${extensionId}/popup.html`);
  const { from, to } = await upgradeSchema(other);
  expect(to).toBeGreaterThan(from);
  await other.close();

  // The open popup still shows what it showed, without an error.
  await expect(popup.locator('.stop-card')).toHaveCount(1);
  await expect(popup.locator('[role="alert"]')).toHaveCount(0);
  // This build now meets a newer release's database: a new stop is kept aside, not written into it
  // (lib/storage/db.ts), and a popup of this build opened now says so instead of failing.
  await playScenario(context, 'cooldown');
  const worker = context.serviceWorkers()[0]!;
  await expect
    .poll(
      async () =>
        ((await worker.evaluate(() => chrome.storage.local.get('keptAside'))).keptAside as unknown[] | undefined)
          ?.length ?? 0,
      {
        timeout: 15_000,
      },
    )
    .toBeGreaterThan(0);
  const stored = await worker.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('limit-lens');
        req.onsuccess = () => {
          const count = req.result.transaction('stops').objectStore('stops').count();
          count.onsuccess = () => (req.result.close(), resolve(count.result));
        };
      }),
  );
  expect(stored).toBe(1);
  const fresh = await openPopup();
  await expect(fresh.locator('.newer-schema')).toContainText('newer version of Limit Lens');
  await expect(fresh.locator('[role="alert"]')).toHaveCount(0);
});

test('with the background stopped, the history page lists the stops and leaves the background asleep', async ({
  context,
  extensionId,
  openPopup,
}) => {
  await storedQuotaStop(context, openPopup);
  const worker = await stopBackgroundWorker(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/stop-history.html`);
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr')).toHaveAttribute('data-owner', 'chatgpt-app');
  await expect(page.locator('.results-status')).toHaveText('Showing 1–1 of 1');
  await page.waitForTimeout(1000);
  expect(worker.status()).toEqual(['stopped']);
});

test("the popup's first card costs the page one request: its own script (styles inline, no module graph)", async ({
  context,
  extensionId,
  openPopup,
}) => {
  await storedQuotaStop(context, openPopup);
  const popup = await context.newPage();
  const requested: string[] = [];
  popup.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.stop-card')).toHaveCount(1);
  const beforeCard = [...requested];
  // The card is styled by the inlined sheet (its owner's colour on the left border), not by a later stylesheet.
  const border = await popup.locator('.stop-card').evaluate((el) => getComputedStyle(el).borderLeftWidth);
  expect(border).toBe('4px');
  expect(beforeCard.filter((p) => p !== '/popup.html' && p !== '/popup-extras.js')).toEqual(['/popup-view.js']);
  // What comes after the first paint (the what's-new line, the health notice) is a script of its own, and runs.
  await expect.poll(() => requested).toContain('/popup-extras.js');
});
