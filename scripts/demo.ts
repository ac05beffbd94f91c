/**
 * `npm start`: builds the extension and opens Chromium with it loaded on a local page that replays a real
 * ChatGPT image-quota stop (chatgpt.com is served from the bundled page double; nothing reaches the network),
 * then shows the popup. Without a display, or with --headless, it writes screenshots of the popup in English and
 * Korean to docs/screenshots/ instead: the replayed stop, then three stops every user meets (a Free-plan image cap
 * whose banner offers an upgrade, a cooldown, an OpenAI API images-per-minute 429), each captured as the page would
 * report it and classified by the extension itself.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { serveChatGpt } from '../test/e2e/support/chatgpt-site.ts';
import { launchWithExtension, type Launched } from '../test/e2e/support/launch.ts';
import type { CapturePayload } from '../lib/domain/shapes.ts';

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && process.platform === 'linux');
const skipBuild = process.argv.includes('--no-build');
const SCREENSHOTS = path.resolve('docs/screenshots');

async function replay(locale: string, show: boolean) {
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
  await popup.locator('.seen-text').first().waitFor({ timeout: 5_000 }).catch(() => {});
  return { launched, popup };
}

type Lang = 'en' | 'ko';

/** What each scenario's page showed; ChatGPT speaks the user's language, an API error stays in English. */
function scenarios(now: number): Record<string, (lang: Lang) => Omit<CapturePayload, 'seenAt'>> {
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
          : "You're generating images too quickly. To ensure the best experience for everyone, we have rate limits in place. Please wait a few minutes before generating more images.",
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

/** One popup screenshot per scenario: the stop is reported to the background as its page would report it. */
async function scenarioShots(launched: Launched, lang: Lang) {
  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: 420, height: 760 });
  const popupUrl = `chrome-extension://${launched.extensionId}/popup.html`;
  await popup.goto(popupUrl);
  const now = Date.now();
  for (const [name, payloadOf] of Object.entries(scenarios(now))) {
    const payload = { ...payloadOf(lang), seenAt: Date.now() };
    const result = await popup.evaluate(async (p) => {
      await chrome.runtime.sendMessage({ type: 'clearStops', payload: {} });
      return chrome.runtime.sendMessage({ type: 'capture', payload: p });
    }, payload);
    if (!(result as { ok?: boolean })?.ok) throw new Error(`${name}: the background did not keep the stop (${JSON.stringify(result)})`);
    await popup.goto(popupUrl);
    await popup.locator('.stop-card').first().waitFor({ timeout: 5_000 });
    const file = path.join(SCREENSHOTS, `popup-${name}-${lang}.png`);
    await popup.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
  await popup.close();
}

async function main() {
  if (!skipBuild) execSync('npm run -s build', { stdio: 'inherit' });
  if (headless) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const locale of ['en-US', 'ko-KR']) {
      const { launched, popup } = await replay(locale, false);
      const file = path.join(SCREENSHOTS, `popup-${locale.slice(0, 2)}.png`);
      await popup.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
      await popup.close();
      await scenarioShots(launched, locale.slice(0, 2) as Lang);
      await launched.close();
    }
    return;
  }
  const { launched } = await replay(process.env.LIMIT_LENS_LOCALE ?? 'en-US', true);
  console.log('Chromium is open with Limit Lens loaded: the first tab replays a ChatGPT stop, the second is the popup.');
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((resolve) => launched.context.on('close', () => resolve()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
