import type { Page } from '@playwright/test';
import {
  CUSTOM_API,
  CUSTOM_PAGE,
  expect,
  OPENAI_API,
  OPENAI_PAGE,
  ORG_ID,
  PROJECT_ID,
  playProvider,
  registeredScriptIds,
  serveProvider,
  test,
} from './support/provider-site.ts';
import { stopBackgroundWorker } from './support/service-worker.ts';
import { serveChatGpt } from './support/chatgpt-site.ts';
import { popupWithStops } from './support/scenario.ts';

/** Follows a card's "Details" link to its packet page. */
async function openPacket(popup: Page, cardIndex: number): Promise<Page> {
  const [packet] = await Promise.all([
    popup.context().waitForEvent('page'),
    popup.locator('.stop-card').nth(cardIndex).locator('a.details-link').click(),
  ]);
  await packet.waitForLoadState();
  await expect(packet.locator('table.packet-rows')).toBeVisible();
  return packet;
}

const row = (packet: Page, field: string) => packet.locator(`tr[data-field="${field}"]`);

async function setToggle(options: Page, id: string, on: boolean) {
  const entry = options.locator(`[data-provider="${id}"]`);
  await expect(entry.locator('.provider-toggle')).toBeEnabled();
  await entry.locator('.provider-toggle').click();
  await expect(entry).toHaveAttribute('data-status', on ? 'on' : 'off');
}

test(
  'OpenAI playground: turned on, a 429 with hidden rate-limit headers and a 403 are captured with ' +
    'their packets; turned off, nothing runs',
  async ({ context, worker, openExtensionPage, openPopup }) => {
    const site = await serveProvider(context, { page: OPENAI_PAGE, api: OPENAI_API });
    expect(await registeredScriptIds(worker)).toEqual([]);

    // Off by default: the page runs without the extension observing it.
    await playProvider(context, site.url('openai-rate-limit'));

    const options = await openExtensionPage('options.html');
    await expect(options.locator('[data-provider="openai-platform"]')).toHaveAttribute('data-status', 'off');
    await setToggle(options, 'openai-platform', true);
    expect(await registeredScriptIds(worker)).toEqual([
      'limit-lens-provider:openai-platform:isolated',
      'limit-lens-provider:openai-platform:main',
    ]);
    await expect(options.locator('[data-provider="openai-platform"] code')).toContainText('https://api.openai.com/*');

    // A 429 by fetch: the page itself cannot read the rate-limit headers (CORS), the extension can.
    const page = await playProvider(context, site.url('openai-rate-limit'));
    expect(await page.evaluate(() => document.body.dataset.rateHeader)).toBe('null');
    expect(await page.evaluate(() => document.body.dataset.status)).toBe('429');

    let popup = await popupWithStops(openPopup, 1);
    const card = popup.locator('.stop-card').first();
    await expect(card).toHaveAttribute('data-owner', 'openai-api');
    await expect(card).toHaveAttribute('data-action', 'reduce-throughput');
    await expect(card).toHaveAttribute('data-bucket', 'api-images-per-minute');
    await expect(card).toContainText('platform.openai.com');
    // The error the page then showed is attached to the same stop.
    await expect(card.locator('.seen-text')).toContainText('Rate limit reached for gpt-image-2');

    const packet = await openPacket(popup, 0);
    await expect(row(packet, 'owner')).toContainText('openai-api');
    await expect(row(packet, 'endpoint')).toContainText(OPENAI_API);
    await expect(row(packet, 'endpoint')).not.toContainText('secret-in-query');
    await expect(row(packet, 'status')).toContainText('429');
    await expect(row(packet, 'headers')).toContainText('x-ratelimit-remaining-images: 0');
    await expect(row(packet, 'headers')).toHaveAttribute('data-source', 'webrequest');
    await expect(row(packet, 'organization')).toContainText(ORG_ID);
    await expect(row(packet, 'organization')).toHaveAttribute('data-source', 'header');
    await expect(row(packet, 'project')).toContainText(PROJECT_ID);
    await expect(row(packet, 'model')).toContainText('gpt-image-2');
    await expect(row(packet, 'reset')).toContainText('header:retry-after');
    await expect(row(packet, 'seen-text')).toContainText('Rate limit reached for gpt-image-2');
    await expect(row(packet, 'retry-count')).toContainText('0');
    await expect(packet.locator('.tier-table')).toContainText('2026-05-05');
    await expect(packet.locator('.tier-table')).toContainText('not your limit');

    // A 403 by XHR: refused before generation, not a rate limit; no tier table beside it.
    await playProvider(context, site.url('openai-verification', 'xhr'));
    popup = await popupWithStops(openPopup, 2);
    const access = popup.locator('.stop-card[data-owner="openai-access"]');
    await expect(access).toHaveAttribute('data-action', 'get-access');
    const accessPacket = await openPacket(popup, 0);
    await expect(row(accessPacket, 'status')).toContainText('403');
    await expect(row(accessPacket, 'owner')).toContainText('openai-access');
    await expect(row(accessPacket, 'organization')).toContainText(ORG_ID);
    await expect(accessPacket.locator('.tier-table')).toHaveCount(0);

    // Turned off: the scripts are unregistered and a new 429 on the page is not observed.
    await options.bringToFront();
    await setToggle(options, 'openai-platform', false);
    expect(await registeredScriptIds(worker)).toEqual([]);
    await playProvider(context, site.url('openai-rate-limit'));
    await options.waitForTimeout(2000);
    popup = await popupWithStops(openPopup, 2);
    await expect(popup.locator('.stop-card[data-owner="openai-api"]')).toContainText('seen once');
    // The page got every response untouched, and the extension asked for nothing itself.
    expect(site.requests.filter((r) => r.startsWith('POST'))).toHaveLength(4);
    expect(site.requests.every((r) => r.includes('platform.openai.com') || r.includes('?key=secret-in-query'))).toBe(
      true,
    );
  },
);

test(
  'a custom provider site: added, turned on, its 402 and 429 are the provider’s, with headers and ' +
    'the text seen; removed, nothing runs',
  async ({ context, worker, openExtensionPage, openPopup }) => {
    const site = await serveProvider(context, { page: CUSTOM_PAGE, api: CUSTOM_API });
    const options = await openExtensionPage('options.html');
    await options.locator('button.add-custom').click();
    await options.locator('#custom-name').fill('ImageGen Studio');
    await options.locator('#custom-pages').fill('https://studio.imagegen.test/*');
    await options.locator('#custom-api').fill('https://api.imagegen.test/*');
    await options.locator('#custom-owner').selectOption('provider');
    // A pattern for every site is refused with a clear message before anything is sent.
    await options.locator('#custom-pages').fill('https://*/*');
    await options.locator('button.save-custom').click();
    await expect(options.locator('.custom-form [role="alert"]')).toContainText('must name a site');
    await options.locator('#custom-pages').fill('https://studio.imagegen.test/*');
    await options.locator('button.save-custom').click();

    const entry = options.locator('.provider', { hasText: 'ImageGen Studio' });
    await expect(entry).toHaveAttribute('data-status', 'off');
    const id = (await entry.getAttribute('data-provider'))!;
    expect(id).toMatch(/^custom-/);
    await setToggle(options, id, true);
    expect(await registeredScriptIds(worker)).toEqual([
      `limit-lens-provider:${id}:isolated`,
      `limit-lens-provider:${id}:main`,
    ]);

    await playProvider(context, site.url('custom-credits'));
    let popup = await popupWithStops(openPopup, 1);
    const credits = popup.locator('.stop-card').first();
    await expect(credits).toHaveAttribute('data-owner', 'provider');
    await expect(credits).toHaveAttribute('data-action', 'fix-billing');
    await expect(credits.locator('.seen-text')).toContainText('Insufficient credits');
    let packet = await openPacket(popup, 0);
    await expect(row(packet, 'status')).toContainText('402');
    await expect(row(packet, 'headers')).toContainText('x-ratelimit-remaining: 59');
    await expect(row(packet, 'headers')).toHaveAttribute('data-source', 'webrequest');
    await expect(row(packet, 'seen-text')).toHaveAttribute('data-source', 'page-text');
    await expect(packet.locator('.tier-table')).toHaveCount(0);

    await playProvider(context, site.url('custom-rate-limit', 'xhr'));
    popup = await popupWithStops(openPopup, 2);
    const rate = popup.locator('.stop-card[data-bucket="provider-rate"]');
    await expect(rate).toHaveAttribute('data-owner', 'provider');
    await expect(rate).toHaveAttribute('data-action', 'reduce-throughput');
    await expect(rate).toContainText('You said it came from');
    packet = await openPacket(popup, 0);
    await expect(row(packet, 'reset')).toContainText('header:retry-after');
    await expect(packet.locator('.tier-table')).toHaveCount(0);

    // Visible error text alone, with no failing response: the fallback records it from the page's alert.
    await playProvider(context, site.url('dom-only'));
    // Same site, owner and bucket as the 402 above: a repeat of that limit, counted on its record.
    popup = await openPopup();
    const repeat = popup.locator('.stop-card[data-bucket="provider-credits"]');
    await expect(repeat).toContainText('seen 2 times', { timeout: 15_000 });
    await expect(repeat.locator('.seen-text')).toContainText('run out of credits');
    await expect(repeat).toHaveAttribute('data-action', 'fix-billing');
    await expect(popup.locator('.stop-card')).toHaveCount(2);

    await options.bringToFront();
    await options.locator('.provider', { hasText: 'ImageGen Studio' }).locator('button.remove').click();
    await expect(options.locator('.provider', { hasText: 'ImageGen Studio' })).toHaveCount(0);
    expect(await registeredScriptIds(worker)).toEqual([]);
  },
);

test('with the background stopped: ChatGPT traffic does not wake it, a preset API’s 429 does and keeps its hidden headers', async ({
  context,
  openExtensionPage,
  openPopup,
}) => {
  const site = await serveProvider(context, { page: OPENAI_PAGE, api: OPENAI_API });
  const chatgpt = await serveChatGpt(context);
  const options = await openExtensionPage('options.html');
  await setToggle(options, 'openai-platform', true);
  await options.close();

  // MV3 stops an idle worker after ~30 s; stop it now, as the browser would.
  const worker = await stopBackgroundWorker(context);

  // An ordinary ChatGPT turn (no stop): its requests are not provider hosts, so the worker sleeps on.
  const page = await context.newPage();
  await page.goto(chatgpt.conversationUrl('long'));
  await expect(page).toHaveTitle('done', { timeout: 20_000 });
  await page.waitForTimeout(1000);
  expect(worker.status()).toEqual(['stopped']);

  await playProvider(context, site.url('openai-rate-limit'));
  await expect.poll(() => worker.status()).toContain('running');
  const popup = await popupWithStops(openPopup, 1);
  const packet = await openPacket(popup, 0);
  await expect(row(packet, 'headers')).toHaveAttribute('data-source', 'webrequest');
  await expect(row(packet, 'headers')).toContainText('x-ratelimit-remaining-images: 0');
});
