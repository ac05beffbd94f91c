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

test('with the background stopped, the popup shows the latest stop and leaves the background asleep', async ({ context, openPopup }) => {
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

test('a schema upgrade by a newer background while an old popup is open breaks neither', async ({ context, extensionId, openPopup }) => {
  await playScenario(context, 'quota');
  const popup = await popupWithStops(openPopup, 1);

  const other = await context.newPage();
  await other.goto(`chrome-extension://${extensionId}/popup.html`);
  const { from, to } = await upgradeSchema(other);
  expect(to).toBeGreaterThan(from);
  await other.close();

  // The open popup let the upgrade through, still shows what it showed, and reads the upgraded database for a new
  // stop, which the background (its connection closed by the upgrade as well) still stores.
  await expect(popup.locator('.stop-card')).toHaveCount(1);
  await playScenario(context, 'cooldown');
  await expect(popup.locator('.stop-card')).toHaveCount(2, { timeout: 15_000 });
  await expect(popup.locator('.stop-card').first()).toHaveAttribute('data-bucket', 'app-image-cooldown');
  await expect(popup.locator('[role="alert"]')).toHaveCount(0);
  // And a popup opened now, at the newer version, shows both.
  const fresh = await openPopup();
  await expect(fresh.locator('.stop-card')).toHaveCount(2);
});

test('with the background stopped, the history page lists the stops and leaves the background asleep', async ({ context, extensionId, openPopup }) => {
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
