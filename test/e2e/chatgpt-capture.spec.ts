import { expect, test } from './support/extension.ts';
import { POLICY_TEXT, QUOTA_TEXT } from './support/chatgpt-streams.ts';
import { expectQuotaCard, playScenario, popupWithStops } from './support/scenario.ts';

test('a quota stop with blocked_features: ChatGPT app, wait, reset from resets_after, one record for both layers', async ({
  context,
  openPopup,
}) => {
  const resetsAt = Date.now() + 5 * 3600_000;
  await playScenario(context, 'quota', { quotaResetsAt: resetsAt });
  const popup = await popupWithStops(openPopup, 1);
  const card = await expectQuotaCard(popup, resetsAt);
  await expect(card.locator('.remaining')).toHaveText(/^4h 59m \d\ds$|^5h 00m 00s$/);
  await expect(card.locator('.seen-text')).toContainText(QUOTA_TEXT);
  // The reset's source in plain words; the field name is for the incident packet.
  await expect(card).toContainText('ChatGPT’s own reset time for this feature');
  await expect(card.locator('.countdown')).not.toContainText('blocked_features');
  await expect(card.locator('.reasons')).not.toContainText('blocked_features');
  await expect(card).toContainText('seen once');
  await expect(card).not.toContainText(/\b(TPM|IPM|RPM|tier)\b/i);
  await expect(card.locator('.api-route')).toContainText('separate contract');
});

test('an image cooldown: ChatGPT app, wait about an hour', async ({ context, openPopup }) => {
  await playScenario(context, 'cooldown');
  const popup = await popupWithStops(openPopup, 1);
  const card = popup.locator('.stop-card').first();
  await expect(card).toHaveAttribute('data-owner', 'chatgpt-app');
  await expect(card).toHaveAttribute('data-action', 'wait');
  await expect(card).toHaveAttribute('data-bucket', 'app-image-cooldown');
  const resetAt = Date.parse((await card.getAttribute('data-reset-at')) ?? '');
  expect(Math.abs(resetAt - (Date.now() + 3600_000))).toBeLessThan(60_000);
  await expect(card.locator('.seen-text')).toContainText('too quickly');
});

test('a 429 messages-per-hour answer: ChatGPT app, wait', async ({ context, openPopup }) => {
  await playScenario(context, 'messages-per-hour');
  const popup = await popupWithStops(openPopup, 1);
  const card = popup.locator('.stop-card').first();
  await expect(card).toHaveAttribute('data-owner', 'chatgpt-app');
  await expect(card).toHaveAttribute('data-action', 'wait');
  await expect(card.locator('.seen-text')).toContainText('limit of messages per hour');
});

test('a moderation block: content policy, simplify, no countdown', async ({ context, openPopup }) => {
  await playScenario(context, 'moderation');
  const popup = await popupWithStops(openPopup, 1);
  const card = popup.locator('.stop-card').first();
  await expect(card).toHaveAttribute('data-owner', 'content-policy');
  await expect(card).toHaveAttribute('data-action', 'simplify');
  await expect(card).not.toHaveAttribute('data-reset-at', /.*/);
  await expect(card.locator('.countdown')).toHaveCount(0);
  await expect(card.locator('.seen-text')).toContainText(POLICY_TEXT);
});

test('a stop seen only in the DOM is recorded from the rendered text', async ({ context, openPopup }) => {
  await playScenario(context, 'dom-only');
  const popup = await popupWithStops(openPopup, 1);
  const card = popup.locator('.stop-card').first();
  await expect(card).toHaveAttribute('data-owner', 'chatgpt-app');
  await expect(card).toHaveAttribute('data-action', 'wait');
  const resetAt = Date.parse((await card.getAttribute('data-reset-at')) ?? '');
  expect(Math.abs(resetAt - (Date.now() + 42 * 60_000))).toBeLessThan(60_000);
});

test('a successful image turn and a long ordinary answer record nothing', async ({ context, openPopup }) => {
  const { site, page } = await playScenario(context, 'image-ok');
  await expect(page.locator('img[alt^="Generated image"]')).toHaveCount(1);
  await page.goto(site.conversationUrl('long'));
  await expect(page).toHaveTitle('done', { timeout: 20_000 });
  // Give the capture path the time a stop would have needed (settle + quiet periods), then look.
  await page.waitForTimeout(2500);
  const popup = await openPopup();
  await expect(popup.locator('.empty')).toBeVisible();
  await expect(popup.locator('.stop-card')).toHaveCount(0);
  // The page's own requests went through untouched and the extension issued none of its own.
  expect(site.requests.filter((r) => r.includes('/backend-api/f/conversation'))).toHaveLength(2);
});

test('the page still receives every byte of its stream with the observer installed', async ({ context }) => {
  const { page } = await playScenario(context, 'long');
  const text = await page.locator('[data-message-author-role="assistant"]').last().textContent();
  expect(text?.startsWith('Here word0 word1')).toBe(true);
  expect(text?.split(' ').length).toBe(3001);
});
