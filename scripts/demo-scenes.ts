/**
 * The demo's scenes, shared by `npm start` (scripts/demo.ts) and `npm run screenshots` (scripts/screenshots.ts): a
 * Chromium with the built extension on the local ChatGPT page double replaying a real image-quota stop, and the
 * stops every user meets, each reported to the background as its page would report it. Nothing reaches the network.
 */
import type { Page } from '@playwright/test';
import { serveChatGpt } from '../test/e2e/support/chatgpt-site.ts';
import { launchWithExtension, type Launched } from '../test/e2e/support/launch.ts';
import type { CapturePayload } from '../lib/domain/shapes.ts';

export type Lang = 'en' | 'ko';

/** Opens the ChatGPT double, lets it stop on the image quota, and opens the popup once the stop is kept. */
export async function replay(
  locale: string,
  show: boolean,
): Promise<{ launched: Launched; popup: Page; chatgpt: Page }> {
  const launched = await launchWithExtension({ headless: !show, locale });
  const { context, extensionId } = launched;
  const site = await serveChatGpt(context, { quotaResetsAt: Date.now() + 4 * 3600_000 + 59 * 60_000 });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(site.conversationUrl('quota'));
  await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 15_000 });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 760 });
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  for (let i = 0; i < 30; i++) {
    await popup.goto(popupUrl);
    if ((await popup.locator('.stop-card').count()) > 0) break;
    await popup.waitForTimeout(300);
  }
  // The text the user saw is attached a moment after the stop itself.
  await popup
    .locator('.seen-text')
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => {});
  return { launched, popup, chatgpt: page };
}

/** What each scenario's page showed; ChatGPT speaks the user's language, an API error stays in English. */
export function scenarios(now: number): Record<string, (lang: Lang) => Omit<CapturePayload, 'seenAt'>> {
  const chatgpt = (text: string, kind: string): Omit<CapturePayload, 'seenAt'> => ({
    site: 'chatgpt.com',
    url: 'https://chatgpt.com/c/6a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    layer: 'dom',
    kinds: [kind],
    evidence: text,
    evidenceTruncated: false,
    visibleText: text,
    occurrenceKeys: [`demo:${kind}:${now}`],
  });
  const ipm =
    'Rate limit reached for gpt-image-2 in organization org-EY…mf1 on images per min (IPM): Limit 5, Used 5, Requested 1. ' +
    'Please try again in 47s. Visit https://platform.openai.com/account/rate-limits to learn more.';
  return {
    'free-plan': (lang) =>
      chatgpt(
        lang === 'ko'
          ? '이미지 생성 한도에 도달했습니다. ChatGPT Plus로 업그레이드하거나 내일 오후 12:39 이후에 다시 시도하세요.'
          : "You've reached your image creation limit. Upgrade to ChatGPT Plus or try again tomorrow after 12:39 PM.",
        'dom:banner',
      ),
    cooldown: (lang) =>
      chatgpt(
        lang === 'ko'
          ? '이미지를 너무 빠르게 생성하고 있습니다. 모두에게 최상의 경험을 제공하기 위해 속도 제한을 두고 있습니다. 이미지를 더 생성하려면 몇 분 기다려 주세요.'
          : "You're generating images too quickly. To ensure the best experience for everyone, we have rate " +
              'limits in place. Please wait a few minutes before generating more images.',
        'dom:assistant',
      ),
    'api-ipm': () => ({
      site: 'platform.openai.com',
      url: 'https://platform.openai.com/playground/images',
      layer: 'network',
      kinds: ['http-error'],
      evidence: JSON.stringify({ error: { message: ipm, type: 'requests', param: null, code: 'rate_limit_exceeded' } }),
      evidenceTruncated: false,
      visibleText: ipm,
      endpoint: 'https://api.openai.com/v1/images/generations',
      status: 429,
      headers: { 'retry-after': '47', 'x-ratelimit-limit-images': '5', 'x-ratelimit-remaining-images': '0' },
      occurrenceKeys: [`demo:ipm:${now}`],
    }),
  };
}

/** Reports one stop to the background from an extension page, as its content script would; throws if it is not kept. */
export async function report(page: Page, payload: CapturePayload, name: string) {
  const result = await page.evaluate((p) => chrome.runtime.sendMessage({ type: 'capture', payload: p }), payload);
  if (!(result as { ok?: boolean })?.ok)
    throw new Error(`${name}: the background did not keep the stop (${JSON.stringify(result)})`);
}
