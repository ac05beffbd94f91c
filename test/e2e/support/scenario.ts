/**
 * The steps most ChatGPT end-to-end tests share: serve the page double, play one scenario in a tab until the page
 * says it is done, then open the popup once it shows the expected number of stops.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './extension.ts';
import { serveChatGpt, type SiteOptions } from './chatgpt-site.ts';

export async function playScenario(context: BrowserContext, scenario: string, opts: SiteOptions = {}) {
  const site = await serveChatGpt(context, opts);
  const page = await context.newPage();
  await page.goto(site.conversationUrl(scenario));
  if (scenario === 'messages-per-hour') await expect(page.locator('.text-token-text-error')).toBeVisible();
  else await expect(page).toHaveTitle('done', { timeout: 20_000 });
  return { site, page };
}

/** Opens the popup and waits until it shows `count` stop cards (capture is asynchronous by design). */
export async function popupWithStops(openPopup: () => Promise<Page>, count: number): Promise<Page> {
  const popup = await openPopup();
  await expect(popup.locator('.stop-card')).toHaveCount(count, { timeout: 15_000 });
  return popup;
}

/** The one card of a ChatGPT image-quota stop: the app's limit, wait, the reset from blocked_features.resets_after. */
export async function expectQuotaCard(popup: Page, resetsAt: number) {
  const card = popup.locator('.stop-card').first();
  await expect(card).toHaveAttribute('data-owner', 'chatgpt-app');
  await expect(card).toHaveAttribute('data-action', 'wait');
  const resetAt = Date.parse((await card.getAttribute('data-reset-at')) ?? '');
  expect(Math.abs(resetAt - resetsAt)).toBeLessThan(1000);
  return card;
}
