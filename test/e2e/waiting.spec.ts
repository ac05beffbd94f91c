import AxeBuilder from '@axe-core/playwright';
import type { Worker } from '@playwright/test';
import { expect, test } from './support/extension.ts';
import { serveChatGpt } from './support/chatgpt-site.ts';
import { playScenario, popupWithStops } from './support/scenario.ts';

async function worker(context: import('@playwright/test').BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

test('a stop with a short reset sets the badge; at the reset the alarm clears it and notifies', async ({
  context,
  openPopup,
}) => {
  const resetsAt = Date.now() + 12_000;
  await playScenario(context, 'quota', { quotaResetsAt: resetsAt });
  const sw = await worker(context);

  await expect.poll(() => sw.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('<1m');
  const alarms = await sw.evaluate(() => chrome.alarms.getAll());
  expect(alarms.map((a) => a.name).sort()).toEqual(['badge', expect.stringMatching(/^reset:\d+$/)]);

  const popup = await openPopup();
  await expect(popup.locator('.countdown')).toHaveAttribute('data-state', 'waiting');

  // The reset passes: the alarm fires, the badge clears and a notification says generation should work again.
  await expect.poll(() => sw.evaluate(() => chrome.action.getBadgeText({})), { timeout: 25_000 }).toBe('');
  const notifications = await sw.evaluate(() => chrome.notifications.getAll());
  expect(Object.keys(notifications)).toEqual([expect.stringMatching(/^reset:\d+$/)]);
  await expect(popup.locator('.countdown')).toHaveAttribute('data-state', /resetting|available/, { timeout: 5_000 });
});

test('the popup shows the image allowance ChatGPT reported, or says it was not reported', async ({
  context,
  openPopup,
}) => {
  const site = await serveChatGpt(context);
  let popup = await openPopup();
  await expect(popup.locator('[data-remaining="not-reported"]')).toBeVisible();
  await (await context.newPage()).goto(site.conversationUrl('image-ok'));
  popup = await openPopup();
  await expect(popup.locator('[data-remaining="117"]')).toContainText('117 images left', { timeout: 10_000 });
  await expect(popup.locator('.allowance')).toContainText('ChatGPT’s usage report');
});

test('the popup has no serious or critical accessibility violations', async ({ context, openPopup }) => {
  await playScenario(context, 'quota');
  const popup = await popupWithStops(openPopup, 1);
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    const result = await new AxeBuilder({ page: popup }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test.describe('in a Korean browser', () => {
  test.use({ uiLocale: 'ko-KR' });

  test('the popup speaks Korean', async ({ context, openPopup }) => {
    await playScenario(context, 'quota');
    const popup = await openPopup();
    await expect(popup.locator('html')).toHaveAttribute('lang', 'ko');
    const card = popup.locator('.stop-card').first();
    await expect(card).toContainText('ChatGPT (요금제와 계정)', { timeout: 10_000 });
    await expect(card).toContainText('초기화까지 기다리기');
    await expect(popup.locator('h2').first()).toHaveText('가장 최근 기록');
    // Korean countdown units, never "4h 59m".
    await expect(card.locator('.remaining')).toHaveText(/^4시간 59분 \d{1,2}초$|^5시간 0분 0초$/);
  });
});
