import { expect, test } from './support/extension.ts';
import { serveChatGpt } from './support/chatgpt-site.ts';
import { stopBackgroundWorker } from './support/service-worker.ts';

test('a stop seen while the background service worker is stopped is still stored', async ({ context, openPopup }) => {
  const site = await serveChatGpt(context);
  // MV3 stops idle workers after ~30 s; stop it now, as the browser would, before the stop happens.
  const worker = await stopBackgroundWorker(context);

  const page = await context.newPage();
  await page.goto(site.conversationUrl('cooldown'));
  // The capture woke the worker again.
  await expect.poll(() => worker.status()).toContain('running');
  await expect(page).toHaveTitle('done');
  const again = await openPopup();
  await expect(again.locator('.stop-card')).toHaveCount(1, { timeout: 15_000 });
  await expect(again.locator('.stop-card')).toHaveAttribute('data-bucket', 'app-image-cooldown');
});

test('two tabs seeing the same stop make one record', async ({ context, openPopup }) => {
  const site = await serveChatGpt(context);
  const [a, b] = [await context.newPage(), await context.newPage()];
  await Promise.all([a.goto(site.conversationUrl('quota')), b.goto(site.conversationUrl('quota'))]);
  await Promise.all([expect(a).toHaveTitle('done'), expect(b).toHaveTitle('done')]);
  const popup = await openPopup();
  await expect(popup.locator('.stop-card')).toHaveCount(1, { timeout: 10_000 });
  await popup.waitForTimeout(1500);
  await popup.reload();
  await expect(popup.locator('.stop-card')).toHaveCount(1);
  await expect(popup.locator('.stop-card')).toContainText('seen once');
});
